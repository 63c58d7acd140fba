import { and, eq } from 'drizzle-orm';
import type { Db } from '../../db/database';
import { audit, sessions, utilisateurs } from '../../db/schema';
import { transaction } from '../../db/transaction';
import { Introuvable } from '../../errors';
import type { Contexte } from '../identite/contexte';
import { consommerJeton, lireJeton, messageJeton } from '../identite/jetons.repository';
import { hacherMotDePasse } from '../identite/mot-de-passe';
import { creerSession } from '../identite/sessions.repository';
import { verifierMotDePasseChoisi } from '../identite/verifier-mot-de-passe-choisi';
import { raisonSocialeDuCompte } from './collegues.repository';

/** What the invitation page shows before the password is chosen: who invites whom, for which company. */
export async function lireInvitation(db: Db, jeton: string, now: Date) {
  const { etat, jeton: ligne } = await lireJeton(db, 'invitation', jeton, now);
  if (etat !== 'valide') return { etat, message: messageJeton(etat) };
  const [invite] = ligne ? await db.select().from(utilisateurs).where(eq(utilisateurs.id, ligne.utilisateurId)) : [];
  if (!ligne || !invite?.compteId) return { etat: 'inconnu' as const, message: messageJeton('inconnu') };
  const [invitant] = ligne.donnees.invitePar
    ? await db
        .select({ prenom: utilisateurs.prenom, nom: utilisateurs.nom })
        .from(utilisateurs)
        .where(and(eq(utilisateurs.id, ligne.donnees.invitePar), eq(utilisateurs.compteId, invite.compteId)))
    : [];
  return {
    etat,
    invitation: {
      prenom: invite.prenom,
      nom: invite.nom,
      email: invite.email,
      raisonSociale: await raisonSocialeDuCompte(db, invite.compteId),
      invitePar: invitant ? `${invitant.prenom} ${invitant.nom}` : 'le propriétaire du compte',
    },
  };
}

/**
 * The invitee chooses a password from the e-mail's link: the address is thereby proven, the link is
 * spent, and the person is signed in, seeing only what the owner granted.
 */
export async function accepterInvitation(ctx: Contexte, input: { jeton: string; motDePasse: string; userAgent: string | undefined }) {
  const empreinte = await hacherMotDePasse(input.motDePasse);
  return transaction(ctx.database, ctx.boss, async (tx) => {
    const jeton = await consommerJeton(tx.db, 'invitation', input.jeton, ctx.now);
    const [invite] = await tx.db.select().from(utilisateurs).where(eq(utilisateurs.id, jeton.utilisateurId));
    if (!invite?.compteId) throw new Introuvable();
    verifierMotDePasseChoisi(input.motDePasse, invite.email);
    const [modifie] = await tx.db
      .update(utilisateurs)
      .set({ motDePasseHash: empreinte, emailConfirmeLe: invite.emailConfirmeLe ?? ctx.now, modifieLe: ctx.now })
      .where(eq(utilisateurs.id, invite.id))
      .returning();
    await tx.db.delete(sessions).where(eq(sessions.utilisateurId, invite.id));
    await tx.db.insert(audit).values({ evenement: 'invitation_acceptee', utilisateurId: invite.id, ip: ctx.ip, details: { compteId: invite.compteId } });
    const session = await creerSession(tx.db, { utilisateurId: invite.id, seSouvenir: false, ip: ctx.ip, userAgent: input.userAgent, now: ctx.now });
    return { utilisateur: modifie!, ...session };
  });
}
