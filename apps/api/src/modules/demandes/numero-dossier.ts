import { formaterNumeroDossier, prefixeDossier } from '@mse/shared/demande/numero';
import type { Dispositif } from '@mse/shared/financement/demande-financement.schema';
import { sql } from 'drizzle-orm';
import type { Db } from '../../db/database';
import { compteursDossiers } from '../../db/schema';

/**
 * The next dossier number of a scheme for the year of sending (in France: a request sent on 1 January
 * at 00:30 belongs to the new year). The counter row is locked by the upsert until the sending commits,
 * so numbers follow each other without gaps or duplicates.
 */
export async function prochainNumeroDossier(db: Db, dispositif: Dispositif, anneeEnFrance: number): Promise<string> {
  const prefixe = prefixeDossier(dispositif);
  const [c] = await db
    .insert(compteursDossiers)
    .values({ prefixe, annee: anneeEnFrance, dernier: 1 })
    .onConflictDoUpdate({ target: [compteursDossiers.prefixe, compteursDossiers.annee], set: { dernier: sql`${compteursDossiers.dernier} + 1` } })
    .returning({ dernier: compteursDossiers.dernier });
  return formaterNumeroDossier(dispositif, anneeEnFrance, c!.dernier);
}
