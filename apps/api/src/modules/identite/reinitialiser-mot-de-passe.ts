import { eq } from 'drizzle-orm';
import { audit, sessions, utilisateurs } from '../../db/schema';
import { transaction } from '../../db/transaction';
import { Introuvable } from '../../errors';
import { envoyerModele } from '../../mail/envoyer';
import type { Contexte } from './contexte';
import { consommerJeton } from './jetons.repository';
import { hacherMotDePasse } from './mot-de-passe';
import { creerSession } from './sessions.repository';
import { verifierMotDePasseChoisi } from './verifier-mot-de-passe-choisi';

/**
 * Sets the new password from a reset link; this is also the first connection of a migrated account.
 * The e-mail is thereby proven; every other session is closed; the person is signed in.
 */
export async function reinitialiserMotDePasse(ctx: Contexte, input: { jeton: string; motDePasse: string; userAgent: string | undefined }) {
  const empreinte = await hacherMotDePasse(input.motDePasse);
  return transaction(ctx.database, ctx.boss, async (tx) => {
    const jeton = await consommerJeton(tx.db, 'reinitialisation', input.jeton, ctx.now);
    const [u] = await tx.db.select().from(utilisateurs).where(eq(utilisateurs.id, jeton.utilisateurId));
    if (!u) throw new Introuvable();
    verifierMotDePasseChoisi(input.motDePasse, u.email);
    const [modifie] = await tx.db
      .update(utilisateurs)
      .set({ motDePasseHash: empreinte, migre: false, emailConfirmeLe: u.emailConfirmeLe ?? ctx.now, modifieLe: ctx.now })
      .where(eq(utilisateurs.id, u.id))
      .returning();
    await tx.db.delete(sessions).where(eq(sessions.utilisateurId, u.id));
    await tx.db.insert(audit).values({ evenement: 'mot_de_passe_reinitialise', utilisateurId: u.id, ip: ctx.ip, details: { premiereConnexion: u.migre } });
    if (!u.migre) await envoyerModele(tx, ctx.config, 'motDePasseModifie', u.email);
    const session = await creerSession(tx.db, { utilisateurId: u.id, seSouvenir: false, ip: ctx.ip, userAgent: input.userAgent, now: ctx.now });
    return { utilisateur: modifie!, premiereConnexion: u.migre, ...session };
  });
}
