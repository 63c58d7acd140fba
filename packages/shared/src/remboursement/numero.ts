import { RANG_MAX } from '../demande/numero';

/** Reimbursement numbers, from the same yearly counters as dossier numbers: RB-2026-000123. */
export const PREFIXE_REMBOURSEMENT = 'RB';

export function formaterNumeroRemboursement(annee: number, rang: number): string {
  if (!Number.isInteger(annee) || annee < 2000 || annee > 9999) throw new RangeError(`Année de remboursement invalide : ${annee}`);
  if (!Number.isInteger(rang) || rang < 1 || rang > RANG_MAX) throw new RangeError(`Rang de remboursement invalide : ${rang} (de 1 à ${RANG_MAX})`);
  return `${PREFIXE_REMBOURSEMENT}-${annee}-${String(rang).padStart(6, '0')}`;
}
