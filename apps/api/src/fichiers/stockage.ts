import { createHash, randomUUID } from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';
import { estTypeFichier, messageTailleFichier, MESSAGE_FICHIER_VIDE, MESSAGE_TYPE_FICHIER, nettoyerNomFichier, type TypeFichier } from '@mse/shared/commun/fichier';
import { fileTypeFromBuffer } from 'file-type';

/** A file as received: its bytes (up to the limit), whether it was longer (then cut), and the name the browser gave. */
export type FichierRecu = { nom: string; octets: Buffer; tronque: boolean };
export type FichierVerifie = { nom: string; octets: Buffer; type: TypeFichier };
export type FichierStocke = { nom: string; type: TypeFichier; taille: number; sha256: string; cle: string };

/** The folders of FILES_DIR, one per kind of upload. */
export type DossierFichiers = 'assistance' | 'demandes';

/**
 * The type is read from the file's own bytes (file-type): a renamed .exe is not a PDF, whatever its
 * name or the type the browser declared. Returns the message for the field when the file is refused.
 */
export async function verifierFichier(fichier: FichierRecu, tailleMax: number): Promise<FichierVerifie | { erreur: string }> {
  if (fichier.tronque || fichier.octets.length > tailleMax) return { erreur: messageTailleFichier(tailleMax) };
  if (fichier.octets.length === 0) return { erreur: MESSAGE_FICHIER_VIDE };
  const detecte = await fileTypeFromBuffer(fichier.octets);
  if (!estTypeFichier(detecte?.mime)) return { erreur: MESSAGE_TYPE_FICHIER };
  return { nom: nettoyerNomFichier(fichier.nom), octets: fichier.octets, type: detecte.mime };
}

const sha256 = (octets: Buffer) => createHash('sha256').update(octets).digest('hex');

/**
 * Writes the bytes under FILES_DIR/<dossier>/<year>/<random id>: never a name from the client in the
 * path. Written to a temporary name then renamed, so that a crash never leaves half a file under the key.
 */
export async function stockerFichier(filesDir: string, dossier: DossierFichiers, fichier: FichierVerifie, now: Date): Promise<FichierStocke> {
  const cle = path.posix.join(dossier, String(now.getUTCFullYear()), randomUUID());
  const chemin = path.join(filesDir, cle);
  await fs.mkdir(path.dirname(chemin), { recursive: true });
  const temporaire = `${chemin}.partiel`;
  await fs.writeFile(temporaire, fichier.octets, { flag: 'wx', mode: 0o640 });
  await fs.rename(temporaire, chemin);
  return { nom: fichier.nom, type: fichier.type, taille: fichier.octets.length, sha256: sha256(fichier.octets), cle };
}

export async function supprimerFichier(filesDir: string, cle: string): Promise<void> {
  await fs.rm(path.join(filesDir, cle), { force: true });
}

export class FichierAltere extends Error {}

/** Reads a stored file back, refusing it if its bytes no longer match the checksum taken on arrival. */
export async function lireFichier(filesDir: string, fichier: { cle: string; sha256: string }): Promise<Buffer> {
  const racine = path.resolve(filesDir);
  const chemin = path.resolve(racine, fichier.cle);
  if (!chemin.startsWith(racine + path.sep)) throw new FichierAltere(`clé de fichier hors du dossier : ${fichier.cle}`);
  const octets = await fs.readFile(chemin);
  if (sha256(octets) !== fichier.sha256) throw new FichierAltere(`empreinte différente pour ${fichier.cle}`);
  return octets;
}
