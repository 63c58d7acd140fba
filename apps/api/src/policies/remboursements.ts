import { sql, type SQL } from 'drizzle-orm';
import { remboursements } from '../db/schema-suivi';
import type { Employeur } from './espaces';
import { idsEtablissementsVisibles } from './etablissements';

/**
 * Which reimbursement claims an employer sees: those of its account on the establishments it sees
 * (policies/etablissements.ts) — the same rule as for the dossiers they belong to (policies/demandes.ts),
 * on the account and establishment copied onto each claim, so that the (compte_id, statut, cree_le)
 * index serves the owner's lists without a join. Anything else answers 404.
 */
export function remboursementVisiblePar(employeur: Employeur): SQL {
  if (employeur.role === 'proprietaire') return sql`${remboursements.compteId} = ${employeur.compteId}`;
  return sql`${remboursements.compteId} = ${employeur.compteId} and ${remboursements.etablissementId} in (${idsEtablissementsVisibles(employeur)})`;
}
