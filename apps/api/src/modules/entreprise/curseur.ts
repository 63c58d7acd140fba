import type { Ordre, TriEtablissements } from '@mse/shared/entreprise/etablissement.schema';
import { z } from 'zod';

/**
 * Keyset pagination: the cursor is the sort key and the SIRET (unique, the tie-breaker) of the last row
 * shown, with the sort it belongs to. Opaque to the browser (base64url JSON); a cursor from another
 * sort or a tampered one is refused rather than silently giving a wrong page.
 */
export type Curseur = { tri: TriEtablissements; ordre: Ordre; cle: string; siret: string };

const CurseurSchema = z.tuple([z.enum(['raisonSociale', 'ville', 'siret']), z.enum(['asc', 'desc']), z.string().max(300), z.string().regex(/^\d{14}$/)]);

export function encoderCurseur(c: Curseur): string {
  return Buffer.from(JSON.stringify([c.tri, c.ordre, c.cle, c.siret])).toString('base64url');
}

export function decoderCurseur(texte: string): Curseur | null {
  try {
    const parsed = CurseurSchema.safeParse(JSON.parse(Buffer.from(texte, 'base64url').toString('utf8')));
    if (!parsed.success) return null;
    const [tri, ordre, cle, siret] = parsed.data;
    return { tri, ordre, cle, siret };
  } catch {
    return null;
  }
}
