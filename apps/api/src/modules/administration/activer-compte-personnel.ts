import type { ActivationPersonnel } from '@mse/shared/administration/personnel.schema';
import { eq } from 'drizzle-orm';
import { generateURI, verifySync } from 'otplib';
import type { Db } from '../../db/database';
import { audit, sessions, utilisateurs } from '../../db/schema';
import { transaction } from '../../db/transaction';
import { DonneesInvalides } from '../../errors';
import type { Utilisateur } from '../../plugins/session';
import type { Contexte } from '../identite/contexte';
import { consommerJeton, JetonInvalide, lireJeton, messageJeton, type EtatJeton } from '../identite/jetons.repository';
import { hacherMotDePasse } from '../identite/mot-de-passe';
import { verifierMotDePasseChoisi } from '../identite/verifier-mot-de-passe-choisi';
import { lireParametres } from './parametres.repository';

const MESSAGE_CODE = 'Ce code ne correspond pas : vérifiez l’heure de votre téléphone et saisissez le code affiché maintenant.';

/** A staff invitation: an "invitation" token of a person without company, carrying the TOTP secret to enrol. */
type Invitation = { etat: Exclude<EtatJeton, 'valide'> } | { etat: 'valide'; personne: Utilisateur; secret: string };

async function invitationPersonnel(db: Db, jeton: string, now: Date): Promise<Invitation> {
  const { etat, jeton: ligne } = await lireJeton(db, 'invitation', jeton, now);
  if (etat !== 'valide' || !ligne) return { etat: etat === 'valide' ? 'inconnu' : etat };
  const [personne] = await db.select().from(utilisateurs).where(eq(utilisateurs.id, ligne.utilisateurId));
  const secret = ligne.donnees.totpSecret;
  if (!personne || personne.compteId || ligne.donnees.espace !== 'opco' || !secret) return { etat: 'inconnu' };
  return { etat, personne, secret };
}

/** What the enrolment page shows: who is enrolled, and the secret to add to an authenticator app. */
export async function lireActivation(ctx: Pick<Contexte, 'database' | 'config' | 'now'>, jeton: string): Promise<ActivationPersonnel> {
  const { db } = ctx.database;
  const invitation = await invitationPersonnel(db, jeton, ctx.now);
  if (invitation.etat !== 'valide') return { etat: invitation.etat, message: messageJeton(invitation.etat) };
  const { personne, secret } = invitation;
  const { opco } = await lireParametres(db, ctx.config);
  return {
    etat: 'valide',
    prenom: personne.prenom,
    nom: personne.nom,
    email: personne.email,
    secret,
    uri: generateURI({ issuer: `${opco.nom} — Mes services en ligne`, label: personne.email, secret }),
  };
}

/**
 * The new staff member chooses a password and types a code of their authenticator: the code proves
 * the secret is enrolled before it becomes the account's. The link is then spent; the person signs in
 * through /opco/connexion like every member of the staff.
 */
export async function activerComptePersonnel(ctx: Contexte, input: { jeton: string; motDePasse: string; code: string }): Promise<void> {
  const invitation = await invitationPersonnel(ctx.database.db, input.jeton, ctx.now);
  if (invitation.etat !== 'valide') throw new JetonInvalide(`jeton_${invitation.etat}`, messageJeton(invitation.etat));
  const { personne, secret } = invitation;
  verifierMotDePasseChoisi(input.motDePasse, personne.email);
  if (!verifySync({ secret, token: input.code, epoch: Math.floor(ctx.now.getTime() / 1000), epochTolerance: 30 }).valid) {
    throw new DonneesInvalides([{ chemin: 'code', message: MESSAGE_CODE }]);
  }
  const empreinte = await hacherMotDePasse(input.motDePasse);
  await transaction(ctx.database, ctx.boss, async ({ db }) => {
    await consommerJeton(db, 'invitation', input.jeton, ctx.now);
    await db
      .update(utilisateurs)
      .set({ motDePasseHash: empreinte, totpSecret: secret, emailConfirmeLe: personne.emailConfirmeLe ?? ctx.now, modifieLe: ctx.now })
      .where(eq(utilisateurs.id, personne.id));
    await db.delete(sessions).where(eq(sessions.utilisateurId, personne.id));
    await db.insert(audit).values({ evenement: 'personnel_active', utilisateurId: personne.id, ip: ctx.ip, details: { role: personne.role } });
  });
}
