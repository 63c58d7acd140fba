import { Readable } from 'node:stream';
import type { FastifyReply } from 'fastify';
import type { ColonneExport, FormatExport } from './colonnes';
import { enteteCsv, lignesCsv } from './csv';
import { classeurXlsx } from './xlsx';

export { FORMATS_EXPORT, type ColonneExport, type FormatExport } from './colonnes';

/** Rows read per query while exporting: a few MB at most in memory, whatever the export's size. */
export const TAILLE_LOT_EXPORT = 2000;

const TYPES: Record<FormatExport, string> = {
  csv: 'text/csv; charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

/**
 * Reads a list batch by batch, following its keyset cursor: `lire(apres)` is the list's own page query
 * (same scope, filters and order), asked for TAILLE_LOT_EXPORT rows at a time. The next batch is read
 * only when the previous one has been sent (the stream pulls).
 */
export async function* parLots<T, C>(lire: (apres: C | null) => Promise<{ lignes: T[]; suivant: C | null }>): AsyncGenerator<T[]> {
  let apres: C | null = null;
  do {
    const page: { lignes: T[]; suivant: C | null } = await lire(apres);
    if (page.lignes.length > 0) yield page.lignes;
    apres = page.suivant;
  } while (apres !== null);
}

/** The bytes of an export, produced as the batches come (nothing is held but the current batch). */
export async function* contenuExport<T>(format: FormatExport, colonnes: ColonneExport<T>[], lots: AsyncIterable<T[]>, nomFeuille: string): AsyncGenerator<Uint8Array | string> {
  if (format === 'csv') {
    yield enteteCsv(colonnes);
    for await (const lignes of lots) yield lignesCsv(colonnes, lignes);
    return;
  }
  const classeur = classeurXlsx(colonnes, nomFeuille);
  yield* classeur.entete();
  for await (const lignes of lots) yield* classeur.ajouter(lignes);
  yield* classeur.terminer();
}

/**
 * Sends an export as a download, streamed: the reply pulls the batches (back-pressure), so 100 000 rows
 * go out with flat memory. `nomFichier` without extension, e.g. "mes-financements-2026-12-02".
 * Usage in a route: `return envoyerExport(reply, { format, nomFichier, colonnes, lots: parLots((apres) => lister(…, apres)) })`.
 */
export function envoyerExport<T>(
  reply: FastifyReply,
  options: { format: FormatExport; nomFichier: string; colonnes: ColonneExport<T>[]; lots: AsyncIterable<T[]>; nomFeuille?: string },
) {
  const { format, nomFichier, colonnes, lots } = options;
  return reply
    .header('content-type', TYPES[format])
    .header('content-disposition', `attachment; filename="${nomFichier}.${format}"`)
    .header('cache-control', 'no-store')
    .send(Readable.from(contenuExport(format, colonnes, lots, options.nomFeuille ?? nomFichier)));
}
