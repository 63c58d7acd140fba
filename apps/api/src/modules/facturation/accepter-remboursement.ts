import { formaterEuros } from '@mse/shared/commun/montant';
import type { AccepterRemboursement } from '@mse/shared/facturation/facturation.schema';
import { controlerMontantAccepte, resteDuCentimes } from '@mse/shared/remboursement/solde';
import { eq } from 'drizzle-orm';
import { remboursements } from '../../db/schema-suivi';
import { transaction } from '../../db/transaction';
import { DonneesInvalides, Introuvable } from '../../errors';
import { envoyerModele } from '../../mail/envoyer';
import { exigerDecisionRemboursement } from '../../policies/facturation';
import type { Instructeur } from '../../policies/instruction';
import type { Contexte } from '../identite/contexte';
import { sommesDuDossier, verrouillerRemboursement } from './facturation.repository';
import { journaliser, REMBOURSEMENT_INTROUVABLE } from './journal';

/**
 * « Accepter » a reimbursement claim, in full or in part: at most the amount claimed and at most what
 * remains due on the dossier (commitment less what is paid or already accepted); a lower amount needs
 * its reason, which the employer reads. The claim stays « À venir » for the employer until its batch is paid.
 */
export function accepterRemboursement(ctx: Contexte, personnel: Instructeur, numero: string, a: AccepterRemboursement): Promise<void> {
  return transaction(ctx.database, ctx.boss, async (tx) => {
    const v = await verrouillerRemboursement(tx.db, numero);
    if (!v) throw new Introuvable(REMBOURSEMENT_INTROUVABLE);
    const { remboursement: r, dossier } = v;
    exigerDecisionRemboursement(personnel, r, dossier, 'accepter');
    const reste = resteDuCentimes({ montantEngageCentimes: dossier.montantEngageCentimes, ...(await sommesDuDossier(tx.db, dossier.id, r.id)) });
    const montant = a.montantCentimes ?? r.montantDemandeCentimes;
    const motif = a.motif?.trim() || null;
    const erreurs = controlerMontantAccepte({ montantDemandeCentimes: r.montantDemandeCentimes, resteDuCentimes: reste, montantAccepteCentimes: montant, motif });
    if (erreurs.length > 0) throw new DonneesInvalides(erreurs);
    await tx.db.update(remboursements).set({ accepteLe: ctx.now, montantAccepteCentimes: montant, examinePar: personnel.id, modifieLe: ctx.now }).where(eq(remboursements.id, r.id));
    await journaliser(tx, ctx, personnel, 'remboursement_accepter', {
      remboursementId: r.id, numero: r.numero, dossier: dossier.numero, montantCentimes: montant, montantDemandeCentimes: r.montantDemandeCentimes, resteDuCentimes: reste, ...(motif ? { motif } : {}),
    });
    if (r.email) {
      await envoyerModele(tx, ctx.config, 'remboursementAccepte', r.email, { numero: r.numero, dossier: dossier.numero!, montantAccepte: formaterEuros(montant), montantDemande: formaterEuros(r.montantDemandeCentimes), motif: montant < r.montantDemandeCentimes ? motif : null });
    }
  });
}
