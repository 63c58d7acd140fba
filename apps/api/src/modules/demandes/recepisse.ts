import fs from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import fontkit from '@pdf-lib/fontkit';
import { estDateIso, formaterDate } from '@mse/shared/commun/dates';
import { formaterEuros } from '@mse/shared/commun/montant';
import { champsVisibles, lire, type Champ, type Donnees } from '@mse/shared/demande/formulaire/champs';
import { FORMULAIRES } from '@mse/shared/demande/formulaire/formulaires';
import type { Dispositif } from '@mse/shared/financement/demande-financement.schema';
import { formaterSiret } from '@mse/shared/identifiants/siret';
import { formaterTaille } from '@mse/shared/commun/fichier';
import { PDFDocument, rgb, type PDFFont, type PDFPage } from 'pdf-lib';
import { horodatageEnFrance } from './horodatage';

export type DonneesRecepisse = {
  opco: string;
  numero: string;
  dispositif: Dispositif;
  envoyeLe: Date;
  etablissement: { siret: string; raisonSociale: string; ville: string };
  donnees: Donnees;
  pieces: readonly { type: string; nomFichier: string; taille: number; sha256: string }[];
};

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
class Redaction {
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

/** A value as the form showed it: the option's label, "Oui"/"Non", euros, a French date, with its unit. */
export function valeurAffichee(champ: Champ, valeur: unknown): string {
  if (valeur === undefined || valeur === null || valeur === '') return 'Non renseigné';
  if (champ.type === 'oui_non' || typeof valeur === 'boolean') return valeur === true ? 'Oui' : valeur === false ? 'Non' : String(valeur);
  if (champ.type === 'choix') return champ.options?.find((o) => o.code === String(valeur))?.libelle ?? String(valeur);
  if (champ.type === 'montant' && typeof valeur === 'number') return formaterEuros(valeur);
  if (champ.type === 'date' && typeof valeur === 'string' && estDateIso(valeur)) return formaterDate(valeur);
  if (champ.type === 'siret' && typeof valeur === 'string' && /^\d{14}$/.test(valeur)) return formaterSiret(valeur);
  const texte = typeof valeur === 'object' ? JSON.stringify(valeur) : String(valeur);
  return champ.unite && champ.type !== 'montant' ? `${texte} ${champ.unite}` : texte;
}

/**
 * The receipt of a sent request ("récapitulatif"): number, time of sending, establishment, every field
 * the person saw with its value, and each piece with its SHA-256 — what the OPCO received, provable later.
 */
export async function genererRecepisse(r: DonneesRecepisse): Promise<Uint8Array> {
  const definition = FORMULAIRES[r.dispositif];
  const doc = await PDFDocument.create();
  doc.registerFontkit(fontkit);
  const { normale, grasse } = await (polices ??= lirePolices());
  // Only the glyphs used are embedded: a receipt weighs tens of kilobytes, not the font's 700.
  const redaction = new Redaction(doc, await doc.embedFont(normale, { subset: true }), await doc.embedFont(grasse, { subset: true }));
  doc.setTitle(`Récapitulatif de la demande n° ${r.numero}`);
  doc.setSubject(`${definition.titre} — ${r.etablissement.raisonSociale}`);
  doc.setAuthor(r.opco);
  doc.setCreator('Mes services en ligne');
  doc.setCreationDate(r.envoyeLe);
  doc.setModificationDate(r.envoyeLe);

  redaction.texte(`${r.opco} — Mes services en ligne`, { taille: 8.5 });
  redaction.espace(6);
  redaction.texte('Récapitulatif de la demande de financement', { gras: true, taille: 16 });
  redaction.texte(`Dossier n° ${r.numero} — ${definition.titre}`, { gras: true, taille: 12 });
  redaction.texte(`Envoyée le ${horodatageEnFrance(r.envoyeLe)} (heure de Paris)`);
  redaction.texte(`Établissement : ${r.etablissement.raisonSociale}, SIRET ${formaterSiret(r.etablissement.siret)}, ${r.etablissement.ville}`);

  for (const etape of definition.etapes) {
    const champs = champsVisibles(etape, r.donnees);
    if (!champs.length) continue;
    redaction.titre(etape.titre);
    for (const champ of champs) redaction.champ(champ.libelle, valeurAffichee(champ, lire(r.donnees, champ.chemin)));
  }

  redaction.titre('Pièces justificatives');
  const libelles = new Map(definition.piecesRequises(r.donnees).map((p) => [p.type, p.libelle]));
  if (!r.pieces.length) redaction.texte('Aucune pièce déposée.', { retrait: 10 });
  for (const piece of r.pieces) {
    redaction.texte(`${libelles.get(piece.type) ?? piece.type} : ${piece.nomFichier} (${formaterTaille(piece.taille)})`, { retrait: 10 });
    redaction.texte(`SHA-256 : ${piece.sha256}`, { retrait: 20, taille: 8 });
  }
  return doc.save();
}
