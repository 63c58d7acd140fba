import type { FastifyReply } from 'fastify';
import { lireFichier, type Stockage } from './stockage';

/** `attachment; filename="…"` with an ASCII fallback and the exact UTF-8 name (RFC 6266). */
export function dispositionPieceJointe(nom: string): string {
  const ascii = nom.replace(/[^\x20-\x7e]/g, '_').replace(/["\\]/g, '_');
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(nom)}`;
}

/**
 * Sends bytes as a download (never displayed inline in the portal's origin), with the type detected
 * on arrival, and never cached by a shared proxy.
 */
export function envoyerEnTelechargement(reply: FastifyReply, fichier: { nom: string; type: string }, octets: Buffer) {
  return reply
    .header('content-type', fichier.type)
    .header('content-disposition', dispositionPieceJointe(fichier.nom))
    .header('cache-control', 'private, no-store')
    .send(octets);
}

/** A stored file whose bytes no longer match its checksum is not sent (500, logged). */
export async function envoyerFichierStocke(reply: FastifyReply, stockage: Stockage, fichier: { nom: string; type: string; cle: string; sha256: string }) {
  return envoyerEnTelechargement(reply, fichier, await lireFichier(stockage, fichier));
}
