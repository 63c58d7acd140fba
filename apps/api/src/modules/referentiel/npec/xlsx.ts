import type { Readable } from 'node:stream';
import { SaxesParser, type SaxesTagPlain } from 'saxes';
import { ouvrirZip, ZipIllisible } from './zip';

/**
 * Reads the rows of an xlsx sheet as a stream: the sheet's XML is inflated and parsed chunk by chunk
 * (saxes), so memory stays flat whatever the number of rows; only the shared strings table (the
 * distinct texts of the workbook) is held. Values come as Excel stores them: numbers (dates are day
 * numbers), texts, booleans; formulas give their cached result.
 */
export type ValeurCellule = string | number | boolean | null;
export type LigneFeuille = { numero: number; cellules: ValeurCellule[] };
export type Classeur = { feuilles: string[]; lireFeuille: (nom: string) => AsyncGenerator<LigneFeuille> };

export class ClasseurIllisible extends Error {}

const nomLocal = (tag: { name: string }) => tag.name.slice(tag.name.indexOf(':') + 1);

/** Feeds a whole XML part to a parser; for the small parts (workbook, relations, shared strings). */
async function analyser(flux: Readable, brancher: (parser: SaxesParser) => void): Promise<void> {
  const parser = new SaxesParser({ position: false, xmlns: false });
  brancher(parser);
  const decodeur = new TextDecoder('utf-8');
  for await (const morceau of flux) parser.write(decodeur.decode(morceau as Buffer, { stream: true }));
  parser.write(decodeur.decode());
  parser.close();
}

/** "AB12" → 27 (0-based column of a cell reference). */
export function indexColonne(reference: string): number {
  let index = 0;
  for (const caractere of reference) {
    const code = caractere.charCodeAt(0);
    if (code < 65 || code > 90) break;
    index = index * 26 + (code - 64);
  }
  return index - 1;
}

function cheminPartie(cible: string): string {
  if (cible.startsWith('/')) return cible.slice(1);
  const parties: string[] = ['xl'];
  for (const morceau of cible.split('/')) {
    if (morceau === '..') parties.pop();
    else if (morceau !== '.') parties.push(morceau);
  }
  return parties.join('/');
}

async function lireChainesPartagees(flux: Readable): Promise<string[]> {
  const chaines: string[] = [];
  let courante: string | null = null;
  let dansTexte = false;
  // Phonetic runs (<rPh>) annotate Japanese text; their <t> is not part of the cell's value.
  let dansPhonetique = false;
  await analyser(flux, (parser) => {
    parser.on('opentag', (tag: SaxesTagPlain) => {
      const nom = nomLocal(tag);
      if (nom === 'si') courante = '';
      else if (nom === 'rPh') dansPhonetique = true;
      else if (nom === 't' && !dansPhonetique) dansTexte = !tag.isSelfClosing;
    });
    parser.on('closetag', (tag: SaxesTagPlain) => {
      const nom = nomLocal(tag);
      if (nom === 'si') {
        chaines.push(courante ?? '');
        courante = null;
      } else if (nom === 'rPh') dansPhonetique = false;
      else if (nom === 't') dansTexte = false;
    });
    const texte = (t: string) => {
      if (dansTexte && courante !== null) courante += t;
    };
    parser.on('text', texte);
    parser.on('cdata', texte);
  });
  return chaines;
}

