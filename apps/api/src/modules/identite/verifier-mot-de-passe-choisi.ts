import { motDePasseTropPrevisible } from '@mse/shared/identite/mot-de-passe.schema';
import { DonneesInvalides } from '../../errors';
import { MOTS_DE_PASSE_COMMUNS } from './mots-de-passe-communs';

/** The server-only part of the policy: too common, or containing the e-mail's local part. */
export function verifierMotDePasseChoisi(motDePasse: string, email: string | undefined): void {
  const probleme = motDePasseTropPrevisible(motDePasse, email, MOTS_DE_PASSE_COMMUNS);
  if (probleme) throw new DonneesInvalides([{ chemin: 'motDePasse', message: probleme }]);
}
