import type { DateIso } from '@mse/shared/commun/dates';
import { and, asc, eq, inArray, isNotNull, sql } from 'drizzle-orm';
import type { Db } from '../../db/database';
import { branches, demandes, etablissements, historiqueDemandes } from '../../db/schema';
import { conditionCorbeille, STATUTS_ENGAGES } from '../instruction/instruction.repository';

const JOUR_PARIS = (colonne: unknown) => sql`(${colonne} at time zone 'Europe/Paris')::date`;
const DECISIONS = ['accepter', 'refuser'];

/**
 * Per Monday-started week from `du` (a Monday) to `au`: requests received (sent), decided (accepted or
 * refused, by anyone), and decided automatically (at sending, or by the silence rule): one pass each.
 */
export async function parSemaine(db: Db, du: DateIso, au: DateIso) {
  const recues = await db
    .select({ debut: sql<string>`to_char(date_trunc('week', ${JOUR_PARIS(demandes.envoyeLe)}), 'YYYY-MM-DD')`, n: sql<number>`count(*)::int` })
    .from(demandes)
    .where(and(isNotNull(demandes.envoyeLe), sql`${JOUR_PARIS(demandes.envoyeLe)} between ${du}::date and ${au}::date`))
    .groupBy(sql`1`);
  const decidees = await db
    .select({
      debut: sql<string>`to_char(date_trunc('week', ${JOUR_PARIS(historiqueDemandes.creeLe)}), 'YYYY-MM-DD')`,
      n: sql<number>`count(*)::int`,
      automatiques: sql<number>`(count(*) filter (where ${historiqueDemandes.acteur} = 'automatique'))::int`,
    })
    .from(historiqueDemandes)
    .where(and(inArray(historiqueDemandes.action, DECISIONS), sql`${JOUR_PARIS(historiqueDemandes.creeLe)} between ${du}::date and ${au}::date`))
    .groupBy(sql`1`);
  return { recues, decidees };
}

/** Days from sending to decision of the requests decided in the period: mean and 90th percentile. */
export async function delaisDeDecision(db: Db, du: DateIso, au: DateIso) {
  const duree = sql`extract(epoch from (${demandes.decideLe} - ${demandes.envoyeLe})) / 86400.0`;
  const [l] = await db
    .select({
      nombre: sql<number>`count(*)::int`,
      moyenne: sql<number | null>`round(avg(${duree})::numeric, 1)::float8`,
      p90: sql<number | null>`round((percentile_cont(0.9) within group (order by ${duree}))::numeric, 1)::float8`,
    })
    .from(demandes)
    .where(and(isNotNull(demandes.decideLe), isNotNull(demandes.envoyeLe), sql`${JOUR_PARIS(demandes.decideLe)} between ${du}::date and ${au}::date`));
  return { nombre: l?.nombre ?? 0, moyenneJours: l?.moyenne ?? null, percentile90Jours: l?.p90 ?? null };
}

/** Undecided requests from the 15th day of their legal clock: the queue « Échéance proche », counted. */
export async function dossiersEnAlerte(db: Db, dernierJourEnAlerte: DateIso): Promise<number> {
  const [l] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(demandes)
    .where(and(isNotNull(demandes.numero), conditionCorbeille('echeance_proche', { personnelId: '00000000-0000-0000-0000-000000000000', dernierJourEnAlerte })));
  return l?.n ?? 0;
}

/** What stays committed on the requests decided in the period, per scheme and branch (the establishment's IDCC). */
export async function engagements(db: Db, du: DateIso, au: DateIso) {
  return db
    .select({
      dispositif: demandes.dispositif,
      idcc: etablissements.idcc,
      branche: sql<string>`coalesce(${branches.libelle}, ${etablissements.idcc})`,
      nombre: sql<number>`count(*)::int`,
      montantEngageCentimes: sql<number>`coalesce(sum(${demandes.montantEngageCentimes}), 0)::float8`,
    })
    .from(demandes)
    .innerJoin(etablissements, eq(etablissements.id, demandes.etablissementId))
    .leftJoin(branches, eq(branches.idcc, etablissements.idcc))
    .where(and(inArray(demandes.statut, STATUTS_ENGAGES), isNotNull(demandes.decideLe), sql`${JOUR_PARIS(demandes.decideLe)} between ${du}::date and ${au}::date`))
    .groupBy(demandes.dispositif, etablissements.idcc, branches.libelle)
    .orderBy(asc(demandes.dispositif), asc(etablissements.idcc));
}
