import type { Dispositif } from '../financement/demande-financement.schema';

/**
 * Dossier numbers, given when a request is sent: the scheme's prefix, the year of sending and a rank
 * within that scheme and year, e.g. AP-2026-000123 (DOMAIN.md §6). Readable on the phone, unique,
 * and sortable within a scheme and year.
 */
export const PREFIXES_DOSSIER: Record<Dispositif, string> = {
  apprentissage: 'AP',
  professionnalisation: 'PRO',
  pro_a: 'PROA',
  action_individuelle: 'AI',
};

const CHIFFRES_RANG = 6;
export const RANG_MAX = 10 ** CHIFFRES_RANG - 1;

const FORMAT = /^(AP|PRO|PROA|AI)-(\d{4})-(\d{6})$/;

export function prefixeDossier(dispositif: Dispositif): string {
  return PREFIXES_DOSSIER[dispositif];
}

export function formaterNumeroDossier(dispositif: Dispositif, annee: number, rang: number): string {
  if (!Number.isInteger(annee) || annee < 2000 || annee > 9999) throw new RangeError(`Année de dossier invalide : ${annee}`);
  if (!Number.isInteger(rang) || rang < 1 || rang > RANG_MAX) throw new RangeError(`Rang de dossier invalide : ${rang} (de 1 à ${RANG_MAX})`);
  return `${prefixeDossier(dispositif)}-${annee}-${String(rang).padStart(CHIFFRES_RANG, '0')}`;
}

export type NumeroDossier = { dispositif: Dispositif; annee: number; rang: number };

/** Reads a number typed by a person (spaces and case forgiven); undefined when it is not one. */
export function lireNumeroDossier(saisie: string): NumeroDossier | undefined {
  const m = FORMAT.exec(saisie.trim().toUpperCase().replace(/\s+/g, ''));
  if (!m) return undefined;
  const dispositif = (Object.keys(PREFIXES_DOSSIER) as Dispositif[]).find((d) => PREFIXES_DOSSIER[d] === m[1]);
  const rang = Number(m[3]);
  if (!dispositif || rang < 1) return undefined;
  return { dispositif, annee: Number(m[2]), rang };
}
