import type { Dispositif } from '@mse/shared/financement/demande-financement.schema';
import type { RegleDecisionAutomatique } from '@mse/shared/instruction/decision-automatique';
import { and, asc, eq, isNull, sql } from 'drizzle-orm';
import type { Db } from '../../db/database';
import { branches } from '../../db/schema';
import { reglesDecisionAutomatique } from '../../db/schema-suivi';

/** The switches of one scheme (its default and its branches' overrides), or of all. */
export async function reglesDecision(db: Db, dispositif?: Dispositif): Promise<(RegleDecisionAutomatique & { libelle: string | null; modifieLe: Date })[]> {
  const lignes = await db
    .select({ dispositif: reglesDecisionAutomatique.dispositif, idcc: reglesDecisionAutomatique.idcc, active: reglesDecisionAutomatique.active, libelle: branches.libelle, modifieLe: reglesDecisionAutomatique.modifieLe })
    .from(reglesDecisionAutomatique)
    .leftJoin(branches, eq(branches.idcc, reglesDecisionAutomatique.idcc))
    .where(dispositif ? eq(reglesDecisionAutomatique.dispositif, dispositif) : undefined)
    .orderBy(asc(reglesDecisionAutomatique.dispositif), sql`${reglesDecisionAutomatique.idcc} nulls first`);
  return lignes;
}

export async function branchesConnues(db: Db) {
  return db.select({ idcc: branches.idcc, libelle: branches.libelle }).from(branches).orderBy(asc(branches.idcc));
}

export async function brancheExiste(db: Db, idcc: string): Promise<boolean> {
  return (await db.select({ idcc: branches.idcc }).from(branches).where(eq(branches.idcc, idcc))).length > 0;
}

/** Writes one switch (upsert on scheme × branch), or removes a branch's override. */
export async function ecrireRegle(db: Db, r: { dispositif: Dispositif; idcc: string | null; active: boolean | null; par: string | null; le: Date }): Promise<void> {
  const cible = and(eq(reglesDecisionAutomatique.dispositif, r.dispositif), r.idcc === null ? isNull(reglesDecisionAutomatique.idcc) : eq(reglesDecisionAutomatique.idcc, r.idcc));
  if (r.active === null) {
    await db.delete(reglesDecisionAutomatique).where(cible);
    return;
  }
  await db
    .insert(reglesDecisionAutomatique)
    .values({ dispositif: r.dispositif, idcc: r.idcc, active: r.active, modifiePar: r.par, modifieLe: r.le })
    .onConflictDoUpdate({ target: [reglesDecisionAutomatique.dispositif, reglesDecisionAutomatique.idcc], set: { active: r.active, modifiePar: r.par, modifieLe: r.le } });
}
