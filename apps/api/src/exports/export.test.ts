import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { heureDeParis, type ColonneExport } from './colonnes';
import { champCsv } from './csv';
import { contenuExport, parLots } from './export';

type Ligne = { nom: string | null; montant: number | null; jour: string | null; quand: Date | null; n: number };
const COLONNES: ColonneExport<Ligne>[] = [
  { titre: 'Nom', type: 'texte', valeur: (l) => l.nom },
  { titre: 'Montant (€)', type: 'montant', valeur: (l) => l.montant },
  { titre: 'Jour', type: 'date', valeur: (l) => l.jour },
  { titre: 'Mise à jour', type: 'dateHeure', valeur: (l) => l.quand },
  { titre: 'N', type: 'nombre', valeur: (l) => l.n },
];
const LIGNES: Ligne[] = [
  { nom: 'Léa Vidal', montant: 123_456, jour: '2026-03-09', quand: new Date('2026-07-01T12:34:00Z'), n: 1.5 },
  { nom: 'Jean "Jo"; Martin\nbis', montant: 5, jour: null, quand: new Date('2026-12-01T23:30:00Z'), n: 2 },
  { nom: '=HYPERLINK("x")', montant: null, jour: '2026-12-31', quand: null, n: 3 },
  { nom: null, montant: -1_050, jour: '1900-03-01', quand: null, n: 4 },
];

async function octets(format: 'csv' | 'xlsx', lignes: Ligne[][]): Promise<Buffer> {
  async function* lots() {
    yield* lignes;
  }
  const morceaux: Buffer[] = [];
  for await (const m of contenuExport(format, COLONNES, lots(), 'Feuille <1>')) morceaux.push(Buffer.from(m));
  return Buffer.concat(morceaux);
}

/** The sheet's cells, read back from the zip: [type, style, value] per cell, row by row. */
function lireXlsx(fichier: Buffer) {
  const zip = unzipSync(new Uint8Array(fichier));
  const feuille = strFromU8(zip['xl/worksheets/sheet1.xml']!);
  const lignes = [...feuille.matchAll(/<row>(.*?)<\/row>/gs)].map(([, row]) =>
    [...row!.matchAll(/<c(?: t="(\w+)")?(?: s="(\d)")?(?:\/>|>(.*?)<\/c>)/gs)].map(([, t, s, contenu]) => {
      if (contenu === undefined) return null;
      if (t === 'inlineStr') return /<t[^>]*>(.*)<\/t>/s.exec(contenu)![1]!.replaceAll('&quot;', '"').replaceAll('&lt;', '<').replaceAll('&gt;', '>').replaceAll('&amp;', '&');
      return { s: Number(s ?? 0), v: Number(/<v>(.*)<\/v>/.exec(contenu)![1]) };
    }),
  );
  return { zip, lignes };
}

describe('exports (CSV et XLSX)', () => {
  it('écrit un CSV pour Excel français : BOM, « ; », CRLF, guillemets, montants et dates à la française, sans formule', async () => {
    const csv = (await octets('csv', [LIGNES.slice(0, 2), LIGNES.slice(2)])).toString('utf8');
    expect(csv.startsWith('\uFEFFNom;Montant (€);Jour;Mise à jour;N\r\n')).toBe(true);
    expect(csv.split('\r\n')).toEqual([
      '\uFEFFNom;Montant (€);Jour;Mise à jour;N',
      'Léa Vidal;1234,56;09/03/2026;01/07/2026 14:34;1,5',
      '"Jean ""Jo""; Martin\nbis";0,05;;02/12/2026 00:30;2',
      `"'=HYPERLINK(""x"")";;31/12/2026;;3`,
      ';-10,50;01/03/1900;;4',
      '',
    ]);
    expect(champCsv(' espace')).toBe('" espace"');
    expect(champCsv('-3')).toBe("'-3");
  });

  it('écrit un XLSX qui se relit : textes, montants en nombres au format euro, dates en dates Excel, en-tête figé', async () => {
    const { zip, lignes } = lireXlsx(await octets('xlsx', [LIGNES.slice(0, 1), [], LIGNES.slice(1)]));
    expect(Object.keys(zip).sort()).toEqual(['[Content_Types].xml', '_rels/.rels', 'xl/_rels/workbook.xml.rels', 'xl/styles.xml', 'xl/workbook.xml', 'xl/worksheets/sheet1.xml']);
    expect(strFromU8(zip['xl/workbook.xml']!)).toContain('name="Feuille &lt;1&gt;"');
    expect(strFromU8(zip['xl/worksheets/sheet1.xml']!)).toContain('state="frozen"');
    expect(lignes[0]).toEqual(['Nom', 'Montant (€)', 'Jour', 'Mise à jour', 'N']);
    // 2026-03-09 is Excel day 46090; 14:34 in Paris is 0.6069… of a day.
    expect(lignes[1]).toEqual(['Léa Vidal', { s: 2, v: 1234.56 }, { s: 3, v: 46090 }, { s: 4, v: expect.closeTo(46204 + (14 * 60 + 34) / 1440, 8) }, { s: 0, v: 1.5 }]);
    expect(lignes[2]![0]).toBe('Jean "Jo"; Martin\nbis');
    expect(lignes[3]).toEqual(['=HYPERLINK("x")', null, { s: 3, v: 46387 }, null, { s: 0, v: 3 }]);
    expect(lignes[4]).toEqual([null, { s: 2, v: -10.5 }, { s: 3, v: 61 }, null, { s: 0, v: 4 }]);
    expect(lignes).toHaveLength(5);
  });

  it('donne l’heure de Paris, changements d’heure compris', () => {
    expect(heureDeParis(new Date('2026-03-29T00:59:59Z'))).toEqual([2026, 3, 29, 1, 59, 59]);
    expect(heureDeParis(new Date('2026-03-29T01:00:00Z'))).toEqual([2026, 3, 29, 3, 0, 0]);
    expect(heureDeParis(new Date('2026-10-25T00:30:00Z'))).toEqual([2026, 10, 25, 2, 30, 0]);
    expect(heureDeParis(new Date('2026-10-25T01:30:00Z'))).toEqual([2026, 10, 25, 2, 30, 0]);
    expect(heureDeParis(new Date('2026-12-31T23:00:00.500Z'))).toEqual([2027, 1, 1, 0, 0, 0]);
  });

  it('lit les lots en suivant le curseur, un lot à la fois, seulement quand le précédent est parti', async () => {
    const lus: (number | null)[] = [];
    const lots = parLots(async (apres: number | null) => {
      lus.push(apres);
      const debut = apres ?? 0;
      const lignes = Array.from({ length: Math.min(3, 7 - debut) }, (_, i) => debut + i);
      return { lignes, suivant: debut + 3 < 7 ? debut + 3 : null };
    });
    const it = lots[Symbol.asyncIterator]();
    expect((await it.next()).value).toEqual([0, 1, 2]);
    expect(lus).toEqual([null]);
    expect((await it.next()).value).toEqual([3, 4, 5]);
    expect((await it.next()).value).toEqual([6]);
    expect((await it.next()).done).toBe(true);
    expect(lus).toEqual([null, 3, 6]);
  });
});
