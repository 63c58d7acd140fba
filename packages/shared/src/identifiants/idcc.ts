/**
 * IDCC (identifiant de convention collective): a number stored on 4 digits ("843" → "0843").
 * Two values are markers, not conventions (DSN conventions): 9999 no convention, 9998 being negotiated.
 */
export const IDCC_AUCUNE_CONVENTION = '9999';
export const IDCC_EN_COURS_DE_NEGOCIATION = '9998';

export function normaliserIdcc(saisie: string): string {
  const compact = saisie.replace(/\s/g, '');
  return /^\d{1,4}$/.test(compact) ? compact.padStart(4, '0') : compact;
}

export function estIdccValide(idcc: string): boolean {
  return /^\d{4}$/.test(idcc) && idcc !== '0000';
}

export function libelleIdccSpecial(idcc: string): string | null {
  if (idcc === IDCC_AUCUNE_CONVENTION) return 'Aucune convention collective';
  if (idcc === IDCC_EN_COURS_DE_NEGOCIATION) return 'Convention collective en cours de négociation';
  return null;
}
