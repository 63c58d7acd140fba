import type { ActionAssistance, StatutAssistance } from '@mse/shared/aide/demande-assistance.schema';
import { actionsAssistance } from '@mse/shared/aide/demande-assistance';
import { sql, type SQL } from 'drizzle-orm';
import { demandesAssistance } from '../db/schema-aide';
import { Interdit, Introuvable } from '../errors';
import type { SessionCourante, Utilisateur } from '../plugins/session';
import { estEmployeur, estPersonnelOpco, exigerSession, type Employeur } from './espaces';

/**
 * "Besoin d’aide ?": the guides and the FAQ are public; answering "Cette réponse vous a-t-elle aidé ?"
 * takes a signed-in employer (one answer per person); a support request belongs to the person who sent
 * it; the OPCO's support staff read and answer them all; only administrators see how useful the
 * answers were found (they will edit them, issue 8).
 */
export type PersonnelOpco = Utilisateur & { role: 'gestionnaire' | 'superviseur' | 'administrateur' };

const ROLES_ASSISTANCE = new Set<Utilisateur['role']>(['gestionnaire', 'superviseur', 'administrateur']);

export function peutVoterFaq(utilisateur: Utilisateur | undefined): utilisateur is Employeur {
  return !!utilisateur && estEmployeur(utilisateur);
}

/** The support requests an employer sees: the ones they sent themselves (not their colleagues’). */
export function demandeAssistanceVisiblePar(employeur: Employeur): SQL {
  return sql`${demandesAssistance.utilisateurId} = ${employeur.id}`;
}

/** Support staff: anyone on the OPCO side. An employer is told the page does not exist (404). */
export function exigerPersonnelAssistance(session: SessionCourante | null): PersonnelOpco {
  const { utilisateur } = exigerSession(session);
  if (!estPersonnelOpco(utilisateur) || !ROLES_ASSISTANCE.has(utilisateur.role)) throw new Introuvable();
  return utilisateur as PersonnelOpco;
}

/** How useful the FAQ answers are: administrators only (other staff: 403, employers: 404). */
export function exigerAdministrateurAide(session: SessionCourante | null): PersonnelOpco {
  const { utilisateur } = exigerSession(session);
  if (!estPersonnelOpco(utilisateur)) throw new Introuvable();
  if (utilisateur.role !== 'administrateur') throw new Interdit('Seuls les administrateurs voient les avis sur la foire aux questions.');
  return utilisateur as PersonnelOpco;
}

/** What each side may do on a request: the OPCO replies, the employer writes again. */
export function actionsDemandeAssistance(statut: StatutAssistance, cote: 'opco' | 'entreprise'): ActionAssistance[] {
  return actionsAssistance(statut, cote);
}
