import { OngletRemboursementSchema, TriRemboursementsSchema, type TriRemboursements } from '@mse/shared/remboursement/liste.schema';
import type { StatutRemboursement } from '@mse/shared/remboursement/statut.schema';
import { z } from 'zod';

/**
 * Keyset pagination of « Mes remboursements », as in financements/curseur.ts: the last row's sort key
 * (the claim's time to the microsecond, or its amount) and its id, with the tab and sort it belongs to.
 * Opaque to the browser; a tampered cursor, or one from another tab or sort, is refused.
 */
export type CurseurRemboursements = { onglet: StatutRemboursement; tri: TriRemboursements; cle: string; id: string };

const CurseurSchema = z.tuple([OngletRemboursementSchema, TriRemboursementsSchema, z.string().regex(/^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{6}Z|\d{1,12})$/), z.uuid()]);

export function encoderCurseur(c: CurseurRemboursements): string {
  return Buffer.from(JSON.stringify([c.onglet, c.tri, c.cle, c.id])).toString('base64url');
}

export function decoderCurseur(texte: string): CurseurRemboursements | null {
  try {
    const parsed = CurseurSchema.safeParse(JSON.parse(Buffer.from(texte, 'base64url').toString('utf8')));
    if (!parsed.success) return null;
    const [onglet, tri, cle, id] = parsed.data;
    const estDate = cle.includes('T');
    if (estDate !== tri.startsWith('date')) return null;
    return { onglet, tri, cle, id };
  } catch {
    return null;
  }
}
