import { formaterEuros } from '../commun/montant';
import type { StatutDemande } from '../demande/statut.schema';

/**
 * What remains due on a dossier, and when it is « Soldé » (issue 8, DOMAIN.md §3): pure rules, the
 * amounts in integer cents. The back office applies them on the locked rows when it examines a
 * reimbursement claim and when it marks a payment batch paid.
 */

/** A dossier on which claims are paid: funding agreed, or invoicing under way. */
export const STATUTS_DOSSIER_SOLDABLES: readonly StatutDemande[] = ['pris_en_charge', 'facturation_en_cours'];

export type EtatFinancierDossier = {
  /** The amount committed at the decision; null when nothing was committed. */
  montantEngageCentimes: number | null;
  /** Σ of the claims already paid on the dossier. */
  dejaPayeCentimes: number;
  /** Σ of the claims accepted and waiting for their payment batch (promised, not yet paid). */
  accepteNonPayeCentimes?: number;
};

/** What can still be paid on the dossier: the commitment less what is paid or promised, never below 0. */
export function resteDuCentimes(e: EtatFinancierDossier): number {
  if (e.montantEngageCentimes === null) return 0;
  return Math.max(0, e.montantEngageCentimes - e.dejaPayeCentimes - (e.accepteNonPayeCentimes ?? 0));
}

/**
 * Once a claim is paid: the dossier is soldé when that claim was the employer's last one
 * (`derniereDemande`) or nothing remains due (Σ paid ≥ committed), and it is still being paid.
 */
export function doitEtreSolde(d: { statut: StatutDemande; montantEngageCentimes: number | null; totalPayeCentimes: number; derniereDemandePayee: boolean }): boolean {
  if (!STATUTS_DOSSIER_SOLDABLES.includes(d.statut)) return false;
  if (d.derniereDemandePayee) return true;
  return d.montantEngageCentimes !== null && d.totalPayeCentimes >= d.montantEngageCentimes;
}

export type ChampRefuse = { chemin: string; message: string };

/**
 * « Accepter » a claim, fully or in part: the amount is positive, at most the amount claimed and at
 * most what remains due; an amount below the claim needs its reason (the employer reads it).
 */
export function controlerMontantAccepte(a: { montantDemandeCentimes: number; resteDuCentimes: number; montantAccepteCentimes: number; motif?: string | null | undefined }): ChampRefuse[] {
  const { montantDemandeCentimes: demande, resteDuCentimes: reste, montantAccepteCentimes: accepte } = a;
  if (accepte <= 0) return [{ chemin: 'montantCentimes', message: 'Le montant accepté doit être supérieur à 0 € : sinon, refusez la demande.' }];
  if (accepte > demande) return [{ chemin: 'montantCentimes', message: `Le montant accepté ne peut pas dépasser le montant demandé (${formaterEuros(demande)}).` }];
  if (accepte > reste) return [{ chemin: 'montantCentimes', message: `Le montant accepté ne peut pas dépasser le reste dû sur le dossier (${formaterEuros(reste)}).` }];
  if (accepte < demande && !a.motif?.trim()) return [{ chemin: 'motif', message: 'Indiquez pourquoi le montant accepté est inférieur au montant demandé.' }];
  return [];
}
