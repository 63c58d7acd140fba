import { formaterNumeroRemboursement, PREFIXE_REMBOURSEMENT } from '@mse/shared/remboursement/numero';
import { sql } from 'drizzle-orm';
import type { Db } from '../../db/database';
import { compteursDossiers } from '../../db/schema';

/**
 * The next reimbursement number of the year (RB-2026-000123), from the yearly counters of dossier
 * numbers (compteurs_dossiers, prefix RB) — the same locked upsert as numero-dossier.ts, which is
 * typed by scheme: numbers follow each other without gaps or duplicates.
 */
export async function prochainNumeroRemboursement(db: Db, anneeEnFrance: number): Promise<string> {
  const [c] = await db
    .insert(compteursDossiers)
    .values({ prefixe: PREFIXE_REMBOURSEMENT, annee: anneeEnFrance, dernier: 1 })
    .onConflictDoUpdate({ target: [compteursDossiers.prefixe, compteursDossiers.annee], set: { dernier: sql`${compteursDossiers.dernier} + 1` } })
    .returning({ dernier: compteursDossiers.dernier });
  return formaterNumeroRemboursement(anneeEnFrance, c!.dernier);
}
