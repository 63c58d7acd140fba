import type { FastifyReply } from 'fastify';
import { Introuvable } from '../../errors';
import { lireFichier } from './pieces-jointes';

/**
 * Sends an attachment as a download (never displayed inline in the portal's origin), with the type
 * detected on arrival. A file whose bytes no longer match its checksum is not sent (500, logged).
 */
export async function envoyerPieceJointe(reply: FastifyReply, filesDir: string, piece: { nom: string; type: string; cle: string; sha256: string } | undefined) {
  if (!piece) throw new Introuvable('Cette pièce jointe n’existe pas ou ne vous est pas accessible.');
  const octets = await lireFichier(filesDir, piece);
  const ascii = piece.nom.replace(/[^\x20-\x7e]/g, '_').replace(/["\\]/g, '_');
  return reply
    .header('content-type', piece.type)
    .header('content-disposition', `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(piece.nom)}`)
    .header('cache-control', 'private, no-store')
    .send(octets);
}
