import type { FastifyRequest } from 'fastify';
import { AppError, DonneesInvalides } from '../errors';
import type { FichierRecu } from './stockage';

/** Room for the text fields around the file, in the announced length of the body. */
const MARGE_CHAMPS = 512 * 1024;

/** Limits given to @fastify/multipart: one file, cut (not refused) at the limit so the field gets its own message. */
export function limitesMultipart(tailleMax: number) {
  return {
    limits: { fileSize: tailleMax, files: 1, fields: 10, fieldSize: 100_000, parts: 11 },
    throwFileSizeLimit: false,
  };
}

export type FormulaireRecu = { champs: Record<string, string>; fichier?: FichierRecu };

export type OptionsFormulaire = {
  /** The name of the file input; other files are ignored. */
  champFichier: string;
  tailleMax: number;
  messageTaille: (octets?: number) => string;
};

/** Reads the text fields and the one file of a multipart request. */
export async function lireFormulaireMultipart(request: FastifyRequest, options: OptionsFormulaire): Promise<FormulaireRecu> {
  if (!request.isMultipart()) {
    throw new AppError(415, 'type_de_contenu', 'Ce formulaire s’envoie au format multipart/form-data.');
  }
  const annonce = Number(request.headers['content-length'] ?? 0);
  if (annonce > options.tailleMax + MARGE_CHAMPS) {
    // Refused before reading megabytes of what can only be too big.
    throw new DonneesInvalides([{ chemin: options.champFichier, message: options.messageTaille(annonce) }]);
  }
  const champs: Record<string, string> = {};
  let fichier: FichierRecu | undefined;
  for await (const part of request.parts()) {
    if (part.type === 'file') {
      const morceaux: Buffer[] = [];
      for await (const morceau of part.file) morceaux.push(morceau as Buffer);
      const octets = Buffer.concat(morceaux);
      // An empty file input sends a part with no name and no bytes: no file.
      if (part.fieldname !== options.champFichier || fichier || (!part.filename && octets.length === 0)) continue;
      fichier = { nom: part.filename, octets, tronque: part.file.truncated };
    } else if (typeof part.value === 'string') {
      champs[part.fieldname] = part.value;
    }
  }
  return { champs, fichier };
}
