import { z } from 'zod';
import type { GroupeStatut } from '@mse/shared/demande/statut';
import { GroupeStatutSchema } from '@mse/shared/demande/liste.schema';

/**
 * Keyset pagination of "Mes financements": the cursor is the last row's (modifie_le, id), the sort key
 * and its unique tie-breaker, with the tab it belongs to. The time is kept as PostgreSQL writes it, to
 * the microsecond: a JavaScript Date (milliseconds) would skip or repeat rows changed within the same
 * millisecond. Opaque to the browser (base64url JSON); a tampered cursor or one from another tab is
 * refused rather than silently giving a wrong page.
 */
export type CurseurFinancements = { groupe: GroupeStatut; modifieLe: string; id: string };

const CurseurSchema = z.tuple([GroupeStatutSchema, z.string().regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{6}Z$/), z.uuid()]);

export function encoderCurseur(c: CurseurFinancements): string {
  return Buffer.from(JSON.stringify([c.groupe, c.modifieLe, c.id])).toString('base64url');
}

export function decoderCurseur(texte: string): CurseurFinancements | null {
  try {
    const parsed = CurseurSchema.safeParse(JSON.parse(Buffer.from(texte, 'base64url').toString('utf8')));
    if (!parsed.success) return null;
    const [groupe, modifieLe, id] = parsed.data;
    return { groupe, modifieLe, id };
  } catch {
    return null;
  }
}
