import { audit } from '../../db/schema';
import type { Tx } from '../../db/transaction';
import type { Instructeur } from '../../policies/instruction';
import type { Contexte } from '../identite/contexte';

export const REMBOURSEMENT_INTROUVABLE = 'Cette demande de remboursement n’existe pas.';
export const LOT_INTROUVABLE = 'Ce lot de paiement n’existe pas.';

/** The audit row of a facturation command (who, what, from where), in the command's transaction. */
export async function journaliser(tx: Tx, ctx: Contexte, personnel: Instructeur, evenement: string, details: Record<string, unknown>): Promise<void> {
  await tx.db.insert(audit).values({ evenement, utilisateurId: personnel.id, ip: ctx.ip, details });
}
