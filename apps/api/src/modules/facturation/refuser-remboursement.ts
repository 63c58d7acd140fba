import { motifRefusRemboursement, type RefuserRemboursement } from '@mse/shared/facturation/facturation.schema';
import { eq } from 'drizzle-orm';
import { remboursements } from '../../db/schema-suivi';
import { transaction } from '../../db/transaction';
import { Introuvable } from '../../errors';
import { envoyerModele } from '../../mail/envoyer';
import { exigerDecisionRemboursement } from '../../policies/facturation';
import type { Instructeur } from '../../policies/instruction';
import type { Contexte } from '../identite/contexte';
import { verrouillerRemboursement } from './facturation.repository';
import { journaliser, REMBOURSEMENT_INTROUVABLE } from './journal';

/** « Refuser » a reimbursement claim: a reason from the list and the gestionnaire's words, which the employer reads. */
export function refuserRemboursement(ctx: Contexte, personnel: Instructeur, numero: string, r: RefuserRemboursement): Promise<void> {
  return transaction(ctx.database, ctx.boss, async (tx) => {
    const v = await verrouillerRemboursement(tx.db, numero);
    if (!v) throw new Introuvable(REMBOURSEMENT_INTROUVABLE);
    exigerDecisionRemboursement(personnel, v.remboursement, v.dossier, 'refuser');
    const motif = motifRefusRemboursement(r.motif, r.texte);
    await tx.db.update(remboursements).set({ statut: 'refuse', motifRefus: motif, examinePar: personnel.id, modifieLe: ctx.now }).where(eq(remboursements.id, v.remboursement.id));
    await journaliser(tx, ctx, personnel, 'remboursement_refuser', { remboursementId: v.remboursement.id, numero: v.remboursement.numero, dossier: v.dossier.numero, codeMotif: r.motif, motif });
    if (v.remboursement.email) await envoyerModele(tx, ctx.config, 'remboursementRefuse', v.remboursement.email, { numero: v.remboursement.numero, dossier: v.dossier.numero!, motif });
  });
}
