import type { RolePersonnel } from '@mse/shared/administration/personnel.schema';
import { Interdit, Introuvable } from '../errors';
import type { SessionCourante, Utilisateur } from '../plugins/session';
import { estPersonnelOpco, exigerSession } from './espaces';

/**
 * The OPCO's administration (contents, settings, staff accounts, audit log): administrators only.
 * Other staff are told they may not (403); an employer is outside the back office altogether (404),
 * and nobody signed in is asked to sign in (401).
 */
export type Administrateur = Utilisateur & { role: 'administrateur' };

export function exigerAdministrateur(session: SessionCourante | null): Administrateur {
  const { utilisateur } = exigerSession(session);
  if (!estPersonnelOpco(utilisateur)) throw new Introuvable();
  if (utilisateur.role !== 'administrateur') throw new Interdit('Seul un administrateur de l’OPCO peut faire cette action.');
  return utilisateur as Administrateur;
}

export type EtatMembre = { role: RolePersonnel; statut: 'actif' | 'invitation_envoyee' | 'invitation_expiree' | 'desactive' };
export type ActionMembre = 'changer_role' | 'desactiver' | 'renvoyer_invitation';

/**
 * What an administrator may do on a staff account. Never on their own (they would lock themselves
 * out: another administrator does it); never leave the OPCO without an active administrator.
 */
export function actionsMembre(acteur: Utilisateur, membre: EtatMembre & { id: string }, administrateursActifs: number): ActionMembre[] {
  if (membre.id === acteur.id) return [];
  const dernierAdministrateur = membre.role === 'administrateur' && membre.statut === 'actif' && administrateursActifs <= 1;
  const actions: ActionMembre[] = [];
  if (membre.statut !== 'desactive' && !dernierAdministrateur) actions.push('changer_role', 'desactiver');
  if (membre.statut !== 'actif') actions.push('renvoyer_invitation');
  return actions;
}

export const MESSAGE_DERNIER_ADMINISTRATEUR = 'L’OPCO doit garder au moins un administrateur actif : nommez-en un autre avant de modifier ce compte.';
export const MESSAGE_SOI_MEME = 'Vous ne pouvez pas modifier votre propre compte : demandez-le à un autre administrateur.';
