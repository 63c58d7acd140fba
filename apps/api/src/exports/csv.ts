import { heureDeParis, type ColonneExport, type TypeCellule } from './colonnes';

/**
 * CSV for French Excel: UTF-8 with a BOM (else Excel reads it as Windows-1252), `;` between fields
 * (the comma is the decimal separator), CRLF line ends, fields quoted when they hold `;`, `"`, a line
 * break or edge spaces (quotes doubled). Amounts as 1234,56 and dates as 31/12/2026 (14:05): what a
 * French Excel parses as numbers and dates. A text starting with = + - @ is prefixed with ' so that a
 * spreadsheet never runs it as a formula (CSV injection).
 */
export const BOM = '\uFEFF';
export const SEPARATEUR = ';';
export const FIN_DE_LIGNE = '\r\n';

const deux = (n: number) => String(n).padStart(2, '0');

export function champCsv(texte: string): string {
  const sur = /^[=+\-@\t\r]/.test(texte) ? `'${texte}` : texte;
  return /[";\r\n]|^\s|\s$/.test(sur) ? `"${sur.replaceAll('"', '""')}"` : sur;
}

export function celluleCsv(type: TypeCellule, valeur: unknown): string {
  if (valeur === null || valeur === undefined) return '';
  switch (type) {
    case 'texte':
      return champCsv(String(valeur));
    case 'nombre':
      return String(valeur).replace('.', ',');
    case 'montant': {
      const c = valeur as number;
      const signe = c < 0 ? '-' : '';
      const a = Math.abs(c);
      return `${signe}${Math.trunc(a / 100)},${deux(a % 100)}`;
    }
    case 'date': {
      const [a, m, j] = String(valeur).split('-');
      return `${j}/${m}/${a}`;
    }
    case 'dateHeure': {
      const [a, m, j, h, mi] = heureDeParis(valeur as Date);
      return `${deux(j)}/${deux(m)}/${a} ${deux(h)}:${deux(mi)}`;
    }
  }
}

export function enteteCsv<T>(colonnes: ColonneExport<T>[]): string {
  return BOM + colonnes.map((c) => champCsv(c.titre)).join(SEPARATEUR) + FIN_DE_LIGNE;
}

export function lignesCsv<T>(colonnes: ColonneExport<T>[], lignes: T[]): string {
  let texte = '';
  for (const l of lignes) texte += colonnes.map((c) => celluleCsv(c.type, c.valeur(l))).join(SEPARATEUR) + FIN_DE_LIGNE;
  return texte;
}
