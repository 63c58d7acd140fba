import { desc, eq } from 'drizzle-orm';
import type { Db } from '../../db/database';
import { actualites } from '../../db/schema';

export type LigneActualite = typeof actualites.$inferSelect;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Every news item, published or not, the latest publication first (a few dozen a year: no paging). */
export async function listerActualitesAdmin(db: Db): Promise<LigneActualite[]> {
  return db.select().from(actualites).orderBy(desc(actualites.publieLe), desc(actualites.creeLe));
}

export async function trouverActualite(db: Db, id: string): Promise<LigneActualite | undefined> {
  if (!UUID.test(id)) return undefined;
  const [ligne] = await db.select().from(actualites).where(eq(actualites.id, id));
  return ligne;
}