export async function ouvrirClasseur(chemin: string): Promise<Classeur> {
  let zip: Awaited<ReturnType<typeof ouvrirZip>>;
  try {
    zip = await ouvrirZip(chemin);
  } catch (error) {
    if (error instanceof ZipIllisible) throw new ClasseurIllisible(error.message);
    throw error;
  }
  if (!zip.entrees.has('xl/workbook.xml')) throw new ClasseurIllisible("Ce fichier n'est pas un classeur Excel (.xlsx) : il ne contient pas de classeur.");

  const feuillesParRelation = new Map<string, string>();
  await analyser(await zip.lire('xl/workbook.xml'), (parser) => {
    parser.on('opentag', (tag: SaxesTagPlain) => {
      if (nomLocal(tag) !== 'sheet') return;
      const relation = Object.entries(tag.attributes).find(([nom]) => nom === 'r:id' || nom.endsWith(':id'))?.[1];
      if (tag.attributes.name && relation) feuillesParRelation.set(relation, tag.attributes.name);
    });
  });
  const partieParFeuille = new Map<string, string>();
  let partieChaines: string | undefined;
  if (zip.entrees.has('xl/_rels/workbook.xml.rels')) {
    await analyser(await zip.lire('xl/_rels/workbook.xml.rels'), (parser) => {
      parser.on('opentag', (tag: SaxesTagPlain) => {
        const { Id: id, Target: cible, Type: type } = tag.attributes;
        if (nomLocal(tag) !== 'Relationship' || !id || !cible) return;
        const feuille = feuillesParRelation.get(id);
        if (feuille !== undefined) partieParFeuille.set(feuille, cheminPartie(cible));
        if (type?.endsWith('/sharedStrings')) partieChaines = cheminPartie(cible);
      });
    });
  }
  partieChaines ??= zip.entrees.has('xl/sharedStrings.xml') ? 'xl/sharedStrings.xml' : undefined;
  const chaines = partieChaines ? await lireChainesPartagees(await zip.lire(partieChaines)) : [];

  async function* lireFeuille(nom: string): AsyncGenerator<LigneFeuille> {
    const partie = partieParFeuille.get(nom);
    if (!partie) throw new ClasseurIllisible(`Onglet « ${nom} » absent du classeur.`);
    const flux = await zip.lire(partie);
    const pretes: LigneFeuille[] = [];
    let ligne: LigneFeuille | null = null;
    let numeroPrecedent = 0;
    let colonne = 0;
    let type = 'n';
    let texte = '';
    let capture = false;
    let dansInline = false;

    const parser = new SaxesParser({ position: false, xmlns: false });
    parser.on('opentag', (tag: SaxesTagPlain) => {
      switch (nomLocal(tag)) {
        case 'row':
          numeroPrecedent = Number(tag.attributes.r) || numeroPrecedent + 1;
          ligne = { numero: numeroPrecedent, cellules: [] };
          break;
        case 'c':
          colonne = tag.attributes.r ? indexColonne(tag.attributes.r) : (ligne?.cellules.length ?? 0);
          type = tag.attributes.t ?? 'n';
          texte = '';
          break;
        case 'v':
          capture = !tag.isSelfClosing;
          break;
        case 'is':
          dansInline = true;
          break;
        case 't':
          capture = dansInline && !tag.isSelfClosing;
          break;
        case 'rPh':
          dansInline = false;
          break;
      }
    });
    parser.on('closetag', (tag: SaxesTagPlain) => {
      switch (nomLocal(tag)) {
        case 'v':
        case 't':
          capture = false;
          break;
        case 'is':
          dansInline = false;
          break;
        case 'c':
          if (ligne) {
            while (ligne.cellules.length < colonne) ligne.cellules.push(null);
            ligne.cellules[colonne] = valeur(type, texte, chaines);
          }
          break;
        case 'row':
          if (ligne) pretes.push(ligne);
          ligne = null;
          break;
      }
    });
    const surTexte = (t: string) => {
      if (capture) texte += t;
    };
    parser.on('text', surTexte);
    parser.on('cdata', surTexte);

    const decodeur = new TextDecoder('utf-8');
    for await (const morceau of flux) {
      parser.write(decodeur.decode(morceau as Buffer, { stream: true }));
      // Rows are handed over chunk by chunk: the consumer's pace (database writes) holds the reading.
      yield* pretes.splice(0);
    }
    parser.write(decodeur.decode());
    parser.close();
    yield* pretes.splice(0);
  }

  return { feuilles: [...feuillesParRelation.values()], lireFeuille };
}

function valeur(type: string, texte: string, chaines: string[]): ValeurCellule {
  switch (type) {
    case 's':
      return chaines[Number(texte)] ?? null;
    case 'inlineStr':
    case 'str':
    case 'd':
      return texte;
    case 'b':
      return texte === '1';
    case 'e':
      return null;
    default:
      return texte === '' ? null : Number(texte);
  }
}
