import { ajouterJours, estDateIso } from '@mse/shared/commun/dates';
import { normaliserIdcc } from '@mse/shared/identifiants/idcc';
import { RncpSchema } from '@mse/shared/identifiants/identifiants.schema';
import type { ValeurCellule } from './xlsx';

/**
 * The layout of France compétences' NPEC file, read by column titles rather than positions (a newer
 * edition may add or move a column), and the checks of each row.
 */
export function normaliserTexte(texte: string): string {
  return texte
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[’`]/g, "'")
    .split(/[\n*]/)[0]!
    .replace(/\s+/g, ' ')
    .trim();
}

type Colonne<C extends string> = { cle: C; libelle: string; reconnait: (titre: string) => boolean };

const COLONNES_NPEC: Colonne<'rncp' | 'libelle' | 'codeCpne' | 'cpne' | 'montant' | 'statut' | 'date'>[] = [
  { cle: 'rncp', libelle: 'RNCP', reconnait: (t) => t === 'rncp' || t === 'code rncp' },
  { cle: 'libelle', libelle: 'Libellé de la formation', reconnait: (t) => t.startsWith('libelle') || t.startsWith('intitule') },
  { cle: 'codeCpne', libelle: 'Code CPNE', reconnait: (t) => t === 'code cpne' },
  { cle: 'cpne', libelle: 'CPNE', reconnait: (t) => t === 'cpne' },
  { cle: 'montant', libelle: 'NPEC final', reconnait: (t) => t.startsWith('npec') },
  { cle: 'statut', libelle: 'Statut', reconnait: (t) => t === 'statut' },
  { cle: 'date', libelle: "Date d'applicabilité", reconnait: (t) => t.startsWith("date d'applicabilite") },
];

const COLONNES_CPNE_IDCC: Colonne<'codeCpne' | 'cpne' | 'idcc'>[] = [
  { cle: 'codeCpne', libelle: 'Code CPNE', reconnait: (t) => t === 'code cpne' },
  { cle: 'cpne', libelle: 'CPNE', reconnait: (t) => t === 'cpne' },
  { cle: 'idcc', libelle: 'IDCC', reconnait: (t) => t === 'idcc' || t.startsWith('code(s) idcc') || t.startsWith('code idcc') },
];

export type Entetes<C extends string> = Record<C, number>;

/** Finds the header row among the first rows of a sheet (titles and notes come before it). */
function chercherEntetes<C extends string>(colonnes: Colonne<C>[], cellules: ValeurCellule[]): { entetes: Entetes<C> } | { manquantes: string[] } {
  const titres = cellules.map((c) => (typeof c === 'string' ? normaliserTexte(c) : ''));
  const entetes = {} as Entetes<C>;
  const manquantes: string[] = [];
  for (const colonne of colonnes) {
    const index = titres.findIndex((t) => colonne.reconnait(t));
    if (index < 0) manquantes.push(colonne.libelle);
    else entetes[colonne.cle] = index;
  }
  return manquantes.length ? { manquantes } : { entetes };
}

export const enTetesNpec = (cellules: ValeurCellule[]) => chercherEntetes(COLONNES_NPEC, cellules);
export const enTetesCpneIdcc = (cellules: ValeurCellule[]) => chercherEntetes(COLONNES_CPNE_IDCC, cellules);
export const LIGNES_AVANT_ENTETES = 30;

export function ligneVide(cellules: ValeurCellule[]): boolean {
  return cellules.every((c) => c === null || (typeof c === 'string' && c.trim() === ''));
}

const texte = (v: ValeurCellule | undefined) => (v === null || v === undefined ? '' : String(v).trim());

/** Excel counts days from 1899-12-30 (its 1900 leap-year bug included): 45488 = 2024-07-15. */
export function dateDepuisExcel(numero: number): string {
  return ajouterJours('1899-12-30', Math.floor(numero));
}

function lireDate(v: ValeurCellule | undefined): string | null {
  if (typeof v === 'number' && v > 0 && v < 2_958_466) return dateDepuisExcel(v);
  const t = texte(v);
  const francaise = /^(\d{2})\/(\d{2})\/(\d{4})$/.exec(t);
  const iso = francaise ? `${francaise[3]}-${francaise[2]}-${francaise[1]}` : t.slice(0, 10);
  return estDateIso(iso) ? iso : null;
}

/** Euros as Excel gives them (a number), or as a text with a French decimal comma and spaces. */
function lireEuros(v: ValeurCellule | undefined): number | null {
  const nombre = typeof v === 'number' ? v : Number(texte(v).replace(/[\s\u00a0\u202f€]/g, '').replace(',', '.'));
  return texte(v) !== '' && Number.isFinite(nombre) ? nombre : null;
}

/** A CPNE code is a number in the file (2, 478…); kept as its digits. */
function lireCodeCpne(v: ValeurCellule | undefined): string | null {
  const t = typeof v === 'number' ? String(v) : texte(v);
  return /^\d+$/.test(t) ? String(Number(t)) : t === '' ? null : t;
}

export type LigneNpec = {
  rncp: string;
  cpne: string;
  libelleCertification: string;
  libelleCpne: string;
  montantCentimes: number;
  statut: string;
  dateApplicabilite: string;
};

export function verifierLigneNpec(entetes: Entetes<(typeof COLONNES_NPEC)[number]['cle']>, cellules: ValeurCellule[]): { ok: true; ligne: LigneNpec } | { ok: false; motifs: string[] } {
  const motifs: string[] = [];
  const rncp = RncpSchema.safeParse(texte(cellules[entetes.rncp]));
  if (!rncp.success) motifs.push(texte(cellules[entetes.rncp]) ? `RNCP « ${texte(cellules[entetes.rncp])} » : ${rncp.error.issues[0]?.message}` : 'Code RNCP manquant');
  const cpne = lireCodeCpne(cellules[entetes.codeCpne]);
  if (cpne === null) motifs.push('Code CPNE manquant');
  const euros = lireEuros(cellules[entetes.montant]);
  if (euros === null || euros <= 0) motifs.push(`NPEC final « ${texte(cellules[entetes.montant])} » : un montant positif en euros est attendu`);
  const date = lireDate(cellules[entetes.date]);
  if (date === null) motifs.push(`Date d'applicabilité « ${texte(cellules[entetes.date])} » illisible (date attendue)`);
  if (motifs.length || !rncp.success || cpne === null || euros === null || date === null) return { ok: false, motifs };
  return {
    ok: true,
    ligne: {
      rncp: rncp.data,
      cpne,
      libelleCertification: texte(cellules[entetes.libelle]),
      libelleCpne: texte(cellules[entetes.cpne]),
      montantCentimes: Math.round(euros * 100),
      statut: texte(cellules[entetes.statut]).toUpperCase(),
      dateApplicabilite: date,
    },
  };
}

export type LigneCpneIdcc = { cpne: string; libelleCpne: string; idcc: string[] };

/** A CPNE may cover several conventions; the cell then lists them ("1516, 1517" or "1516 / 1517"). */
export function verifierLigneCpneIdcc(entetes: Entetes<(typeof COLONNES_CPNE_IDCC)[number]['cle']>, cellules: ValeurCellule[]): { ok: true; ligne: LigneCpneIdcc } | { ok: false; motifs: string[] } {
  const motifs: string[] = [];
  const cpne = lireCodeCpne(cellules[entetes.codeCpne]);
  if (cpne === null) motifs.push('Code CPNE manquant');
  const brut = texte(cellules[entetes.idcc]);
  const idcc = brut.match(/\d+/g)?.map((n) => normaliserIdcc(n)) ?? [];
  if (idcc.length === 0) motifs.push(`IDCC « ${brut} » : un numéro de convention collective est attendu`);
  else if (idcc.some((i) => i.length !== 4 || i === '0000')) motifs.push(`IDCC « ${brut} » : numéro de 1 à 4 chiffres attendu`);
  if (motifs.length || cpne === null) return { ok: false, motifs };
  return { ok: true, ligne: { cpne, libelleCpne: texte(cellules[entetes.cpne]), idcc: [...new Set(idcc)] } };
}
