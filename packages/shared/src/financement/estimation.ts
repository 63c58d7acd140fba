import { appliquerTaux } from '../commun/arrondi';
import type { DateIso } from '../commun/dates';

/** All amounts in integer cents. `total` is what the OPCO pays; `resteACharge` what the employer bears. */
export interface Montants {
  pedagogie: number;
  salaires: number;
  fraisAnnexes: number;
  aides: number;
  participationEmployeur: number;
  total: number;
  resteACharge: number;
}

export interface Echeance {
  date: DateIso;
  libelle: string;
  montantCentimes: number;
}

export interface Estimation {
  eligible: boolean;
  motifs: string[];
  montants: Montants;
  echeancier: Echeance[];
  explications: string[];
}

export const MONTANTS_NULS: Montants = {
  pedagogie: 0,
  salaires: 0,
  fraisAnnexes: 0,
  aides: 0,
  participationEmployeur: 0,
  total: 0,
  resteACharge: 0,
};

export function estimationIneligible(motifs: string[], explications: string[] = []): Estimation {
  return { eligible: false, motifs, montants: { ...MONTANTS_NULS }, echeancier: [], explications };
}

/** The OPCO pays every funded part, less the employer's share deducted from its payments. */
export function totaliser(montants: Omit<Montants, 'total'>): Montants {
  const total = montants.pedagogie + montants.salaires + montants.fraisAnnexes + montants.aides - montants.participationEmployeur;
  return { ...montants, total };
}

/**
 * Splits an amount by percentages; each share is rounded down and the last takes what is left, so
 * the shares always add up to the amount to the cent.
 */
export function repartir(montantCentimes: number, pourcents: readonly number[]): number[] {
  let reparti = 0;
  return pourcents.map((pourcent, index) => {
    if (index === pourcents.length - 1) return montantCentimes - reparti;
    const part = appliquerTaux(montantCentimes, pourcent, 'inferieur');
    reparti += part;
    return part;
  });
}

/** Keeps the payments that carry money, in date order (stable for payments on the same day). */
export function ordonnerEcheancier(echeances: Echeance[]): Echeance[] {
  return echeances
    .filter((e) => e.montantCentimes > 0)
    .map((e, index) => ({ e, index }))
    .sort((a, b) => (a.e.date === b.e.date ? a.index - b.index : a.e.date < b.e.date ? -1 : 1))
    .map(({ e }) => e);
}
