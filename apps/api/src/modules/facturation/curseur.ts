import { ETAPES_REMBOURSEMENT, type EtapeRemboursement } from '@mse/shared/facturation/facturation.schema';
import { z } from 'zod';
import { AppError } from '../../errors';

/**
 * Keyset pagination of the facturation queue: the last row's (cree_le, id), to the microsecond as
 * PostgreSQL writes it, with the step it belongs to. Opaque to the browser; a tampered one is refused.
 */
export type CurseurRemboursements = { etape: EtapeRemboursement | 'toutes'; creeLe: string; id: string };

const CurseurSchema = z.tuple([z.enum([...ETAPES_REMBOURSEMENT, 'toutes']), z.string().regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{6}Z$/), z.uuid()]);

export function encoderCurseur(c: CurseurRemboursements): string {
  return Buffer.from(JSON.stringify([c.etape, c.creeLe, c.id])).toString('base64url');
}

export function decoderCurseur(texte: string | undefined, etape: EtapeRemboursement | 'toutes'): CurseurRemboursements | undefined {
  if (texte === undefined) return undefined;
  try {
    const parsed = CurseurSchema.safeParse(JSON.parse(Buffer.from(texte, 'base64url').toString('utf8')));
    if (parsed.success && parsed.data[0] === etape) return { etape, creeLe: parsed.data[1], id: parsed.data[2] };
  } catch {
    // an unreadable cursor is a bad request, below
  }
  throw new AppError(400, 'requete_invalide', 'Curseur de pagination invalide : revenez à la première page.', [{ chemin: 'apres', message: 'Curseur de pagination invalide.' }]);
}
