import { dictionary } from '@zxcvbn-ts/language-common';

/**
 * The 1 000 most used passwords (zxcvbn-ts common dictionary, ordered by frequency), plus French
 * favourites that the international list misses.
 */
export const MOTS_DE_PASSE_COMMUNS: ReadonlySet<string> = new Set([
  ...dictionary['passwords-common'].slice(0, 1000),
  'azerty', 'azertyuiop', 'motdepasse', 'soleil', 'doudou', 'chouchou', 'loulou', 'bonjour', 'marseille', 'nicolas',
]);
