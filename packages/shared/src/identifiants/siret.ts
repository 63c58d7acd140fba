import { respecteLuhn, sommeDesChiffres } from './luhn';

/**
 * La Poste registers all its establishments under one SIREN and ran out of NICs that pass Luhn, so
 * INSEE accepts its SIRETs when the digit sum is a multiple of 5 (INSEE, « Contrôle du numéro SIRET »).
 */
export const SIREN_LA_POSTE = '356000000';

export function normaliserSiret(saisie: string): string {
  return saisie.replace(/[\s.-]/g, '');
}

export function estSiretValide(siret: string): boolean {
  if (!/^\d{14}$/.test(siret)) return false;
  if (respecteLuhn(siret)) return true;
  return siret.startsWith(SIREN_LA_POSTE) && sommeDesChiffres(siret) % 5 === 0;
}

export function sirenDuSiret(siret: string): string {
  return siret.slice(0, 9);
}

/** "493 832 309 00111", as the company block of the home page shows it. */
export function formaterSiret(siret: string): string {
  return siret.replace(/^(\d{3})(\d{3})(\d{3})(\d{5})$/, '$1 $2 $3 $4');
}
