import { etapeRemboursement, type ActionFacturation } from '@mse/shared/facturation/facturation.schema';
import { LIBELLES_ETAPES } from '@mse/shared/facturation/facturation.schema';
import { libelleStatut } from '@mse/shared/demande/statut';
import type { StatutDemande } from '@mse/shared/demande/statut.schema';
import type { StatutRemboursement } from '@mse/shared/remboursement/statut.schema';
import { STATUTS_DOSSIER_SOLDABLES } from '@mse/shared/remboursement/solde';
import { Conflit, Interdit } from '../errors';
import type { SessionCourante, Utilisateur } from '../plugins/session';
import { exigerInstructeur, type Instructeur } from './instruction';

/**
 * « Facturation et paiements » in the back office (DOMAIN.md §1). Every member of the staff
 * (gestionnaire, superviseur, administrateur) examines the employers' reimbursement claims and
 * accepts or refuses them. Preparing a payment batch and marking it paid releases money: a second
 * pair of eyes, so it is a superviseur's or an administrateur's call, never the gestionnaire who
 * accepted the claims alone. An employer is outside the back office: 404; nobody signed in: 401.
 */
export function exigerPersonnelFacturation(session: SessionCourante | null): Instructeur {
  return exigerInstructeur(session);
}

/** « Préparer un lot de paiement », « Marquer comme payé ». */
export function peutGererLesLots(personnel: Utilisateur): boolean {
  return personnel.role === 'superviseur' || personnel.role === 'administrateur';
}

export function exigerGestionDesLots(personnel: Utilisateur): void {
  if (!peutGererLesLots(personnel)) throw new Interdit('Préparer un lot de paiement et le marquer comme payé revient à un superviseur ou à un administrateur.');
}

export type EtatRemboursement = { statut: StatutRemboursement; accepteLe: Date | null; lotPaiementId: string | null };

/** The buttons a staff member sees on a claim: only a claim not yet examined can be decided. */
export function actionsRemboursement(_personnel: Utilisateur, r: EtatRemboursement, dossier: { statut: StatutDemande }): ActionFacturation[] {
  if (etapeRemboursement(r) !== 'a_examiner') return [];
  return STATUTS_DOSSIER_SOLDABLES.includes(dossier.statut) ? ['accepter', 'refuser'] : ['refuser'];
}

const IMPOSSIBLE: Record<ActionFacturation, string> = { accepter: 'Impossible d’accepter', refuser: 'Impossible de refuser' };

/**
 * Asked on the locked rows before a decision writes: a claim already examined (by a colleague a moment
 * ago, say) is a 409 that says what happened; accepting needs a dossier still being paid.
 */
export function exigerDecisionRemboursement(personnel: Utilisateur, r: EtatRemboursement & { examinePar?: string | null }, dossier: { statut: StatutDemande }, action: ActionFacturation): void {
  if (actionsRemboursement(personnel, r, dossier).includes(action)) return;
  const etape = etapeRemboursement(r);
  if (etape !== 'a_examiner') {
    const par = r.examinePar ? ` par ${r.examinePar}` : '';
    throw new Conflit('DEJA_EXAMINE', `${IMPOSSIBLE[action]} ce remboursement : il a déjà été examiné${par} (étape « ${LIBELLES_ETAPES[etape]} »). Rechargez la page.`);
  }
  throw new Conflit('DOSSIER_NON_PAYABLE', `Impossible d’accepter ce remboursement : le dossier est au statut « ${libelleStatut(dossier.statut)} ».`);
}
