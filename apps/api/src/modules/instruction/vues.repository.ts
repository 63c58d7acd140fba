import { and, asc, count, eq } from 'drizzle-orm';
import type { Db } from '../../db/database';
import { vuesEnregistrees } from '../../db/schema-suivi';

export async function vuesDe(db: Db, utilisateurId: string) {
  return db
    .select({ id: vuesEnregistrees.id, nom: vuesEnregistrees.nom, criteres: vuesEnregistrees.criteres })
    .from(vuesEnregistrees)
    .where(eq(vuesEnregistrees.utilisateurId, utilisateurId))
    .orderBy(asc(vuesEnregistrees.nom));
}

export async function nombreDeVues(db: Db, utilisateurId: string): Promise<number> {
  const [l] = await db.select({ n: count() }).from(vuesEnregistrees).where(eq(vuesEnregistrees.utilisateurId, utilisateurId));
  return l?.n ?? 0;
}

/** A view by id, whoever it belongs to (the policy decides), or undefined. */
export async function vueParId(db: Db, id: string) {
  const [v] = await db.select({ id: vuesEnregistrees.id, utilisateurId: vuesEnregistrees.utilisateurId }).from(vuesEnregistrees).where(eq(vuesEnregistrees.id, id));
  return v;
}

/** Saves a view; the same name again replaces its criteres (one name, one view per person). */
export async function enregistrerVue(db: Db, v: { utilisateurId: string; nom: string; criteres: Record<string, string>; now: Date }) {
  const [ligne] = await db
    .insert(vuesEnregistrees)
    .values({ utilisateurId: v.utilisateurId, nom: v.nom, criteres: v.criteres, creeLe: v.now })
    .onConflictDoUpdate({ target: [vuesEnregistrees.utilisateurId, vuesEnregistrees.nom], set: { criteres: v.criteres } })
    .returning({ id: vuesEnregistrees.id, nom: vuesEnregistrees.nom, criteres: vuesEnregistrees.criteres });
  return ligne!;
}

export async function supprimerVue(db: Db, id: string, utilisateurId: string): Promise<void> {
  await db.delete(vuesEnregistrees).where(and(eq(vuesEnregistrees.id, id), eq(vuesEnregistrees.utilisateurId, utilisateurId)));
}
