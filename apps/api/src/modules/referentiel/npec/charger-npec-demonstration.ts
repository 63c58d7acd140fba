import { fileURLToPath } from 'node:url';
import { count } from 'drizzle-orm';
import type { Database } from '../../../db/database';
import { npec } from '../../../db/schema';
import { importerNpec, resumerRapportNpec } from './importer-npec';

/**
 * France compétences' referential of 15 July 2024 as published in ../shared/data (public data), shipped
 * with the code so that a fresh demo database has real NPEC rows without any download.
 */
export const FICHIER_NPEC_DEMONSTRATION = fileURLToPath(new URL('./donnees/referentiel-npec-2024-07-15.xlsx', import.meta.url));

/**
 * The demo loads the whole file, once, into an empty NPEC table: it takes about a second (the file is
 * streamed), so the first start stays quick and nothing is limited to the demo branches.
 */
export async function chargerNpecDeDemonstration(database: Database, log: (ligne: string) => void): Promise<boolean> {
  const [existant] = await database.db.select({ n: count() }).from(npec);
  if ((existant?.n ?? 0) > 0) return false;
  const rapport = await importerNpec(database, FICHIER_NPEC_DEMONSTRATION);
  log(`Référentiel NPEC de démonstration chargé. ${resumerRapportNpec(rapport)}`);
  return true;
}
