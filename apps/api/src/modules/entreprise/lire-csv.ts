import { Readable, Transform } from 'node:stream';
import { parse, type CsvError } from 'csv-parse';

/**
 * Streaming CSV reading, kept behind this one function so that the parser (csv-parse) can be swapped
 * without touching the import: it yields each record with the number of the line it starts on, or the
 * line that could not be read. Memory stays flat whatever the size of the file.
 */
export type EnregistrementCsv = { ligne: number; champs: string[] } | { ligne: number; illisible: string };

const SEPARATEURS = [';', ',', '\t'] as const;

/** French exports use ";" (the comma is the decimal separator); we take whichever the header line uses most. */
export function detecterSeparateur(premiereLigne: string): string {
  let meilleur: string = SEPARATEURS[0];
  let maximum = 0;
  for (const s of SEPARATEURS) {
    const n = premiereLigne.split(s).length - 1;
    if (n > maximum) [meilleur, maximum] = [s, n];
  }
  return meilleur;
}

const MOTIFS_ILLISIBLE: Record<string, string> = {
  CSV_QUOTE_NOT_CLOSED: 'ligne illisible : un guillemet ouvert n’est jamais fermé',
  CSV_INVALID_CLOSING_QUOTE: 'ligne illisible : un guillemet fermant est suivi d’autres caractères',
  CSV_NON_TRIMABLE_CHAR_AFTER_CLOSING_QUOTE: 'ligne illisible : un guillemet fermant est suivi d’autres caractères',
};

/**
 * Spreadsheets often save CSV in Windows-1252 rather than UTF-8: when the first bytes are not valid
 * UTF-8, the file is decoded as Windows-1252 so that "Nîmes" does not become "N�mes".
 */
function decodeur(premierMorceau: Buffer): Transform | undefined {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(premierMorceau, { stream: true });
    return undefined;
  } catch {
    const decoder = new TextDecoder('windows-1252');
    return new Transform({
      transform(morceau: Buffer, _encodage, suite) {
        suite(null, decoder.decode(morceau, { stream: true }));
      },
      flush(suite) {
        suite(null, decoder.decode());
      },
    });
  }
}

export async function* lireCsv(source: AsyncIterable<Buffer | string>): AsyncGenerator<EnregistrementCsv> {
  const iterateur = source[Symbol.asyncIterator]();
  const premier = await iterateur.next();
  if (premier.done) return;
  const debut = Buffer.isBuffer(premier.value) ? premier.value : Buffer.from(premier.value);
  const texteDebut = debut.toString('utf8').replace(/^\uFEFF/, '');
  const separateur = detecterSeparateur(texteDebut.split(/\r?\n/, 1)[0] ?? '');

  const illisibles: EnregistrementCsv[] = [];
  const parser = parse({
    delimiter: separateur,
    bom: true,
    info: true,
    trim: true,
    relax_quotes: true,
    relax_column_count: true,
    skip_empty_lines: true,
    skip_records_with_empty_values: true,
    skip_records_with_error: true,
    on_skip: (erreur: CsvError | undefined) => {
      if (!erreur) return;
      const ligne = (erreur as CsvError & { lines?: number }).lines ?? 0;
      illisibles.push({ ligne, illisible: MOTIFS_ILLISIBLE[erreur.code] ?? 'ligne illisible' });
    },
  });
  const reste = { [Symbol.asyncIterator]: () => iterateur };
  const flux = Readable.from(
    (async function* () {
      yield debut;
      for await (const morceau of reste) yield morceau;
    })(),
  );
  const transcodeur = decodeur(debut);
  // pipe() does not forward errors: a failing read must end the loop below, not leave it waiting.
  for (const etape of [flux, transcodeur]) etape?.on('error', (erreur) => parser.destroy(erreur));
  (transcodeur ? flux.pipe(transcodeur) : flux).pipe(parser);

  try {
    for await (const { record, info } of parser as AsyncIterable<{ record: string[]; info: { lines: number } }>) {
      while (illisibles.length) yield illisibles.shift()!;
      // info.lines is the line the record ends on; a quoted field may span several lines.
      const sautsDeLigne = record.reduce((n, champ) => n + (champ.match(/\n/g)?.length ?? 0), 0);
      yield { ligne: info.lines - sautsDeLigne, champs: record };
    }
    while (illisibles.length) yield illisibles.shift()!;
  } finally {
    flux.destroy();
  }
}
