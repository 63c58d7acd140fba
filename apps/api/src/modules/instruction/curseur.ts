import { CorbeilleSchema, TriCorbeilleSchema, type Corbeille, type TriCorbeille } from '@mse/shared/instruction/instruction.schema';
import { z } from 'zod';
import { AppError } from '../../errors';

/**
 * Keyset pagination of the back office's queues: the last row's (envoye_le, id), the sort key (oldest
 * sent first: first come, first served — or newest first) and its unique tie-breaker, to the microsecond
 * as PostgreSQL writes it, with the queue and the order it belongs to. Opaque to the browser; a tampered one is refused.
 */
export type CurseurCorbeille = { corbeille: Corbeille; tri: TriCorbeille; envoyeLe: string; id: string };

const CurseurSchema = z.tuple([CorbeilleSchema, TriCorbeilleSchema, z.string().regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{6}Z$/), z.uuid()]);

export function encoderCurseur(c: CurseurCorbeille): string {
  return Buffer.from(JSON.stringify([c.corbeille, c.tri, c.envoyeLe, c.id])).toString('base64url');
}

export function decoderCurseur(texte: string | undefined, corbeille: Corbeille, tri: TriCorbeille): CurseurCorbeille | undefined {
  if (texte === undefined) return undefined;
  try {
    const parsed = CurseurSchema.safeParse(JSON.parse(Buffer.from(texte, 'base64url').toString('utf8')));
    if (parsed.success && parsed.data[0] === corbeille && parsed.data[1] === tri) return { corbeille, tri, envoyeLe: parsed.data[2], id: parsed.data[3] };
  } catch {
    // an unreadable cursor is a bad request, below
  }
  throw new AppError(400, 'requete_invalide', 'Curseur de pagination invalide : revenez à la première page.', [{ chemin: 'apres', message: 'Curseur de pagination invalide.' }]);
}
