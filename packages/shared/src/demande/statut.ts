import { actionsDepuis, appliquerTransition } from '../commun/machine-a-etats';
import type { DefinitionTransition, ResultatTransition } from '../commun/machine-a-etats';
import { STATUTS_DEMANDE } from './statut.schema';
import type { ActionDemande, StatutDemande } from './statut.schema';

/** The tabs of "Mes financements" and the parts of the home-page chart. */
export const GROUPES_STATUT = ['brouillon', 'en_cours', 'archive'] as const;
export type GroupeStatut = (typeof GROUPES_STATUT)[number];
export const LIBELLES_GROUPE: Record<GroupeStatut, string> = {
  brouillon: 'Brouillon',
  en_cours: 'En cours',
  archive: 'Archivé',
};

export type Acteur = 'entreprise' | 'opco' | 'systeme';

export interface DefinitionStatut {
  libelle: string;
  groupe: GroupeStatut;
  description: string;
  /** Who is expected to act next; nobody once the request is archived. */
  prochainActeur: 'entreprise' | 'opco' | null;
}

export const STATUTS: Record<StatutDemande, DefinitionStatut> = {
  brouillon: {
    libelle: 'Brouillon',
    groupe: 'brouillon',
    description: "La demande est en cours de saisie et n'a pas encore été envoyée à l'OPCO ; elle peut encore être supprimée.",
    prochainActeur: 'entreprise',
  },
  envoye: {
    libelle: 'Envoyé',
    groupe: 'en_cours',
    description: "La demande a été envoyée : elle a reçu son numéro de dossier et un accusé de réception. L'OPCO va l'examiner.",
    prochainActeur: 'opco',
  },
  en_cours_de_traitement: {
    libelle: 'En cours de traitement',
    groupe: 'en_cours',
    description: "Un gestionnaire de l'OPCO examine la demande (ou les contrôles automatiques sont en cours).",
    prochainActeur: 'opco',
  },
  a_completer: {
    libelle: 'À compléter',
    groupe: 'en_cours',
    description:
      "L'examen est suspendu : des pièces ou des informations manquent ou sont à corriger. L'entreprise complète la demande, puis l'examen reprend ; pour l'apprentissage, le délai de 20 jours court à partir du dossier complet.",
    prochainActeur: 'entreprise',
  },
  pris_en_charge: {
    libelle: 'Pris en charge',
    groupe: 'en_cours',
    description:
      "Le financement est accordé : montant engagé, échéancier de paiement et lettre d'accord. L'entreprise déclare la réalisation de la formation une fois celle-ci faite.",
    prochainActeur: 'entreprise',
  },
  facturation_en_cours: {
    libelle: 'Facturation en cours',
    groupe: 'en_cours',
    description: "La formation est réalisée : factures et certificat de réalisation sont reçus et vérifiés par l'OPCO avant paiement.",
    prochainActeur: 'opco',
  },
  solde: {
    libelle: 'Soldé',
    groupe: 'archive',
    description: "Tout ce qui était dû a été payé : il n'y a plus rien à verser.",
    prochainActeur: null,
  },
  annule: {
    libelle: 'Annulé',
    groupe: 'archive',
    description: "La demande a été retirée : formation non tenue, contrat jamais exécuté ou renonciation avant le début.",
    prochainActeur: null,
  },
  refuse: {
    libelle: 'Refusé',
    groupe: 'archive',
    description:
      "La demande n'est pas financée (inéligible, non conforme, déposée hors délai, fonds épuisés, ou silence de l'OPCO valant refus pour l'apprentissage) ; les motifs sont indiqués.",
    prochainActeur: null,
  },
};

export interface DefinitionAction extends DefinitionTransition<StatutDemande> {
  /** Button label. */
  bouton: string;
  acteurs: readonly Acteur[];
}

/**
 * `systeme` is the deadline timer: silence after 20 days means acceptance for contrat de
 * professionnalisation and Pro-A, refusal for apprenticeship (D6224-1..4, D6325-1/-2).
 */
export const ACTIONS: Record<ActionDemande, DefinitionAction> = {
  soumettre: { libelle: 'soumettre la demande', bouton: 'Envoyer la demande', depuis: ['brouillon'], vers: 'envoye', acteurs: ['entreprise'] },
  commencerInstruction: {
    libelle: "commencer l'instruction",
    bouton: "Commencer l'instruction",
    depuis: ['envoye'],
    vers: 'en_cours_de_traitement',
    acteurs: ['opco', 'systeme'],
  },
  demanderComplements: {
    libelle: 'demander des compléments',
    bouton: 'Demander des compléments',
    depuis: ['envoye', 'en_cours_de_traitement'],
    vers: 'a_completer',
    acteurs: ['opco'],
  },
  completer: { libelle: 'compléter la demande', bouton: 'Envoyer les compléments', depuis: ['a_completer'], vers: 'en_cours_de_traitement', acteurs: ['entreprise'] },
  accepter: {
    libelle: 'accepter la prise en charge',
    bouton: 'Accepter la prise en charge',
    depuis: ['envoye', 'en_cours_de_traitement'],
    vers: 'pris_en_charge',
    acteurs: ['opco', 'systeme'],
  },
  refuser: {
    libelle: 'refuser la demande',
    bouton: 'Refuser la demande',
    depuis: ['envoye', 'en_cours_de_traitement', 'a_completer'],
    vers: 'refuse',
    acteurs: ['opco', 'systeme'],
  },
  annuler: {
    libelle: 'annuler la demande',
    bouton: 'Annuler la demande',
    depuis: ['envoye', 'en_cours_de_traitement', 'a_completer', 'pris_en_charge'],
    vers: 'annule',
    acteurs: ['entreprise', 'opco'],
  },
  declarerRealisation: {
    libelle: 'déclarer la réalisation de la formation',
    bouton: 'Déclarer la réalisation',
    depuis: ['pris_en_charge'],
    vers: 'facturation_en_cours',
    acteurs: ['entreprise'],
  },
  solder: { libelle: 'solder la demande', bouton: 'Solder la demande', depuis: ['facturation_en_cours'], vers: 'solde', acteurs: ['opco'] },
};

const STATUTS_FINALS: readonly StatutDemande[] = STATUTS_DEMANDE.filter((s) => STATUTS[s].groupe === 'archive');

export function libelleStatut(statut: StatutDemande): string {
  return STATUTS[statut].libelle;
}

export function groupeDuStatut(statut: StatutDemande): GroupeStatut {
  return STATUTS[statut].groupe;
}

export function statutsDuGroupe(groupe: GroupeStatut): StatutDemande[] {
  return STATUTS_DEMANDE.filter((s) => STATUTS[s].groupe === groupe);
}

/** Only a draft can be deleted; once sent, a request is withdrawn by `annuler` and keeps its history. */
export function estSupprimable(statut: StatutDemande): boolean {
  return statut === 'brouillon';
}

export function transition(statut: StatutDemande, action: ActionDemande): ResultatTransition<StatutDemande> {
  return appliquerTransition(statut, action, ACTIONS, libelleStatut, STATUTS_FINALS);
}

export function actionsPossibles(statut: StatutDemande): ActionDemande[] {
  return actionsDepuis(statut, ACTIONS);
}
