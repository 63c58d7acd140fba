import fs from 'node:fs/promises';
import { createReadStream } from 'node:fs';
import { Readable } from 'node:stream';
import zlib from 'node:zlib';

/**
 * The few parts of the ZIP format an xlsx file needs (APPNOTE 6.3): the central directory at the end of
 * the file lists every entry with its compressed size and offset, so any entry can be streamed on its
 * own, in any order, whatever the writer put in its local headers (Excel and LibreOffice leave sizes to
 * a trailing data descriptor). Stored and deflated entries only, no encryption, no ZIP64: an xlsx file
 * needs nothing else, and anything else is refused with a sentence rather than misread.
 */
export class ZipIllisible extends Error {}

export type EntreeZip = { nom: string; methode: number; tailleCompressee: number; taille: number; offsetEnTete: number };

const SIGNATURE_FIN = 0x06054b50;
const SIGNATURE_CENTRALE = 0x02014b50;
const SIGNATURE_LOCALE = 0x04034b50;
const METHODE_STOCKEE = 0;
const METHODE_DEFLATE = 8;

async function lirePlage(fichier: fs.FileHandle, position: number, longueur: number): Promise<Buffer> {
  const tampon = Buffer.alloc(longueur);
  const { bytesRead } = await fichier.read(tampon, 0, longueur, position);
  return tampon.subarray(0, bytesRead);
}

export type Zip = { entrees: Map<string, EntreeZip>; lire: (nom: string) => Promise<Readable> };

export async function ouvrirZip(chemin: string): Promise<Zip> {
  const fichier = await fs.open(chemin, 'r');
  try {
    const { size } = await fichier.stat();
    // The end record is 22 bytes, followed by a comment of at most 65 535 bytes.
    const debutFin = Math.max(0, size - 22 - 0xffff);
    const fin = await lirePlage(fichier, debutFin, size - debutFin);
    let positionFin = -1;
    for (let i = fin.length - 22; i >= 0; i--) {
      if (fin.readUInt32LE(i) === SIGNATURE_FIN) {
        positionFin = i;
        break;
      }
    }
    if (positionFin < 0) throw new ZipIllisible("Ce fichier n'est pas un classeur Excel (.xlsx) : son répertoire d'archive est introuvable.");
    const nombre = fin.readUInt16LE(positionFin + 10);
    const tailleRepertoire = fin.readUInt32LE(positionFin + 12);
    const offsetRepertoire = fin.readUInt32LE(positionFin + 16);
    if (nombre === 0xffff || offsetRepertoire === 0xffffffff) throw new ZipIllisible('Archive ZIP64 non prise en charge : enregistrez le classeur à nouveau au format .xlsx.');
    const repertoire = await lirePlage(fichier, offsetRepertoire, tailleRepertoire);

    const entrees = new Map<string, EntreeZip>();
    let p = 0;
    for (let i = 0; i < nombre; i++) {
      if (p + 46 > repertoire.length || repertoire.readUInt32LE(p) !== SIGNATURE_CENTRALE) throw new ZipIllisible('Répertoire de l’archive endommagé : le fichier est-il complet ?');
      const drapeaux = repertoire.readUInt16LE(p + 8);
      const longueurNom = repertoire.readUInt16LE(p + 28);
      const longueurExtra = repertoire.readUInt16LE(p + 30);
      const longueurCommentaire = repertoire.readUInt16LE(p + 32);
      const nom = repertoire.toString(drapeaux & 0x800 ? 'utf8' : 'latin1', p + 46, p + 46 + longueurNom);
      if (drapeaux & 0x1) throw new ZipIllisible('Classeur protégé par un mot de passe : enregistrez-le sans protection.');
      entrees.set(nom, {
        nom,
        methode: repertoire.readUInt16LE(p + 10),
        tailleCompressee: repertoire.readUInt32LE(p + 20),
        taille: repertoire.readUInt32LE(p + 24),
        offsetEnTete: repertoire.readUInt32LE(p + 42),
      });
      p += 46 + longueurNom + longueurExtra + longueurCommentaire;
    }

    const lire = async (nom: string): Promise<Readable> => {
      const entree = entrees.get(nom);
      if (!entree) throw new ZipIllisible(`Partie « ${nom} » absente du classeur.`);
      if (entree.methode !== METHODE_STOCKEE && entree.methode !== METHODE_DEFLATE) {
        throw new ZipIllisible(`Partie « ${nom} » compressée par une méthode non prise en charge (${entree.methode}).`);
      }
      if (entree.tailleCompressee === 0) return Readable.from([]);
      const f = await fs.open(chemin, 'r');
      const local = await lirePlage(f, entree.offsetEnTete, 30).finally(() => f.close());
      if (local.length < 30 || local.readUInt32LE(0) !== SIGNATURE_LOCALE) throw new ZipIllisible(`Partie « ${nom} » endommagée.`);
      const debut = entree.offsetEnTete + 30 + local.readUInt16LE(26) + local.readUInt16LE(28);
      const brut = createReadStream(chemin, { start: debut, end: debut + entree.tailleCompressee - 1, highWaterMark: 256 * 1024 });
      if (entree.methode === METHODE_STOCKEE) return brut;
      const inflation = zlib.createInflateRaw({ chunkSize: 256 * 1024 });
      brut.on('error', (error) => inflation.destroy(error));
      return brut.pipe(inflation);
    };
    return { entrees, lire };
  } finally {
    await fichier.close();
  }
}
