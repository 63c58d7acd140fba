import { createHash, randomUUID } from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';
import { estTypeFichier, messageTailleFichier, MESSAGE_FICHIER_VIDE, MESSAGE_TYPE_FICHIER, nettoyerNomFichier, type TypeFichier } from '@mse/shared/commun/fichier';
import { fileTypeFromBuffer } from 'file-type';
import type { Config } from '../config/env';
import { stockageS3 } from './stockage-s3';

/** A file as received: its bytes (up to the limit), whether it was longer (then cut), and the name the browser gave. */
export type FichierRecu = { nom: string; octets: Buffer; tronque: boolean };
export type FichierVerifie = { nom: string; octets: Buffer; type: TypeFichier };
export type FichierStocke = { nom: string; type: TypeFichier; taille: number; sha256: string; cle: string };

/** The first segment of a key (a folder of FILES_DIR, a prefix in the bucket), one per kind of upload. */
export type DossierFichiers = 'assistance' | 'demandes' | 'administration';

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
 * Where the bytes live, by key. A backend only moves bytes: the checksum, the keys and the errors the
 * callers see are decided once, below, whatever the backend.
 */
export interface Stockage {
  ecrire(cle: string, octets: Buffer): Promise<void>;
  /** undefined when nothing is stored under the key. */
  lire(cle: string): Promise<Buffer | undefined>;
  /** Nothing stored under the key is not an error: a removal may be retried. */
  supprimer(cle: string): Promise<void>;
}

export class FichierAltere extends Error {}
export class FichierIntrouvable extends Error {}

/**
 * FILES_DIR on the local disk. Written to a temporary name then renamed, so that a crash never leaves
 * half a file under the key; a key that would lead out of the directory is refused.
 */
export function stockageLocal(filesDir: string): Stockage {
  const racine = path.resolve(filesDir);
  const chemin = (cle: string) => {
    const resultat = path.resolve(racine, cle);
    if (!resultat.startsWith(racine + path.sep)) throw new FichierAltere(`clé de fichier hors du dossier : ${cle}`);
    return resultat;
  };
  return {
    async ecrire(cle, octets) {
      const destination = chemin(cle);
      await fs.mkdir(path.dirname(destination), { recursive: true });
      const temporaire = `${destination}.partiel`;
      await fs.writeFile(temporaire, octets, { flag: 'wx', mode: 0o640 });
      await fs.rename(temporaire, destination);
    },
    async lire(cle) {
      try {
        return await fs.readFile(chemin(cle));
      } catch (erreur) {
        if ((erreur as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
        throw erreur;
      }
    },
    async supprimer(cle) {
      await fs.rm(chemin(cle), { force: true });
    },
  };
}

/** One backend per configuration, so that the S3 client and its connections are made once. */
const stockages = new WeakMap<object, Stockage>();

/** The object store when S3_* is configured, FILES_DIR otherwise. */
export function stockageDe(config: Pick<Config, 'filesDir' | 's3'>): Stockage {
  let stockage = stockages.get(config);
  if (!stockage) {
    stockage = config.s3 ? stockageS3(config.s3) : stockageLocal(config.filesDir);
    stockages.set(config, stockage);
  }
  return stockage;
}

/** Stores the bytes under <dossier>/<year>/<random id>: never a name from the client in the key. */
export async function stockerFichier(stockage: Stockage, dossier: DossierFichiers, fichier: FichierVerifie, now: Date): Promise<FichierStocke> {
  const cle = path.posix.join(dossier, String(now.getUTCFullYear()), randomUUID());
  await stockage.ecrire(cle, fichier.octets);
  return { nom: fichier.nom, type: fichier.type, taille: fichier.octets.length, sha256: sha256(fichier.octets), cle };
}

export async function supprimerFichier(stockage: Stockage, cle: string): Promise<void> {
  await stockage.supprimer(cle);
}

/** Reads a stored file back, refusing it if its bytes no longer match the checksum taken on arrival. */
export async function lireFichier(stockage: Stockage, fichier: { cle: string; sha256: string }): Promise<Buffer> {
  const octets = await stockage.lire(fichier.cle);
  if (!octets) throw new FichierIntrouvable(`aucun fichier stocké sous la clé ${fichier.cle}`);
  if (sha256(octets) !== fichier.sha256) throw new FichierAltere(`empreinte différente pour ${fichier.cle}`);
  return octets;
}
