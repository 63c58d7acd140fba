import { messageTaillePieceJointe, TAILLE_MAX_PIECE_JOINTE } from '@mse/shared/aide/piece-jointe';
import type { FastifyRequest } from 'fastify';
import type { z } from 'zod';
import { AppError, type ChampEnErreur } from '../../errors';
import { limitesMultipart, lireFormulaireMultipart as lireMultipart, type FormulaireRecu } from '../../fichiers/multipart';

export type { FormulaireRecu } from '../../fichiers/multipart';

/** One file, cut (not refused) at 5 Mo so the field gets its own message. */
export const LIMITES_MULTIPART = limitesMultipart(TAILLE_MAX_PIECE_JOINTE);

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

/** Reads the text fields and the file "pieceJointe" of a multipart request; other files are ignored. */
export function lireFormulaireMultipart(request: FastifyRequest): Promise<FormulaireRecu> {
  return lireMultipart(request, { champFichier: 'pieceJointe', tailleMax: TAILLE_MAX_PIECE_JOINTE, messageTaille: messageTaillePieceJointe });
}

/** The field messages of a failed parse, in the shape of the API's errors. */
export function champsEnErreur(erreur: z.ZodError): ChampEnErreur[] {
  return erreur.issues.map((i) => ({ chemin: i.path.join('.'), message: i.message }));
}
