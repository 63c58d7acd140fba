import type { FastifyReply } from 'fastify';
import { Introuvable } from '../../errors';
import type { Stockage } from '../../fichiers/stockage';
import { envoyerFichierStocke } from '../../fichiers/telechargement';

/** An attachment of a support request the caller may see, as a download; 404 for anyone else's. */
export async function envoyerPieceJointe(reply: FastifyReply, stockage: Stockage, piece: { nom: string; type: string; cle: string; sha256: string } | undefined) {
  if (!piece) throw new Introuvable('Cette pièce jointe n’existe pas ou ne vous est pas accessible.');
  return envoyerFichierStocke(reply, stockage, piece);
}
