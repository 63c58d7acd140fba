import { messageTaillePieceJointe, TAILLE_MAX_PIECE_JOINTE } from '@mse/shared/aide/piece-jointe';
import type { FastifyRequest } from 'fastify';
import type { z } from 'zod';
import { AppError, DonneesInvalides, type ChampEnErreur } from '../../errors';
import type { FichierRecu } from './pieces-jointes';

/** Limits given to @fastify/multipart: one file, cut (not refused) at 5 Mo so the field gets its own message. */
export const LIMITES_MULTIPART = {
  limits: { fileSize: TAILLE_MAX_PIECE_JOINTE, files: 1, fields: 10, fieldSize: 100_000, parts: 11 },
  throwFileSizeLimit: false,
};

/** Room for the text fields around the file, in the announced length of the body. */
const MARGE_CHAMPS = 512 * 1024;

export const EN_TETE_FORMULAIRE = 'x-mse-formulaire';

/**
 * A multipart form is a "simple" request that another site could make a visitor's browser send. Signed
 * in, the CSRF token refuses it (plugins/session.ts); signed out, a custom header does, since a
 * cross-site request carrying it needs a CORS preflight that this server never grants (ADR 0009).
 */
export function exigerFormulaireDuPortail(request: FastifyRequest): void {
  if (request.headers[EN_TETE_FORMULAIRE] !== 'assistance') {
    throw new AppError(403, 'interdit', 'Ce formulaire doit être envoyé depuis le portail : rechargez la page puis réessayez.');
  }
}

export type FormulaireRecu = { champs: Record<string, string>; fichier?: FichierRecu };

/** Reads the text fields and the file "pieceJointe" of a multipart request; other files are ignored. */
export async function lireFormulaireMultipart(request: FastifyRequest): Promise<FormulaireRecu> {
  if (!request.isMultipart()) {
    throw new AppError(415, 'type_de_contenu', 'Ce formulaire s’envoie au format multipart/form-data.');
  }
  const annonce = Number(request.headers['content-length'] ?? 0);
  if (annonce > TAILLE_MAX_PIECE_JOINTE + MARGE_CHAMPS) {
    // Refused before reading 5 Mo of what can only be too big.
    throw new DonneesInvalides([{ chemin: 'pieceJointe', message: messageTaillePieceJointe(annonce) }]);
  }
  const champs: Record<string, string> = {};
  let fichier: FichierRecu | undefined;
  for await (const part of request.parts()) {
    if (part.type === 'file') {
      const morceaux: Buffer[] = [];
      for await (const morceau of part.file) morceaux.push(morceau as Buffer);
      const octets = Buffer.concat(morceaux);
      // An empty file input sends a part with no name and no bytes: no attachment.
      if (part.fieldname !== 'pieceJointe' || fichier || (!part.filename && octets.length === 0)) continue;
      fichier = { nom: part.filename, octets, tronque: part.file.truncated };
    } else if (typeof part.value === 'string') {
      champs[part.fieldname] = part.value;
    }
  }
  return { champs, fichier };
}

/** The field messages of a failed parse, in the shape of the API's errors. */
export function champsEnErreur(erreur: z.ZodError): ChampEnErreur[] {
  return erreur.issues.map((i) => ({ chemin: i.path.join('.'), message: i.message }));
}
