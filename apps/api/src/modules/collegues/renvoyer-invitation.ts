import { audit } from '../../db/schema';
import { transaction } from '../../db/transaction';
import { Conflit, Introuvable } from '../../errors';
import { envoyerModele } from '../../mail/envoyer';
import { exigerGestionDesCollegues } from '../../policies/collegues';
import type { Employeur } from '../../policies/espaces';
import type { Contexte } from '../identite/contexte';
import { creerJeton } from '../identite/jetons.repository';
import { raisonSocialeDuCompte, trouverCollegue } from './collegues.repository';

/** A new 7-day link for a colleague who has not chosen a password yet; the previous link stops working. */
export async function renvoyerInvitation(ctx: Contexte, acteur: Employeur, collegueId: string): Promise<void> {
  await transaction(ctx.database, ctx.boss, async (tx) => {
    const collegue = await trouverCollegue(tx.db, acteur.compteId, collegueId);
    if (!collegue) throw new Introuvable();
    exigerGestionDesCollegues(acteur);
    if (!collegue.invitationEnAttente) throw new Conflit('invitation_acceptee', 'Ce collègue a déjà choisi son mot de passe : il peut se connecter.');
    const jeton = await creerJeton(tx.db, 'invitation', collegue.id, ctx.now, { invitePar: acteur.id });
    await envoyerModele(tx, ctx.config, 'invitationCollegue', collegue.email, {
      prenom: collegue.prenom,
      invitant: `${acteur.prenom} ${acteur.nom}`,
      raisonSociale: await raisonSocialeDuCompte(tx.db, acteur.compteId),
      role: collegue.role,
      jeton,
    });
    await tx.db.insert(audit).values({ evenement: 'invitation_renvoyee', utilisateurId: acteur.id, ip: ctx.ip, details: { collegueId: collegue.id, email: collegue.email } });
  });
}
