import { z } from 'zod';
import type { GroupeStatut } from '@mse/shared/demande/statut';
import { GroupeStatutSchema } from '@mse/shared/demande/liste.schema';
import { OrdreTriSchema, TriFinancementsSchema, type OrdreTri, type TriFinancements } from '@mse/shared/financement/criteres-recherche';
import { DISPOSITIFS } from '@mse/shared/demande/demande.schema';
import { STATUTS_DEMANDE } from '@mse/shared/demande/statut.schema';

/**
 * Keyset pagination of "Mes financements": the cursor is a row's (sort value, id) — the sort key and
 * its unique tie-breaker — with the tab and the sort it belongs to. The sort value is kept as
 * PostgreSQL writes it as text (a time to the microsecond: a JavaScript Date, to the millisecond,
 * would skip or repeat rows changed within the same millisecond). Opaque to the browser (base64url
 * JSON); a tampered cursor, or one from another tab or sort, is refused rather than silently giving a
 * wrong page. Each value is checked against its column's type, so it is always a valid SQL literal.
 */
export type CurseurFinancements = { groupe: GroupeStatut; tri: TriFinancements; ordre: OrdreTri; valeur: string; id: string };

const HORODATAGE = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{6}Z$/;
const JOUR = /^(\d{4}-\d{2}-\d{2}|-infinity)$/;

/** What a sort value must look like, column by column (`valeur` is re-cast in SQL). */
export const FORME_VALEUR: Record<TriFinancements, (v: string) => boolean> = {
  modifie: (v) => HORODATAGE.test(v),
  numero: (v) => v.length <= 100,
  dispositif: (v) => (DISPOSITIFS as readonly string[]).includes(v),
  beneficiaire: (v) => v.length <= 500,
  formation: (v) => v.length <= 500,
  organisme: (v) => v.length <= 500,
  debut: (v) => JOUR.test(v),
  fin: (v) => JOUR.test(v),
  montant: (v) => /^-?\d{1,12}$/.test(v),
  statut: (v) => (STATUTS_DEMANDE as readonly string[]).includes(v),
  etablissement: (v) => v.length <= 500,
};

const CurseurSchema = z.tuple([GroupeStatutSchema, TriFinancementsSchema, OrdreTriSchema, z.string(), z.uuid()]);

export function encoderCurseur(c: CurseurFinancements): string {
  return Buffer.from(JSON.stringify([c.groupe, c.tri, c.ordre, c.valeur, c.id])).toString('base64url');
}

export function decoderCurseur(texte: string): CurseurFinancements | null {
  try {
    const parsed = CurseurSchema.safeParse(JSON.parse(Buffer.from(texte, 'base64url').toString('utf8')));
    if (!parsed.success) return null;
    const [groupe, tri, ordre, valeur, id] = parsed.data;
    if (!FORME_VALEUR[tri](valeur)) return null;
    return { groupe, tri, ordre, valeur, id };
  } catch {
    return null;
  }
}
