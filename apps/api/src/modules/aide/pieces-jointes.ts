import { createHash, randomUUID } from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';
import {
  estTypePieceJointe, messageTaillePieceJointe, MESSAGE_PIECE_JOINTE_VIDE, MESSAGE_TYPE_PIECE_JOINTE, nettoyerNomFichier, type TypePieceJointe,
} from '@mse/shared/aide/piece-jointe';
import { fileTypeFromBuffer } from 'file-type';

/** A file as received: its bytes (up to the limit), whether it was longer (then cut), and the name the browser gave. */
export type FichierRecu = { nom: string; octets: Buffer; tronque: boolean };
export type PieceJointeVerifiee = { nom: string; octets: Buffer; type: TypePieceJointe };
export type PieceJointeStockee = { nom: string; type: TypePieceJointe; taille: number; sha256: string; cle: string };

/**
 * The type is read from the file's own bytes (file-type): a renamed .exe is not a PDF, whatever its
 * name or the type the browser declared. Returns the message for the field when the file is refused.
 */
export async function verifierFichier(fichier: FichierRecu): Promise<PieceJointeVerifiee | { erreur: string }> {
  if (fichier.tronque) return { erreur: messageTaillePieceJointe() };
  if (fichier.octets.length === 0) return { erreur: MESSAGE_PIECE_JOINTE_VIDE };
  const detecte = await fileTypeFromBuffer(fichier.octets);
  if (!estTypePieceJointe(detecte?.mime)) return { erreur: MESSAGE_TYPE_PIECE_JOINTE };
  return { nom: nettoyerNomFichier(fichier.nom), octets: fichier.octets, type: detecte.mime };
}

const sha256 = (octets: Buffer) => createHash('sha256').update(octets).digest('hex');

/**
 * Writes the bytes under FILES_DIR/assistance/<year>/<random id>: never a name from the client in the
 * path. Written to a temporary name then renamed, so that a crash never leaves half a file under the key.
 */
export async function stockerFichier(filesDir: string, piece: PieceJointeVerifiee, now: Date): Promise<PieceJointeStockee> {
  const cle = path.posix.join('assistance', String(now.getUTCFullYear()), randomUUID());
  const chemin = path.join(filesDir, cle);
  await fs.mkdir(path.dirname(chemin), { recursive: true });
  const temporaire = `${chemin}.partiel`;
  await fs.writeFile(temporaire, piece.octets, { flag: 'wx', mode: 0o640 });
  await fs.rename(temporaire, chemin);
  return { nom: piece.nom, type: piece.type, taille: piece.octets.length, sha256: sha256(piece.octets), cle };
}

export async function supprimerFichier(filesDir: string, cle: string): Promise<void> {
  await fs.rm(path.join(filesDir, cle), { force: true });
}

export class FichierAltere extends Error {}

/** Reads a stored file back, refusing it if its bytes no longer match the checksum taken on arrival. */
export async function lireFichier(filesDir: string, piece: { cle: string; sha256: string }): Promise<Buffer> {
  const racine = path.resolve(filesDir);
  const chemin = path.resolve(racine, piece.cle);
  if (!chemin.startsWith(racine + path.sep)) throw new FichierAltere(`clé de fichier hors du dossier : ${piece.cle}`);
  const octets = await fs.readFile(chemin);
  if (sha256(octets) !== piece.sha256) throw new FichierAltere(`empreinte différente pour ${piece.cle}`);
  return octets;
}
