import { Zip, ZipDeflate, ZipPassThrough, strToU8 } from 'fflate';
import { heureDeParis, type ColonneExport, type TypeCellule } from './colonnes';

/**
 * A minimal XLSX (SpreadsheetML in a zip), written as it goes: the sheet's rows are deflated batch by
 * batch (fflate's streaming Zip), texts inline (no shared-strings table to hold in memory), amounts as
 * numbers with a euro format, dates as Excel serial dates with a French format. One sheet, a bold
 * frozen header row.
 */

const XML = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
const NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const NS_R = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

const FICHIERS_FIXES = (nomFeuille: string): [string, string][] => [
  [
    '[Content_Types].xml',
    `${XML}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/><Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/></Types>`,
  ],
  [
    '_rels/.rels',
    `${XML}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${NS_R}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
  ],
  [
    'xl/workbook.xml',
    `${XML}<workbook xmlns="${NS}" xmlns:r="${NS_R}"><sheets><sheet name="${echapperXml(nomFeuille.slice(0, 31))}" sheetId="1" r:id="rId1"/></sheets></workbook>`,
  ],
  [
    'xl/_rels/workbook.xml.rels',
    `${XML}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${NS_R}/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="${NS_R}/styles" Target="styles.xml"/></Relationships>`,
  ],
  [
    'xl/styles.xml',
    // Styles: 0 normal, 1 bold (header), 2 amount "# ##0,00 €", 3 date dd/mm/yyyy, 4 date and time.
    `${XML}<styleSheet xmlns="${NS}"><numFmts count="3"><numFmt numFmtId="164" formatCode="#,##0.00\\ &quot;€&quot;"/><numFmt numFmtId="165" formatCode="dd/mm/yyyy"/><numFmt numFmtId="166" formatCode="dd/mm/yyyy\\ hh:mm"/></numFmts><fonts count="2"><font><sz val="11"/><name val="Calibri"/></font><font><b/><sz val="11"/><name val="Calibri"/></font></fonts><fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills><borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="5"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/><xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/><xf numFmtId="165" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/><xf numFmtId="166" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/></cellXfs></styleSheet>`,
  ],
];

/** XML-escaped, without the control characters XML 1.0 forbids. */
export function echapperXml(texte: string): string {
  return texte
    // eslint-disable-next-line no-control-regex -- these are exactly the characters to remove
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, '')
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;');
}

/** Days since 1899-12-30 (Excel's epoch, its 1900 leap-year bug included). */
const JOUR_ZERO = Date.UTC(1899, 11, 30);
const serieDuJour = (a: number, m: number, j: number) => (Date.UTC(a, m - 1, j) - JOUR_ZERO) / 86_400_000;

function celluleXlsx(type: TypeCellule, valeur: unknown): string {
  if (valeur === null || valeur === undefined) return '<c/>';
  switch (type) {
    case 'texte':
      return `<c t="inlineStr"><is><t xml:space="preserve">${echapperXml(String(valeur))}</t></is></c>`;
    case 'nombre':
      return `<c><v>${Number(valeur)}</v></c>`;
    case 'montant':
      return `<c s="2"><v>${(valeur as number) / 100}</v></c>`;
    case 'date': {
      const [a, m, j] = String(valeur).split('-').map(Number);
      return `<c s="3"><v>${serieDuJour(a!, m!, j!)}</v></c>`;
    }
    case 'dateHeure': {
      const [a, m, j, h, mi, s] = heureDeParis(valeur as Date);
      return `<c s="4"><v>${serieDuJour(a, m, j) + (h * 3600 + mi * 60 + s) / 86_400}</v></c>`;
    }
  }
}

/**
 * A workbook being written: `ajouter(lignes)` and `terminer()` return the zip bytes produced so far
 * (to be sent at once), so that memory holds one batch, never the file.
 */
export function classeurXlsx<T>(colonnes: ColonneExport<T>[], nomFeuille: string) {
  let morceaux: Uint8Array[] = [];
  let erreur: Error | null = null;
  const zip = new Zip((err, morceau) => {
    if (err) erreur = err;
    else morceaux.push(morceau);
  });
  const prendre = (): Uint8Array[] => {
    if (erreur) throw erreur;
    const pris = morceaux;
    morceaux = [];
    return pris;
  };
  for (const [nom, contenu] of FICHIERS_FIXES(nomFeuille)) {
    const f = new ZipPassThrough(nom);
    zip.add(f);
    f.push(strToU8(contenu), true);
  }
  const feuille = new ZipDeflate('xl/worksheets/sheet1.xml', { level: 6 });
  zip.add(feuille);
  const largeurs = colonnes.map((c, i) => `<col min="${i + 1}" max="${i + 1}" width="${c.largeur ?? Math.max(12, c.titre.length + 2)}" customWidth="1"/>`).join('');
  const entete = `<row>${colonnes.map((c) => `<c t="inlineStr" s="1"><is><t>${echapperXml(c.titre)}</t></is></c>`).join('')}</row>`;
  feuille.push(
    strToU8(
      `${XML}<worksheet xmlns="${NS}"><sheetViews><sheetView workbookViewId="0"><pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/></sheetView></sheetViews><cols>${largeurs}</cols><sheetData>${entete}`,
    ),
  );
  return {
    entete: prendre,
    ajouter(lignes: T[]): Uint8Array[] {
      let xml = '';
      for (const l of lignes) xml += `<row>${colonnes.map((c) => celluleXlsx(c.type, c.valeur(l))).join('')}</row>`;
      feuille.push(strToU8(xml));
      return prendre();
    },
    terminer(): Uint8Array[] {
      feuille.push(strToU8('</sheetData></worksheet>'), true);
      zip.end();
      return prendre();
    },
  };
}
