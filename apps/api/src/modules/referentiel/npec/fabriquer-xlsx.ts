import zlib from 'node:zlib';
import type { ValeurCellule } from './xlsx';

/**
 * Writes a minimal but valid xlsx workbook: for tests (a few rows built in the test itself, rather than
 * reading the 730 KB official file in every test file) and for the import benchmark (a synthetic file
 * as large as the real referential). Texts go to the shared strings table, as Excel and LibreOffice do.
 */
export type FeuilleAFabriquer = { nom: string; lignes: ValeurCellule[][] };

const echapper = (texte: string) =>
  texte.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

function lettresColonne(index: number): string {
  let lettres = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) lettres = String.fromCharCode(65 + ((n - 1) % 26)) + lettres;
  return lettres;
}

function xmlFeuille(lignes: ValeurCellule[][], indexChaine: (texte: string) => number): Buffer {
  const morceaux: string[] = [
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>',
  ];
  lignes.forEach((cellules, i) => {
    const numero = i + 1;
    let xml = `<row r="${numero}">`;
    cellules.forEach((v, j) => {
      const ref = `${lettresColonne(j)}${numero}`;
      if (v === null) return;
      if (typeof v === 'number') xml += `<c r="${ref}"><v>${v}</v></c>`;
      else if (typeof v === 'boolean') xml += `<c r="${ref}" t="b"><v>${v ? 1 : 0}</v></c>`;
      else xml += `<c r="${ref}" t="s"><v>${indexChaine(v)}</v></c>`;
    });
    morceaux.push(`${xml}</row>`);
  });
  morceaux.push('</sheetData></worksheet>');
  return Buffer.from(morceaux.join(''));
}

function zip(parties: { nom: string; contenu: Buffer }[]): Buffer {
  const locaux: Buffer[] = [];
  const centraux: Buffer[] = [];
  let offset = 0;
  for (const { nom, contenu } of parties) {
    const nomOctets = Buffer.from(nom);
    const compresse = zlib.deflateRawSync(contenu);
    const crc = zlib.crc32(contenu);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x800, 6);
    local.writeUInt16LE(8, 8);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(compresse.length, 18);
    local.writeUInt32LE(contenu.length, 22);
    local.writeUInt16LE(nomOctets.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(0x800, 8);
    central.writeUInt16LE(8, 10);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(compresse.length, 20);
    central.writeUInt32LE(contenu.length, 24);
    central.writeUInt16LE(nomOctets.length, 28);
    central.writeUInt32LE(offset, 42);
    locaux.push(local, nomOctets, compresse);
    centraux.push(central, nomOctets);
    offset += 30 + nomOctets.length + compresse.length;
  }
  const repertoire = Buffer.concat(centraux);
  const fin = Buffer.alloc(22);
  fin.writeUInt32LE(0x06054b50, 0);
  fin.writeUInt16LE(parties.length, 8);
  fin.writeUInt16LE(parties.length, 10);
  fin.writeUInt32LE(repertoire.length, 12);
  fin.writeUInt32LE(offset, 16);
  return Buffer.concat([...locaux, repertoire, fin]);
}

export function fabriquerXlsx(feuilles: FeuilleAFabriquer[]): Buffer {
  const chaines: string[] = [];
  const indexParChaine = new Map<string, number>();
  const indexChaine = (texte: string) => {
    let index = indexParChaine.get(texte);
    if (index === undefined) {
      index = chaines.push(texte) - 1;
      indexParChaine.set(texte, index);
    }
    return index;
  };
  const xmlFeuilles = feuilles.map((f) => xmlFeuille(f.lignes, indexChaine));
  const texte = (s: string) => Buffer.from(s);
  return zip([
    {
      nom: '[Content_Types].xml',
      contenu: texte(
        `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>${feuilles
          .map((_, i) => `<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`)
          .join('')}<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/></Types>`,
      ),
    },
    {
      nom: '_rels/.rels',
      contenu: texte(
        '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>',
      ),
    },
    {
      nom: 'xl/workbook.xml',
      contenu: texte(
        `<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets>${feuilles
          .map((f, i) => `<sheet name="${echapper(f.nom)}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`)
          .join('')}</sheets></workbook>`,
      ),
    },
    {
      nom: 'xl/_rels/workbook.xml.rels',
      contenu: texte(
        `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${feuilles
          .map((_, i) => `<Relationship Id="rId${i + 1}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`)
          .join('')}<Relationship Id="rId${feuilles.length + 1}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/></Relationships>`,
      ),
    },
    ...xmlFeuilles.map((contenu, i) => ({ nom: `xl/worksheets/sheet${i + 1}.xml`, contenu })),
    {
      nom: 'xl/sharedStrings.xml',
      contenu: texte(
        `<?xml version="1.0" encoding="UTF-8"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="${chaines.length}" uniqueCount="${chaines.length}">${chaines
          .map((c) => `<si><t xml:space="preserve">${echapper(c)}</t></si>`)
          .join('')}</sst>`,
      ),
    },
  ]);
}
