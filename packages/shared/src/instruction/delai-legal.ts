import { ajouterJours, ecartEnJours, type DateIso } from '../commun/dates';
import type { Dispositif } from '../financement/demande-financement.schema';
import type { Referentiel } from '../referentiel/referentiel.schema';
import { exigerValeurEnVigueur } from '../referentiel/valeur-en-vigueur';
import type { StatutDemande } from '../demande/statut.schema';

/** The two values of the clock, read from the dated referential (delaisDepot and alerteDecision). */
export interface DelaisDecision {
  /** Calendar days the OPCO has to decide, from the complete file (D6224-2, D6325-2): 20. */
  decisionJours: number;
  /** From this day of the period the queues flag the request: 15. */
  alerteAPartirDuJour: number;
}

export function delaisDecision(referentiel: Referentiel, date: DateIso): DelaisDecision {
  const { decisionJours } = exigerValeurEnVigueur(referentiel.delaisDepot, date, 'délais de dépôt et de décision');
  const { alerteAPartirDuJour } = exigerValeurEnVigueur(referentiel.alerteDecision, date, 'alerte avant l’échéance de décision');
  return { decisionJours, alerteAPartirDuJour };
}

export interface DelaiLegal {
  /** The last day the OPCO may decide on. */
  echeance: DateIso;
  /** Calendar days since the complete file (0 on its day). */
  joursEcoules: number;
  /** Days left until the deadline (0 on its last day, negative once passed). */
  joursRestants: number;
  /** The deadline is near: from day `alerteAPartirDuJour`, passed or not. */
  alerte: boolean;
  /** The last day has gone by: silence now stands for the decision (or, for action individuelle, the OPCO is late). */
  depasse: boolean;
}

/** Statuses in which the OPCO owes a decision and the clock runs. */
export const STATUTS_EN_ATTENTE_DE_DECISION: readonly StatutDemande[] = ['envoye', 'en_cours_de_traitement'];

/**
 * The legal clock of a request: 20 calendar days from the complete file (dossierCompletLe, the Paris
 * day). Paused (null) while « À compléter » — the file is no longer complete; none once decided or
 * before it is sent. Day 20 is the last day of the period; from day 21 the deadline has passed.
 */
export function delaiLegal(
  { dossierCompletLe, statut, now }: { dossierCompletLe: DateIso | null; statut: StatutDemande; now: DateIso },
  delais: DelaisDecision,
): DelaiLegal | null {
  if (dossierCompletLe === null || !STATUTS_EN_ATTENTE_DE_DECISION.includes(statut)) return null;
  const joursEcoules = ecartEnJours(dossierCompletLe, now);
  const joursRestants = delais.decisionJours - joursEcoules;
  return {
    echeance: ajouterJours(dossierCompletLe, delais.decisionJours),
    joursEcoules,
    joursRestants,
    alerte: joursEcoules >= delais.alerteAPartirDuJour,
    depasse: joursRestants < 0,
  };
}

/** The latest complete-file day whose clock is in alert today: the queues' « Échéance proche » filter. */
export function dernierJourEnAlerte(aujourdhui: DateIso, delais: DelaisDecision): DateIso {
  return ajouterJours(aujourdhui, -delais.alerteAPartirDuJour);
}

/** The latest complete-file day whose deadline has passed today: what the silence rule looks for. */
export function dernierJourDepasse(aujourdhui: DateIso, delais: DelaisDecision): DateIso {
  return ajouterJours(aujourdhui, -(delais.decisionJours + 1));
}

export type EffetDuSilence = 'refuser' | 'accepter';

/**
 * What the OPCO's silence after 20 days means: refusal for an apprenticeship contract (D6224-1 to
 * D6224-4), acceptance — the contract deemed deposited — for a contrat de professionnalisation and
 * the Pro-A (D6325-1, D6325-2); nothing for an action individuelle, which waits for a decision.
 */
export function regleDuSilence(dispositif: Dispositif): EffetDuSilence | null {
  switch (dispositif) {
    case 'apprentissage':
      return 'refuser';
    case 'professionnalisation':
    case 'pro_a':
      return 'accepter';
    case 'action_individuelle':
      return null;
  }
}

/** The reason written in the history and the e-mail when the silence rule decides. */
export function motifDuSilence(dispositif: Dispositif, delais: Pick<DelaisDecision, 'decisionJours'>): string | null {
  const article = dispositif === 'apprentissage' ? 'article D6224-2 du code du travail' : 'articles D6325-1 et D6325-2 du code du travail';
  if (regleDuSilence(dispositif) === null) return null;
  const effet = regleDuSilence(dispositif) === 'refuser' ? 'vaut refus' : 'vaut acceptation de la prise en charge';
  return `Absence de réponse de l’OPCO dans les ${delais.decisionJours} jours (${article}) : le silence ${effet}.`;
}

/** « J-5 », « J-0 », « J+2 »: the clock as a badge shows it. */
export function libelleJours(delai: Pick<DelaiLegal, 'joursRestants'>): string {
  return delai.joursRestants >= 0 ? `J-${delai.joursRestants}` : `J+${-delai.joursRestants}`;
}
