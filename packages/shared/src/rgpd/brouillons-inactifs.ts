/**
 * RGPD (issue 10): a draft nobody touched for 12 months is deleted, never without two reminders to the
 * person who created it. Reminder 1 at 10 months of inactivity, reminder 2 at 11 months, deletion at
 * 12 months; each step waits at least `joursEntreEtapes` after the previous reminder, so that a job
 * that was stopped for a while catches up without deleting a draft whose owner was just warned.
 * Any save resets the count: a reminder sent before the last save no longer counts.
 */
export const REGLE_BROUILLONS_INACTIFS = { relance1Mois: 10, relance2Mois: 11, suppressionMois: 12, joursEntreEtapes: 14 } as const;

const MS_PAR_JOUR = 86_400_000;

/** `mois` calendar months after an instant (UTC), the day kept or clamped to the end of a shorter month. */
export function ajouterMoisA(instant: Date, mois: number): Date {
  const d = new Date(instant.getTime());
  const jour = d.getUTCDate();
  d.setUTCDate(1);
  d.setUTCMonth(d.getUTCMonth() + mois);
  const dernierJour = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 0)).getUTCDate();
  d.setUTCDate(Math.min(jour, dernierJour));
  return d;
}

const ajouterJoursA = (instant: Date, jours: number) => new Date(instant.getTime() + jours * MS_PAR_JOUR);
const plusTard = (a: Date, b: Date) => (a.getTime() >= b.getTime() ? a : b);

/** What the draft row holds: its last save, the reminders counted on it and when the last one went. */
export type EtatBrouillon = { modifieLe: Date; relances: number; relanceLe: Date | null };

export type EtapeBrouillon =
  | { action: 'rien' }
  | { action: 'relancer'; relance: 1 | 2; suppressionPrevueLe: Date }
  | { action: 'supprimer' };

/** The reminders that still count: none if the draft was saved since the last one went. */
export function relancesValides(e: EtatBrouillon): number {
  if (!e.relanceLe || e.relanceLe.getTime() <= e.modifieLe.getTime()) return 0;
  return e.relances;
}

/** The earliest day the draft may be deleted if nobody saves it, once a reminder `relance` is sent at `envoyeeLe`. */
export function suppressionPrevueLe(modifieLe: Date, relance: 1 | 2, envoyeeLe: Date): Date {
  const r = REGLE_BROUILLONS_INACTIFS;
  const relance2 = relance === 2 ? envoyeeLe : plusTard(ajouterMoisA(modifieLe, r.relance2Mois), ajouterJoursA(envoyeeLe, r.joursEntreEtapes));
  return plusTard(ajouterMoisA(modifieLe, r.suppressionMois), ajouterJoursA(relance2, r.joursEntreEtapes));
}

/** The next step for a draft at `maintenant`: nothing yet, a reminder, or the deletion. */
export function etapeBrouillonInactif(e: EtatBrouillon, maintenant: Date): EtapeBrouillon {
  const r = REGLE_BROUILLONS_INACTIFS;
  const relances = relancesValides(e);
  const atteint = (mois: number) => ajouterMoisA(e.modifieLe, mois).getTime() <= maintenant.getTime();
  const delaiEcoule = !e.relanceLe || ajouterJoursA(e.relanceLe, r.joursEntreEtapes).getTime() <= maintenant.getTime();
  if (relances === 0) {
    return atteint(r.relance1Mois) ? { action: 'relancer', relance: 1, suppressionPrevueLe: suppressionPrevueLe(e.modifieLe, 1, maintenant) } : { action: 'rien' };
  }
  if (relances === 1) {
    return atteint(r.relance2Mois) && delaiEcoule ? { action: 'relancer', relance: 2, suppressionPrevueLe: suppressionPrevueLe(e.modifieLe, 2, maintenant) } : { action: 'rien' };
  }
  return atteint(r.suppressionMois) && delaiEcoule ? { action: 'supprimer' } : { action: 'rien' };
}

/**
 * A lower bound on the last save of any draft that may need a step today: 10 months is never less than
 * 303 days, so every candidate saved before `maintenant` minus 300 days is looked at (the rule decides).
 */
export function seuilCandidatsBrouillons(maintenant: Date): Date {
  return ajouterJoursA(maintenant, -300);
}

/** Archived dossiers (RGPD): the legal retention period, in years, after the dossier's last change. */
export const RETENTION_ARCHIVES_ANNEES_PAR_DEFAUT = 10;
export const STATUTS_ARCHIVES = ['solde', 'annule', 'refuse'] as const;

/** The instant before which an archived dossier's last change must lie to be deleted. */
export function limiteRetentionArchives(maintenant: Date, annees: number): Date {
  return ajouterMoisA(maintenant, -12 * annees);
}
