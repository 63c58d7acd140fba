import type { ActionInstruction } from '@mse/shared/instruction/instruction.schema';
import { ACTIONS, transition } from '@mse/shared/demande/statut';
import type { ActionDemande, StatutDemande } from '@mse/shared/demande/statut.schema';
import type { Dispositif } from '@mse/shared/financement/demande-financement.schema';
import { Conflit, Interdit, Introuvable } from '../errors';
import type { SessionCourante, Utilisateur } from '../plugins/session';
import { estPersonnelOpco, exigerSession } from './espaces';

/**
 * The examination of funding requests in the back office. Every member of the OPCO's staff
 * (gestionnaire, superviseur, administrateur) examines and decides; assigning a request to someone
 * else (one by one or in bulk), and committing more than the engine's amount, is a supervisor's call
 * (DOMAIN.md §1); switching the automatic decision on or off is an administrator's. Recording the
 * rupture of an apprenticeship contract is every gestionnaire's. An
 * employer is outside the back office: 404, as for any staff route; nobody signed in: 401.
 */
export type Instructeur = Utilisateur & { role: 'gestionnaire' | 'superviseur' | 'administrateur' };

export function exigerInstructeur(session: SessionCourante | null): Instructeur {
  const { utilisateur } = exigerSession(session);
  if (!estPersonnelOpco(utilisateur)) throw new Introuvable();
  return utilisateur as Instructeur;
}

/** Assign a request to a colleague (or take it back from one). */
export function peutAttribuer(personnel: Utilisateur): boolean {
  return personnel.role === 'superviseur' || personnel.role === 'administrateur';
}

/** Commit more than the engine computes: an override, for supervisors. A lower amount only needs its reason. */
export function peutDepasserLeMontantCalcule(personnel: Utilisateur): boolean {
  return peutAttribuer(personnel);
}

type EtatDemande = { statut: StatutDemande; dispositif?: Dispositif; ruptureLe?: string | null };

const VERBES: Record<Exclude<ActionInstruction, 'attribuer' | 'enregistrerRupture'>, ActionDemande> = {
  commencerInstruction: 'commencerInstruction',
  demanderComplements: 'demanderComplements',
  accepter: 'accepter',
  refuser: 'refuser',
  annuler: 'annuler',
};

/** Requests that can still change hands: sent and not yet decided. */
const ATTRIBUABLES: readonly StatutDemande[] = ['envoye', 'en_cours_de_traitement', 'a_completer'];

/** An apprenticeship contract can be broken once it is funded and until its balance is paid. */
const RUPTURE_POSSIBLE: readonly StatutDemande[] = ['pris_en_charge', 'facturation_en_cours'];

function refusRupture(demande: EtatDemande): string | null {
  if (demande.dispositif !== 'apprentissage') return 'Une rupture ne s’enregistre que sur un contrat d’apprentissage.';
  if (!RUPTURE_POSSIBLE.includes(demande.statut)) return 'Impossible d’enregistrer une rupture : la demande n’est ni prise en charge ni en facturation.';
  if (demande.ruptureLe) return 'La rupture de ce contrat est déjà enregistrée.';
  return null;
}

/** The buttons a staff member sees on a request now: what their role allows and the state machine accepts. */
export function actionsInstruction(personnel: Utilisateur, demande: EtatDemande): ActionInstruction[] {
  const actions: ActionInstruction[] = (Object.keys(VERBES) as (keyof typeof VERBES)[]).filter(
    (a) => ACTIONS[VERBES[a]].acteurs.includes('opco') && transition(demande.statut, VERBES[a]).ok,
  );
  if (peutAttribuer(personnel) && ATTRIBUABLES.includes(demande.statut)) actions.push('attribuer');
  if (refusRupture(demande) === null) actions.push('enregistrerRupture');
  return actions;
}

/**
 * What a command asks before it writes, on the locked row: the role first (403), then the state
 * machine (409 with its French message: the request moved since the page was shown).
 */
export function exigerAction(personnel: Utilisateur, demande: EtatDemande, action: ActionInstruction): StatutDemande {
  if (action === 'attribuer') {
    if (!peutAttribuer(personnel)) throw new Interdit('Seul un superviseur ou un administrateur attribue une demande à un autre gestionnaire.');
    if (!ATTRIBUABLES.includes(demande.statut)) throw new Conflit('TRANSITION_INTERDITE', 'Impossible d’attribuer la demande : elle est déjà décidée.');
    return demande.statut;
  }
  if (action === 'enregistrerRupture') {
    const refus = refusRupture(demande);
    if (refus) throw new Conflit('TRANSITION_INTERDITE', refus);
    return demande.statut;
  }
  const t = transition(demande.statut, VERBES[action]);
  if (!t.ok) throw new Conflit(t.code, t.message);
  return t.statut;
}

/** The automatic decision's switches, per scheme and branch: read and changed by an administrator only. */
export function peutParametrerDecisionAutomatique(personnel: Utilisateur): boolean {
  return personnel.role === 'administrateur';
}

export function exigerAdministrateurDecisionAutomatique(session: SessionCourante | null): Instructeur {
  const personnel = exigerInstructeur(session);
  if (!peutParametrerDecisionAutomatique(personnel)) throw new Interdit('Seul un administrateur règle la décision automatique.');
  return personnel;
}

/** Saved views belong to one person: another's view does not exist for them. */
export function exigerProprietaireDeLaVue(personnel: Utilisateur, vue: { utilisateurId: string } | undefined): void {
  if (!vue || vue.utilisateurId !== personnel.id) throw new Introuvable('Cette vue n’existe pas.');
}
