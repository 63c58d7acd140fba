import { and, eq, isNull } from 'drizzle-orm';
import { accesEtablissements, audit, jetons, sessions, utilisateurs } from '../../db/schema';
import { accesTousEtablissements } from '../../db/schema-collegues';
import { transaction } from '../../db/transaction';
import { Introuvable } from '../../errors';
import { exigerGestionDesCollegues } from '../../policies/collegues';
import type { Employeur } from '../../policies/espaces';
import type { Contexte } from '../identite/contexte';
import { trouverCollegue } from './collegues.repository';

const VIOLATION_CLE_ETRANGERE = '23503';

/**
 * The owner revokes a colleague: their sessions end at once and their invitation link dies. The person
 * is deleted, unless requests or their history name them as author: then the row stays for that history,
 * detached from the account, without password, its address replaced by an unreachable one — so nobody can
 * sign in with it nor get a reset link, and the address may be invited again, by this account or another.
 */
export async function revoquerCollegue(ctx: Contexte, acteur: Employeur, collegueId: string): Promise<void> {
  await transaction(ctx.database, ctx.boss, async (tx) => {
    const collegue = await trouverCollegue(tx.db, acteur.compteId, collegueId);
    if (!collegue) throw new Introuvable();
    exigerGestionDesCollegues(acteur);

    await tx.client.query('savepoint suppression_collegue');
    let supprime = true;
    try {
      await tx.db.delete(utilisateurs).where(eq(utilisateurs.id, collegue.id));
    } catch (error) {
      const code = (error as { code?: string }).code ?? (error as { cause?: { code?: string } }).cause?.code;
      if (code !== VIOLATION_CLE_ETRANGERE) throw error;
      await tx.client.query('rollback to savepoint suppression_collegue');
      supprime = false;
    }
    if (!supprime) {
      await tx.db.delete(sessions).where(eq(sessions.utilisateurId, collegue.id));
      await tx.db.delete(accesEtablissements).where(eq(accesEtablissements.utilisateurId, collegue.id));
      await tx.db.delete(accesTousEtablissements).where(eq(accesTousEtablissements.utilisateurId, collegue.id));
      await tx.db.update(jetons).set({ utiliseLe: ctx.now }).where(and(eq(jetons.utilisateurId, collegue.id), isNull(jetons.utiliseLe)));
      await tx.db
        .update(utilisateurs)
        .set({ compteId: null, motDePasseHash: null, etablissementCourantId: null, email: `revoque-${collegue.id}@acces-revoque.invalid`, modifieLe: ctx.now })
        .where(eq(utilisateurs.id, collegue.id));
    }
    await tx.db.insert(audit).values({
      evenement: 'collegue_revoque',
      utilisateurId: acteur.id,
      ip: ctx.ip,
      details: { collegueId: collegue.id, email: collegue.email, role: collegue.role, invitationEnAttente: collegue.invitationEnAttente, supprime },
    });
  });
}
