import { actionsDepuis, appliquerTransition, type DefinitionTransition, type ResultatTransition } from '../commun/machine-a-etats';
import type { ActionAssistance, StatutAssistance } from './demande-assistance.schema';

/**
 * Life of a support request: it waits for the OPCO, which replies; the employer may write again
 * (a follow-up), which puts it back in the OPCO's queue. Nothing is final: a question may always come back.
 */
export const STATUTS_ASSISTANCE_DEFINITIONS: Record<StatutAssistance, { libelle: string; description: string }> = {
  en_attente: {
    libelle: 'En attente de réponse',
    description: 'Votre demande est bien arrivée : nos équipes vous répondent sur votre espace et par email.',
  },
  repondu: {
    libelle: 'Répondu',
    description: 'Nos équipes vous ont répondu. Si la réponse ne règle pas votre question, écrivez-nous à nouveau dans cette même demande.',
  },
};

export const TRANSITIONS_ASSISTANCE: Record<ActionAssistance, DefinitionTransition<StatutAssistance> & { acteur: 'opco' | 'entreprise' }> = {
  repondre: { libelle: 'répondre à cette demande', depuis: ['en_attente', 'repondu'], vers: 'repondu', acteur: 'opco' },
  relancer: { libelle: 'écrire à nouveau dans cette demande', depuis: ['en_attente', 'repondu'], vers: 'en_attente', acteur: 'entreprise' },
};

export function libelleStatutAssistance(statut: StatutAssistance): string {
  return STATUTS_ASSISTANCE_DEFINITIONS[statut].libelle;
}

export function transitionAssistance(statut: StatutAssistance, action: ActionAssistance): ResultatTransition<StatutAssistance> {
  return appliquerTransition(statut, action, TRANSITIONS_ASSISTANCE, libelleStatutAssistance, []);
}

/** The actions one side may take on a request in this status (the other side's are never offered). */
export function actionsAssistance(statut: StatutAssistance, acteur: 'opco' | 'entreprise'): ActionAssistance[] {
  return actionsDepuis(statut, TRANSITIONS_ASSISTANCE).filter((a) => TRANSITIONS_ASSISTANCE[a].acteur === acteur);
}
