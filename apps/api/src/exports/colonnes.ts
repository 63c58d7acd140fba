/**
 * What an export writes, column by column, whatever the format. A cell is typed so that each format
 * writes it the way the spreadsheet reads it: amounts and dates stay numbers and dates in Excel.
 */
export type TypeCellule = 'texte' | 'nombre' | 'montant' | 'date' | 'dateHeure';

export type Cellule =
  | { type: 'texte'; valeur: string | null }
  | { type: 'nombre'; valeur: number | null }
  /** In cents: written in euros, two decimals. */
  | { type: 'montant'; valeur: number | null }
  /** A calendar day, YYYY-MM-DD. */
  | { type: 'date'; valeur: string | null }
  /** An instant, written as Paris local time. */
  | { type: 'dateHeure'; valeur: Date | null };

export type ColonneExport<T> = {
  titre: string;
  type: TypeCellule;
  valeur: (ligne: T) => Cellule['valeur'];
  /** Width in characters (XLSX only). */
  largeur?: number;
};

export const FORMATS_EXPORT = ['csv', 'xlsx'] as const;
export type FormatExport = (typeof FORMATS_EXPORT)[number];

const PARIS = new Intl.DateTimeFormat('fr-FR', {
  timeZone: 'Europe/Paris',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

const HEURE_MS = 3_600_000;
/** Paris's offset from UTC (ms) for each UTC hour met: it only changes on the hour, Intl is asked once per hour. */
const decalages = new Map<number, number>();

function decalageParis(instant: Date): number {
  const heure = Math.floor(instant.getTime() / HEURE_MS);
  let d = decalages.get(heure);
  if (d === undefined) {
    const debut = new Date(heure * HEURE_MS);
    const p: Record<string, number> = {};
    for (const part of PARIS.formatToParts(debut)) if (part.type !== 'literal') p[part.type] = Number(part.value);
    d = Date.UTC(p.year!, p.month! - 1, p.day!, p.hour!, p.minute!) - debut.getTime();
    if (decalages.size > 100_000) decalages.clear();
    decalages.set(heure, d);
  }
  return d;
}

/** The wall-clock time in Paris of an instant: [year, month, day, hour, minute, second]. */
export function heureDeParis(instant: Date): [number, number, number, number, number, number] {
  const t = new Date(instant.getTime() + decalageParis(instant));
  return [t.getUTCFullYear(), t.getUTCMonth() + 1, t.getUTCDate(), t.getUTCHours(), t.getUTCMinutes(), t.getUTCSeconds()];
}
