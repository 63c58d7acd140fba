import { eq, sql } from 'drizzle-orm';
import { audit, utilisateurs } from '../../db/schema';
import { transaction } from '../../db/transaction';
import { Conflit, DonneesInvalides } from '../../errors';
import { envoyerModele } from '../../mail/envoyer';
import type { Utilisateur } from '../../plugins/session';
import type { Contexte } from '../identite/contexte';
import { consommerJeton, creerJeton } from '../identite/jetons.repository';
import { verifierMotDePasse } from '../identite/mot-de-passe';

/**
 * "Mettre à jour mon adresse email de connexion": the current password proves it is the owner; the new
 * address must be confirmed from its mailbox before it becomes the login; the old one is told.
 */
export async function demanderChangementEmail(ctx: Contexte, moi: Utilisateur, input: { nouvelleAdresse: string; motDePasse: string }): Promise<void> {
  if (!moi.motDePasseHash || !(await verifierMotDePasse(moi.motDePasseHash, input.motDePasse))) {
    throw new DonneesInvalides([{ chemin: 'motDePasse', message: 'Mot de passe incorrect.' }]);
  }
  if (input.nouvelleAdresse === moi.email.toLowerCase()) {
    throw new DonneesInvalides([{ chemin: 'nouvelleAdresse', message: 'C’est déjà votre adresse de connexion.' }]);
  }
  await transaction(ctx.database, ctx.boss, async (tx) => {
    const token = await creerJeton(tx.db, 'changement_email', moi.id, ctx.now, { email: input.nouvelleAdresse });
    await envoyerModele(tx, ctx.config, 'changementEmail', input.nouvelleAdresse, token);
    await envoyerModele(tx, ctx.config, 'changementEmailAvertissement', moi.email, input.nouvelleAdresse);
    await tx.db.insert(audit).values({ evenement: 'changement_email_demande', utilisateurId: moi.id, ip: ctx.ip, details: {} });
  });
}

export async function confirmerChangementEmail(ctx: Contexte, jeton: string): Promise<void> {
  await transaction(ctx.database, ctx.boss, async (tx) => {
    const j = await consommerJeton(tx.db, 'changement_email', jeton, ctx.now);
    const nouvelle = j.donnees.email!;
    const [prise] = await tx.db.select({ id: utilisateurs.id }).from(utilisateurs).where(eq(sql`lower(${utilisateurs.email})`, nouvelle));
    if (prise && prise.id !== j.utilisateurId) {
      throw new Conflit('adresse_prise', 'Cette adresse est devenue celle d’un autre compte entre-temps : choisissez-en une autre.');
    }
    const [avant] = await tx.db.select({ email: utilisateurs.email }).from(utilisateurs).where(eq(utilisateurs.id, j.utilisateurId));
    await tx.db.update(utilisateurs).set({ email: nouvelle, emailConfirmeLe: ctx.now, modifieLe: ctx.now }).where(eq(utilisateurs.id, j.utilisateurId));
    await tx.db.insert(audit).values({ evenement: 'email_modifie', utilisateurId: j.utilisateurId, ip: ctx.ip, details: { ancienDomaine: avant?.email.split('@')[1] ?? '' } });
  });
}
