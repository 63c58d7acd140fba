import fs from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import fontkit from '@pdf-lib/fontkit';
import { PDFDocument, rgb, type PDFFont, type PDFPage } from 'pdf-lib';

/** DejaVu Sans has every French character (’ « » œ É…), which the 14 standard PDF fonts lack. */
async function lirePolices(): Promise<{ normale: Uint8Array; grasse: Uint8Array }> {
  const dossier = path.join(path.dirname(createRequire(import.meta.url).resolve('dejavu-fonts-ttf/package.json')), 'ttf');
  const [normale, grasse] = await Promise.all([fs.readFile(path.join(dossier, 'DejaVuSans.ttf')), fs.readFile(path.join(dossier, 'DejaVuSans-Bold.ttf'))]);
  return { normale, grasse };
}
let polices: ReturnType<typeof lirePolices> | undefined;

const LARGEUR = 595.28;
const HAUTEUR = 841.89;
const MARGE = 50;
const TAILLE = 9.5;
const INTERLIGNE = 13;

/** Writes lines top to bottom, starting a new page when one is full. */
export class Redaction {
  private page: PDFPage;
  private y = HAUTEUR - MARGE;
  constructor(
    private readonly doc: PDFDocument,
    private readonly normale: PDFFont,
    private readonly grasse: PDFFont,
  ) {
    this.page = doc.addPage([LARGEUR, HAUTEUR]);
  }

  private place(hauteur: number) {
    if (this.y - hauteur >= MARGE) return;
    this.page = this.doc.addPage([LARGEUR, HAUTEUR]);
    this.y = HAUTEUR - MARGE;
  }

  /** Splits on words to the width available; a word longer than a line (a SHA-256) is cut. */
  private lignes(texte: string, police: PDFFont, taille: number, largeur: number): string[] {
    const resultat: string[] = [];
    for (const paragraphe of texte.split('\n')) {
      let courante = '';
      for (const mot of paragraphe.split(' ')) {
        const essai = courante ? `${courante} ${mot}` : mot;
        if (police.widthOfTextAtSize(essai, taille) <= largeur) courante = essai;
        else {
          if (courante) resultat.push(courante);
          courante = mot;
          while (police.widthOfTextAtSize(courante, taille) > largeur && courante.length > 1) {
            let n = courante.length - 1;
            while (n > 1 && police.widthOfTextAtSize(courante.slice(0, n), taille) > largeur) n--;
            resultat.push(courante.slice(0, n));
            courante = courante.slice(n);
          }
        }
      }
      resultat.push(courante);
    }
    return resultat;
  }

  texte(texte: string, options: { gras?: boolean; taille?: number; retrait?: number } = {}) {
    const police = options.gras ? this.grasse : this.normale;
    const taille = options.taille ?? TAILLE;
    const retrait = options.retrait ?? 0;
    for (const ligne of this.lignes(propre(texte), police, taille, LARGEUR - 2 * MARGE - retrait)) {
      this.place(taille + 4);
      this.page.drawText(ligne, { x: MARGE + retrait, y: this.y - taille, size: taille, font: police, color: rgb(0.1, 0.1, 0.1) });
      this.y -= Math.max(INTERLIGNE, taille + 4);
    }
  }

  champ(libelle: string, valeur: string) {
    this.texte(`${libelle} : ${valeur}`, { retrait: 10 });
  }

  titre(texte: string) {
    this.espace(8);
    this.place(40);
    this.texte(texte, { gras: true, taille: 11.5 });
    this.espace(2);
  }

  espace(points: number) {
    this.y -= points;
  }
}

/** Narrow spaces of French number formatting are drawn as ordinary no-break spaces; control characters dropped. */
function propre(texte: string): string {
  // eslint-disable-next-line no-control-regex -- control characters cannot be drawn
  return texte.replace(/\u202f/g, '\u00a0').replace(/\r\n?/g, '\n').replace(/\t/g, ' ').replace(/[\u0000-\u0009\u000b-\u001f\u007f]/g, '');
}

/**
 * A new A4 document of the portal (receipt, decision letter) with its metadata, and the writer of its
 * lines. Only the glyphs used are embedded: a document weighs tens of kilobytes, not the font's 700.
 */
export async function nouveauDocument(m: { titre: string; sujet: string; auteur: string; le: Date }): Promise<{ doc: PDFDocument; redaction: Redaction }> {
  const doc = await PDFDocument.create();
  doc.registerFontkit(fontkit);
  const { normale, grasse } = await (polices ??= lirePolices());
  const redaction = new Redaction(doc, await doc.embedFont(normale, { subset: true }), await doc.embedFont(grasse, { subset: true }));
  doc.setTitle(m.titre);
  doc.setSubject(m.sujet);
  doc.setAuthor(m.auteur);
  doc.setCreator('Mes services en ligne');
  doc.setCreationDate(m.le);
  doc.setModificationDate(m.le);
  return { doc, redaction };
}
