import { LIBELLES_ROLE_PERSONNEL, type NouveauPersonnel, type RolePersonnel } from '@mse/shared/administration/personnel.schema';
import { and, eq, isNull, sql } from 'drizzle-orm';
import { generateSecret } from 'otplib';
import { jetons, sessions, utilisateurs } from '../../db/schema';
import { transaction, type Tx } from '../../db/transaction';
import { AppError, Conflit, Interdit, Introuvable } from '../../errors';
import { envoyerModele } from '../../mail/envoyer';
import { actionsMembre, MESSAGE_DERNIER_ADMINISTRATEUR, MESSAGE_SOI_MEME, type ActionMembre, type Administrateur } from '../../policies/administration';
import type { Contexte } from '../identite/contexte';
import { creerJeton } from '../identite/jetons.repository';
import { compterAdministrateursActifs, trouverMembre, verrouillerPersonnel, type LignePersonnel } from './personnel.repository';
import { tracer } from './tracer';

const MESSAGE_ADRESSE_PRISE = 'Cette adresse email est déjà celle d’un compte du portail (personnel ou employeur) : utilisez-en une autre.';
const MEMBRE_INTROUVABLE = 'Ce compte du personnel n’existe pas.';

const estViolationUnicite = (error: unknown) => (error as { code?: string }).code === '23505' || (error as { cause?: { code?: string } }).cause?.code === '23505';

/**
 * The enrolment link: a 7-day single-use "invitation" token (as for an employer's colleagues) whose
 * data carry the TOTP secret the person will add to their authenticator; it becomes theirs only once
 * they have typed a code it produces (activer-compte-personnel.ts).
 */
async function envoyerInvitation(tx: Tx, ctx: Contexte, acteur: Administrateur, membre: { id: string; prenom: string; email: string; role: RolePersonnel }) {
  const jeton = await creerJeton(tx.db, 'invitation', membre.id, ctx.now, { espace: 'opco', invitePar: acteur.id, totpSecret: generateSecret() });
  await envoyerModele(tx, ctx.config, 'invitationPersonnel', membre.email, {
    prenom: membre.prenom,
    invitant: `${acteur.prenom} ${acteur.nom}`,
    role: LIBELLES_ROLE_PERSONNEL[membre.role],
    jeton,
  });
}

/** A new staff member: an account without password nor second factor, and the e-mail to set both. */
export async function inviterPersonnel(ctx: Contexte, acteur: Administrateur, saisie: NouveauPersonnel): Promise<string> {
  try {
    return await transaction(ctx.database, ctx.boss, async (tx) => {
      const [existant] = await tx.db.select({ id: utilisateurs.id }).from(utilisateurs).where(eq(sql`lower(${utilisateurs.email})`, saisie.email));
      if (existant) throw new AppError(409, 'adresse_indisponible', MESSAGE_ADRESSE_PRISE, [{ chemin: 'email', message: MESSAGE_ADRESSE_PRISE }]);
      const [cree] = await tx.db
        .insert(utilisateurs)
        .values({ email: saisie.email, prenom: saisie.prenom, nom: saisie.nom, role: saisie.role, creeLe: ctx.now, modifieLe: ctx.now })
        .returning({ id: utilisateurs.id });
      await envoyerInvitation(tx, ctx, acteur, { id: cree!.id, prenom: saisie.prenom, email: saisie.email, role: saisie.role });
      await tracer(tx.db, acteur, ctx.ip, 'personnel_invite', { membreId: cree!.id, email: saisie.email, role: saisie.role });
      return cree!.id;
    });
  } catch (error) {
    if (estViolationUnicite(error)) throw new AppError(409, 'adresse_indisponible', MESSAGE_ADRESSE_PRISE, [{ chemin: 'email', message: MESSAGE_ADRESSE_PRISE }]);
    throw error;
  }
}

/** Loads the member under the staff lock and checks the action is still allowed (self, last administrator, state). */
async function membreModifiable(tx: Tx, ctx: Contexte, acteur: Administrateur, id: string, action: ActionMembre): Promise<LignePersonnel> {
  await verrouillerPersonnel(tx.db);
  const membre = await trouverMembre(tx.db, id, ctx.now);
  if (!membre) throw new Introuvable(MEMBRE_INTROUVABLE);
  if (membre.id === acteur.id) throw new Interdit(MESSAGE_SOI_MEME);
  if (!actionsMembre(acteur, membre, await compterAdministrateursActifs(tx.db)).includes(action)) {
    if (membre.role === 'administrateur' && membre.statut === 'actif') throw new Conflit('dernier_administrateur', MESSAGE_DERNIER_ADMINISTRATEUR);
    throw new Conflit('statut_personnel', membre.statut === 'actif' ? 'Ce compte est déjà actif.' : 'Ce compte est désactivé : renvoyez-lui une invitation pour le réactiver.');
  }
  return membre;
}

export async function changerRolePersonnel(ctx: Contexte, acteur: Administrateur, id: string, role: RolePersonnel): Promise<void> {
  await transaction(ctx.database, ctx.boss, async (tx) => {
    const membre = await membreModifiable(tx, ctx, acteur, id, 'changer_role');
    if (membre.role === role) return;
    await tx.db.update(utilisateurs).set({ role, modifieLe: ctx.now }).where(eq(utilisateurs.id, id));
    await tracer(tx.db, acteur, ctx.ip, 'personnel_role_modifie', { membreId: id, email: membre.email, avant: membre.role, apres: role });
  });
}

/**
 * Deactivation takes away what sign-in requires — the password and the second factor — closes the
 * person's sessions and voids their links at once. The row stays (their name in the history and the
 * audit log); a new invitation reactivates them with a fresh enrolment.
 */
export async function desactiverPersonnel(ctx: Contexte, acteur: Administrateur, id: string): Promise<void> {
  await transaction(ctx.database, ctx.boss, async (tx) => {
    const membre = await membreModifiable(tx, ctx, acteur, id, 'desactiver');
    await tx.db.update(utilisateurs).set({ motDePasseHash: null, totpSecret: null, modifieLe: ctx.now }).where(eq(utilisateurs.id, id));
    await tx.db.delete(sessions).where(eq(sessions.utilisateurId, id));
    await tx.db.update(jetons).set({ utiliseLe: ctx.now }).where(and(eq(jetons.utilisateurId, id), isNull(jetons.utiliseLe)));
    await tracer(tx.db, acteur, ctx.ip, 'personnel_desactive', { membreId: id, email: membre.email, role: membre.role });
  });
}

export async function renvoyerInvitationPersonnel(ctx: Contexte, acteur: Administrateur, id: string): Promise<void> {
  await transaction(ctx.database, ctx.boss, async (tx) => {
    const membre = await membreModifiable(tx, ctx, acteur, id, 'renvoyer_invitation');
    await envoyerInvitation(tx, ctx, acteur, membre);
    await tracer(tx.db, acteur, ctx.ip, 'personnel_invitation_renvoyee', { membreId: id, email: membre.email });
  });
}
