import { ReferentielSchema, type Referentiel } from '@mse/shared/referentiel/referentiel.schema';
import { RUBRIQUES, type Rubrique } from '@mse/shared/referentiel/rubriques';
import { asc, eq, lte, max, sql } from 'drizzle-orm';
import type { Db } from '../../db/database';
import { referentielEntrees, utilisateurs } from '../../db/schema';

export type LigneReferentiel = typeof referentielEntrees.$inferSelect;

/** The referential in the database does not pass the shared schema: an administration error, said plainly. */
export class ReferentielInvalide extends Error {}

/**
 * Rows are only ever added, and each addition takes this lock first: ids are then handed out in commit
 * order, so "every row up to id N" is the same set of rows today and in ten years — a version.
 */
export async function verrouillerReferentiel(db: Db): Promise<void> {
  await db.execute(sql`select pg_advisory_xact_lock(hashtext('referentiel_entrees'))`);
}

/** The version a computation made now uses: the highest id (0 for an empty referential). */
export async function versionCourante(db: Db): Promise<number> {
  const [ligne] = await db.select({ version: max(referentielEntrees.id) }).from(referentielEntrees);
  return ligne?.version ?? 0;
}

export async function lignesDuReferentiel(db: Db, version?: number): Promise<LigneReferentiel[]> {
  return db
    .select()
    .from(referentielEntrees)
    .where(version === undefined ? undefined : lte(referentielEntrees.id, version))
    .orderBy(asc(referentielEntrees.debut), asc(referentielEntrees.id));
}

/** The entry as the rules read it: its own fields, its dates and its source. */
export function entreeDeLigne(ligne: LigneReferentiel): Record<string, unknown> {
  return { ...ligne.valeur, debut: ligne.debut, ...(ligne.fin ? { fin: ligne.fin } : {}), source: ligne.source };
}

/** Builds the referential from rows: a corrected row gives way to the row that replaces it. */
export function assemblerReferentiel(lignes: readonly LigneReferentiel[]): Referentiel {
  const remplacees = new Set(lignes.flatMap((l) => (l.remplaceId === null ? [] : [l.remplaceId])));
  const parRubrique = Object.fromEntries(RUBRIQUES.map((r) => [r, [] as unknown[]])) as Record<Rubrique, unknown[]>;
  for (const ligne of lignes) {
    if (remplacees.has(ligne.id)) continue;
    parRubrique[ligne.rubrique as Rubrique]?.push(entreeDeLigne(ligne));
  }
  const resultat = ReferentielSchema.safeParse(parRubrique);
  if (!resultat.success) {
    const detail = resultat.error.issues.map((i) => `${i.path.join('.')} : ${i.message}`).join(' ; ');
    throw new ReferentielInvalide(`Le référentiel enregistré est incomplet ou invalide (${detail}).`);
  }
  return resultat.data;
}

// A version never changes once written (see verrouillerReferentiel), so a loaded one can be kept.
const caches = new WeakMap<Db, Map<number, Referentiel>>();
const VERSIONS_GARDEES = 8;

/**
 * The shared `Referentiel` as it was at `version` (every row with an id up to it), validated by the
 * shared schema; the current one by default. A decided request recomputes with the version it stored.
 */
export async function chargerReferentiel(db: Db, options: { version?: number } = {}): Promise<Referentiel> {
  const version = options.version ?? (await versionCourante(db));
  let cache = caches.get(db);
  if (!cache) caches.set(db, (cache = new Map()));
  const garde = cache.get(version);
  if (garde) return garde;
  const lignes = await lignesDuReferentiel(db, version);
  const referentiel = assemblerReferentiel(lignes);
  // A version asked beyond the last row does not exist yet: rows added later would belong to it.
  if (lignes.some((l) => l.id === version)) {
    if (cache.size >= VERSIONS_GARDEES) cache.delete(cache.keys().next().value as number);
    cache.set(version, referentiel);
  }
  return referentiel;
}

/** Every row with the name of the person who added it, for the back office's list. */
export async function lignesAvecAuteurs(db: Db): Promise<(LigneReferentiel & { auteur: string | null })[]> {
  const lignes = await db
    .select({ ligne: referentielEntrees, prenom: utilisateurs.prenom, nom: utilisateurs.nom })
    .from(referentielEntrees)
    .leftJoin(utilisateurs, eq(utilisateurs.id, referentielEntrees.creePar))
    .orderBy(asc(referentielEntrees.rubrique), asc(referentielEntrees.debut), asc(referentielEntrees.id));
  return lignes.map(({ ligne, prenom, nom }) => ({ ...ligne, auteur: prenom && nom ? `${prenom} ${nom}` : null }));
}
