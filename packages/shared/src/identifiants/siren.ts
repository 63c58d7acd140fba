import { respecteLuhn } from './luhn';

/** People type SIRENs with spaces, dots or dashes ("493 832 309"): keep the digits only. */
export function normaliserSiren(saisie: string): string {
  return saisie.replace(/[\s.-]/g, '');
}

export function estSirenValide(siren: string): boolean {
  return /^\d{9}$/.test(siren) && respecteLuhn(siren);
}

/** "493 832 309" */
export function formaterSiren(siren: string): string {
  return siren.replace(/^(\d{3})(\d{3})(\d{3})$/, '$1 $2 $3');
}
