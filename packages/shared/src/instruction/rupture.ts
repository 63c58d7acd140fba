import { z } from 'zod';
import type { DateIso } from '../commun/dates';
import type { DemandeFinancementApprentissage } from '../financement/demande-financement.schema';

/**
 * The early termination of an apprenticeship contract (« rupture »), recorded by a gestionnaire on a
 * request already taken in charge. The engine (`estimerApprentissage`) already prorates the NPEC to the
 * last day of execution and applies the employer's share rule for a rupture in the first 45 days; this
 * module turns a recorded rupture into the engine's input, and checks it.
 */

export const MOTIFS_RUPTURE = {
  periode_probatoire: 'Rupture pendant les 45 premiers jours de formation pratique en entreprise',
  commun_accord: 'Rupture d’un commun accord',
  demission_apprenti: 'Démission de l’apprenti (après médiation)',
  licenciement: 'Licenciement (faute grave, inaptitude, force majeure…)',
  obtention_diplome: 'Obtention du diplôme avant le terme du contrat',
  exclusion_cfa: 'Exclusion définitive de l’apprenti par le CFA',
  liquidation: 'Liquidation judiciaire de l’employeur',
  deces: 'Décès de l’employeur maître d’apprentissage (entreprise unipersonnelle)',
} as const;
export type MotifRupture = keyof typeof MOTIFS_RUPTURE;
export const CODES_MOTIFS_RUPTURE = Object.keys(MOTIFS_RUPTURE) as [MotifRupture, ...MotifRupture[]];
export const MotifRuptureSchema = z.enum(CODES_MOTIFS_RUPTURE, { error: 'Choisissez la cause de la rupture.' });

export type ProblemeRupture = { chemin: 'date'; message: string };

/** The rupture's date must fall within the contract, and not after today. */
export function verifierRupture(contrat: { dateDebutContrat: DateIso; dateFinContrat: DateIso }, date: DateIso, aujourdhui: DateIso): ProblemeRupture | null {
  if (date < contrat.dateDebutContrat) return { chemin: 'date', message: 'La date de rupture précède le début du contrat.' };
  if (date > contrat.dateFinContrat) return { chemin: 'date', message: 'La date de rupture est postérieure à la fin prévue du contrat.' };
  if (date > aujourdhui) return { chemin: 'date', message: 'La date de rupture ne peut pas être dans le futur.' };
  return null;
}

/**
 * The 45 days are days of practical training in the company, consecutive or not (L6222-18): the CFA's
 * weeks do not count, so the calendar cannot tell. The gestionnaire says it by choosing that cause.
 */
export function enPeriodeProbatoire(motif: MotifRupture): boolean {
  return motif === 'periode_probatoire';
}

/** The engine's input for the broken contract: funded up to the rupture day included. */
export function demandeApresRupture(demande: DemandeFinancementApprentissage, date: DateIso, motif: MotifRupture): DemandeFinancementApprentissage {
  return { ...demande, dateRupture: date, ruptureEnPeriodeProbatoire: enPeriodeProbatoire(motif) };
}

/** The new committed amount: the prorated one, never above what was committed (the funder never pays more after a rupture). */
export function montantEngageApresRupture(montantProratiseCentimes: number, montantEngageCentimes: number | null): number {
  return montantEngageCentimes === null ? montantProratiseCentimes : Math.min(montantProratiseCentimes, montantEngageCentimes);
}
