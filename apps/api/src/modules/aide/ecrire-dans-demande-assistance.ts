import { transitionAssistance } from '@mse/shared/aide/demande-assistance';
import type { ActionAssistance } from '@mse/shared/aide/demande-assistance.schema';
import { and, eq, type SQL } from 'drizzle-orm';
import { audit } from '../../db/schema';
import { demandesAssistance, messagesAssistance } from '../../db/schema-aide';
import { transaction } from '../../db/transaction';
import { Introuvable, TransitionRefusee } from '../../errors';
import { envoyerModele } from '../../mail/envoyer';
import type { Utilisateur } from '../../plugins/session';
import type { Contexte } from '../identite/contexte';

/**
 * A new message in a support request's thread: the OPCO's reply ("repondre", e-mailed to the sender)
 * or the employer's follow-up ("relancer", back in the OPCO's queue). The request is locked while the
 * state machine decides, so two replies at once cannot lose a status.
 */
async function ecrire(ctx: Contexte, action: ActionAssistance, auteur: Utilisateur, numero: string, visible: SQL | undefined, texte: string): Promise<void> {
  await transaction(ctx.database, ctx.boss, async (tx) => {
    const [demande] = await tx.db
      .select({ id: demandesAssistance.id, statut: demandesAssistance.statut, email: demandesAssistance.emailContact, utilisateurId: demandesAssistance.utilisateurId })
      .from(demandesAssistance)
      .where(and(eq(demandesAssistance.numero, numero), visible))
      .for('update');
    if (!demande) throw new Introuvable('Cette demande d’assistance n’existe pas ou ne vous est pas accessible.');
    const t = transitionAssistance(demande.statut, action);
    if (!t.ok) throw new TransitionRefusee(t.code, t.message);
    const cote = action === 'repondre' ? 'opco' : 'demandeur';
    await tx.db.insert(messagesAssistance).values({ demandeAssistanceId: demande.id, auteur: cote, utilisateurId: auteur.id, texte, creeLe: ctx.now });
    await tx.db.update(demandesAssistance).set({ statut: t.statut, modifieLe: ctx.now }).where(eq(demandesAssistance.id, demande.id));
    await tx.db.insert(audit).values({ evenement: `demande_assistance_${action}`, utilisateurId: auteur.id, ip: ctx.ip, details: { numero, de: demande.statut, vers: t.statut } });
    if (action === 'repondre') {
      await envoyerModele(tx, ctx.config, 'reponseAssistance', demande.email, numero, texte, demande.utilisateurId !== null);
    }
  });
}

/** The OPCO answers (any request: the caller has checked it is support staff). */
export function repondreDemandeAssistance(ctx: Contexte, personnel: Utilisateur, numero: string, texte: string): Promise<void> {
  return ecrire(ctx, 'repondre', personnel, numero, undefined, texte);
}

/** The employer writes again in one of their own requests. */
export function relancerDemandeAssistance(ctx: Contexte, employeur: Utilisateur, numero: string, visible: SQL, texte: string): Promise<void> {
  return ecrire(ctx, 'relancer', employeur, numero, visible, texte);
}
