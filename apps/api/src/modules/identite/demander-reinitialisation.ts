import { eq, sql } from 'drizzle-orm';
import { audit, utilisateurs } from '../../db/schema';
import { transaction } from '../../db/transaction';
import { envoyerModele } from '../../mail/envoyer';
import type { Contexte } from './contexte';
import { creerJeton } from './jetons.repository';
import { cleEmail, cleIp, enregistrerEchec, verifierLimitation } from './limitation.repository';

/**
 * "Mot de passe oublié ?": e-mails a single-use link when the address has an account. The caller
 * answers the same whatever happens here, so nobody learns whether an address is known.
 */
export async function demanderReinitialisation(ctx: Contexte, email: string): Promise<void> {
  const cles = [`reinit:${cleEmail(email)}`, `reinit:${cleIp(ctx.ip)}`];
  await verifierLimitation(ctx.database.db, cles, ctx.now);
  await transaction(ctx.database, ctx.boss, async (tx) => {
    // Every request counts against the throttle, so that the link cannot be used to flood a mailbox.
    await enregistrerEchec(tx.db, cles, ctx.now);
    const [u] = await tx.db.select().from(utilisateurs).where(eq(sql`lower(${utilisateurs.email})`, email));
    await tx.db.insert(audit).values({ evenement: 'mot_de_passe_oublie', utilisateurId: u?.id ?? null, ip: ctx.ip, details: { compteConnu: !!u } });
    if (!u) return;
    const token = await creerJeton(tx.db, 'reinitialisation', u.id, ctx.now);
    await envoyerModele(tx, ctx.config, 'reinitialisation', u.email, token);
  });
}
