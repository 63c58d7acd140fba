import { and, desc, eq, gt, isNull, lte, or } from 'drizzle-orm';
import type { Db } from '../../db/database';
import { actualites } from '../../db/schema';

const publieeA = (now: Date) => and(lte(actualites.publieLe, now), or(isNull(actualites.depublieLe), gt(actualites.depublieLe, now)));

export async function actualitesPubliees(db: Db, now: Date, limite: number) {
  return db
    .select({ id: actualites.id, titre: actualites.titre, resume: actualites.resume, publieLe: actualites.publieLe })
    .from(actualites)
    .where(publieeA(now))
    .orderBy(desc(actualites.publieLe))
    .limit(limite);
}

/** One news item, only while it is published; undefined otherwise (not yet, withdrawn, or unknown). */
export async function actualitePubliee(db: Db, id: string, now: Date) {
  if (!/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(id)) return undefined;
  const [ligne] = await db
    .select({ id: actualites.id, titre: actualites.titre, resume: actualites.resume, contenu: actualites.contenu, publieLe: actualites.publieLe })
    .from(actualites)
    .where(and(eq(actualites.id, id), publieeA(now)));
  return ligne;
}
