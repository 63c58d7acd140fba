import { sql } from 'drizzle-orm';
import type { Db } from '../../db/database';
import { compteursDossiers } from '../../db/schema';

/** Payment batches are numbered per year like dossiers, from the same counters table: LP-2026-000012. */
export const PREFIXE_LOT = 'LP';

export function formaterNumeroLot(annee: number, rang: number): string {
  return `${PREFIXE_LOT}-${annee}-${String(rang).padStart(6, '0')}`;
}

/** The payment reference of a batch's line: the batch number and the line's rank, LP-2026-000012-0003. */
export function referencePaiement(numeroLot: string, ligne: number): string {
  return `${numeroLot}-${String(ligne).padStart(4, '0')}`;
}

/**
 * The next batch number of the year (in France). As in `demandes/numero-dossier.ts` (which is keyed by
 * scheme), the counter row stays locked by the upsert until the batch commits: no gap, no duplicate.
 */
export async function prochainNumeroLot(db: Db, anneeEnFrance: number): Promise<string> {
  const [c] = await db
    .insert(compteursDossiers)
    .values({ prefixe: PREFIXE_LOT, annee: anneeEnFrance, dernier: 1 })
    .onConflictDoUpdate({ target: [compteursDossiers.prefixe, compteursDossiers.annee], set: { dernier: sql`${compteursDossiers.dernier} + 1` } })
    .returning({ dernier: compteursDossiers.dernier });
  return formaterNumeroLot(anneeEnFrance, c!.dernier);
}
