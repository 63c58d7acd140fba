import { and, desc, gt, isNull, lte, or } from 'drizzle-orm';
import type { Db } from '../../db/database';
import { actualites } from '../../db/schema';

export async function actualitesPubliees(db: Db, now: Date, limite: number) {
  return db
    .select({ id: actualites.id, titre: actualites.titre, resume: actualites.resume, publieLe: actualites.publieLe })
    .from(actualites)
    .where(and(lte(actualites.publieLe, now), or(isNull(actualites.depublieLe), gt(actualites.depublieLe, now))))
    .orderBy(desc(actualites.publieLe))
    .limit(limite);
}
