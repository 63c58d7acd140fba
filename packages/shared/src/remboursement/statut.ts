import { actionsDepuis, appliquerTransition } from '../commun/machine-a-etats';
import type { DefinitionTransition, ResultatTransition } from '../commun/machine-a-etats';
import type { ActionRemboursement, StatutRemboursement } from './statut.schema';

export const STATUTS_REMBOURSEMENT_DEFINITIONS: Record<StatutRemboursement, { libelle: string; description: string }> = {
  a_venir: {
    libelle: 'À venir',
    description: "Demande de remboursement envoyée (facture, certificat de réalisation, justificatif de salaire…) et en cours de traitement par l'OPCO.",
  },
  paye: {
    libelle: 'Payé',
    description: "Remboursement effectué par l'OPCO : date, montant et référence du paiement sont indiqués.",
  },
  refuse: {
    libelle: 'Refusé',
    description:
      "Demande de remboursement refusée par l'OPCO, avec son motif (justificatif manquant ou incohérent, montant supérieur à l'accord, demande trop tardive).",
  },
};

export const TRANSITIONS_REMBOURSEMENT: Record<ActionRemboursement, DefinitionTransition<StatutRemboursement>> = {
  payer: { libelle: 'payer le remboursement', depuis: ['a_venir'], vers: 'paye' },
  refuser: { libelle: 'refuser le remboursement', depuis: ['a_venir'], vers: 'refuse' },
};

export function libelleStatutRemboursement(statut: StatutRemboursement): string {
  return STATUTS_REMBOURSEMENT_DEFINITIONS[statut].libelle;
}

export function transitionRemboursement(statut: StatutRemboursement, action: ActionRemboursement): ResultatTransition<StatutRemboursement> {
  return appliquerTransition(statut, action, TRANSITIONS_REMBOURSEMENT, libelleStatutRemboursement, ['paye', 'refuse']);
}

export function actionsPossiblesRemboursement(statut: StatutRemboursement): ActionRemboursement[] {
  return actionsDepuis(statut, TRANSITIONS_REMBOURSEMENT);
}
