import { statutsDuGroupe, type GroupeStatut } from '@mse/shared/demande/statut';
import type { StatutDemande } from '@mse/shared/demande/statut.schema';
import { ORDRE_PAR_DEFAUT, type CriteresFinancements, type OrdreTri, type TriFinancements } from '@mse/shared/financement/criteres-recherche';
import { and, count, eq, inArray, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../../db/database';
import { demandes, etablissements } from '../../db/schema';
import { demandeVisiblePar } from '../../policies/demandes';
import type { Employeur } from '../../policies/espaces';
import type { CurseurFinancements } from './curseur';

/** Which page: the first, after or before a cursor, or the last one. */
export type PositionPage = { apres: CurseurFinancements } | { avant: CurseurFinancements } | { fin: true } | null;

export type RechercheFinancementsValidee = {
  groupe: GroupeStatut;
  taille: number;
  tri: TriFinancements;
  ordre?: OrdreTri | undefined;
  position: PositionPage;
  criteres: CriteresFinancements;
};

/**
 * The sort columns: the SQL expression sorted on (nulls made comparable: '' for texts, -infinity for
 * dates, -1 for amounts, so that the keyset comparison is a plain row comparison), the type a cursor's
 * text value is cast back to, and that text value read exactly (the microsecond for a time).
 */
const TRIS: Record<TriFinancements, { expr: SQL; type: SQL | null; exact: SQL<string> }> = {
  modifie: {
    expr: sql`${demandes.modifieLe}`,
    type: sql`timestamptz`,
    exact: sql<string>`to_char(${demandes.modifieLe} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`,
  },
  numero: texte(sql`${demandes.numero}`),
  dispositif: { expr: sql`${demandes.dispositif}`, type: sql`dispositif`, exact: sql<string>`${demandes.dispositif}::text` },
  beneficiaire: texte(sql`${demandes.beneficiaire}`),
  formation: texte(sql`${demandes.intituleFormation}`),
  organisme: texte(sql`${demandes.organisme}`),
  debut: jour(sql`${demandes.dateDebut}`),
  fin: jour(sql`${demandes.dateFin}`),
  montant: {
    expr: sql`coalesce(${demandes.montantEngageCentimes}, ${demandes.montantEstimeCentimes}, -1)`,
    type: sql`integer`,
    exact: sql<string>`coalesce(${demandes.montantEngageCentimes}, ${demandes.montantEstimeCentimes}, -1)::text`,
  },
  statut: { expr: sql`${demandes.statut}`, type: sql`statut_demande`, exact: sql<string>`${demandes.statut}::text` },
  etablissement: texte(sql`${etablissements.raisonSociale}`),
};

function texte(colonne: SQL) {
  const expr = sql`coalesce(lower(${colonne}), '')`;
  return { expr, type: null, exact: sql<string>`${expr}` };
}
function jour(colonne: SQL) {
  const expr = sql`coalesce(${colonne}, '-infinity'::date)`;
  return { expr, type: sql`date`, exact: sql<string>`${expr}::text` };
}

/** `%`, `_` and `\` taken literally in a LIKE pattern. */
const motif = (t: string) => `%${t.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
const sansAccent = (colonne: SQL) => sql`lower(f_unaccent(${colonne}))`;
/** Every word of `t` in the column, accents and case aside. */
const contientLesMots = (colonne: SQL, t: string) =>
  and(...t.split(' ').map((m) => sql`${sansAccent(colonne)} like lower(f_unaccent(${motif(m)}))`));

/**
 * How close a typed word must be to a stretch of the beneficiary's name (pg_trgm's word_similarity,
 * accents and case aside). Trigrams are harsh on short names: one letter missing or changed in a
 * six-letter name scores 0.4 to 0.45, an unrelated name under 0.3 on the demo data.
 */
export const SEUIL_NOM = 0.4;

/**
 * The criteria as SQL conditions. The beneficiary's name tolerates accents and typos: each word typed
 * must match a stretch of the name closely enough (`<%`, at SEUIL_NOM: see `avecSeuilNom`), or appear
 * in it (LIKE) — both answered by the trigram index on lower(f_unaccent(beneficiaire)).
 */
export function conditionsCriteres(c: CriteresFinancements): (SQL | undefined)[] {
  const chiffres = c.organisme?.replace(/\s/g, '');
  const siretEtablissement = c.etablissement?.replace(/\s/g, '');
  return [
    c.numero ? sql`${demandes.numero} ilike ${motif(c.numero.replace(/\s/g, ''))}` : undefined,
    c.dispositif ? eq(demandes.dispositif, c.dispositif) : undefined,
    c.statut ? eq(demandes.statut, c.statut) : undefined,
    c.beneficiaire
      ? and(
          ...c.beneficiaire.split(' ').map(
            (m) =>
              sql`(lower(f_unaccent(${m})) <% ${sansAccent(sql`${demandes.beneficiaire}`)} or ${sansAccent(sql`${demandes.beneficiaire}`)} like lower(f_unaccent(${motif(m)})))`,
          ),
        )
      : undefined,
    c.formation ? contientLesMots(sql`${demandes.intituleFormation}`, c.formation) : undefined,
    c.organisme
      ? chiffres && /^\d{14}$/.test(chiffres)
        ? eq(demandes.organismeSiret, chiffres)
        : chiffres && /^\d{9}$/.test(chiffres)
          ? sql`${demandes.organismeSiret} like ${`${chiffres}%`}`
          : contientLesMots(sql`${demandes.organisme}`, c.organisme)
      : undefined,
    c.etablissement
      ? siretEtablissement && /^\d{14}$/.test(siretEtablissement)
        ? eq(etablissements.siret, siretEtablissement)
        : contientLesMots(sql`${etablissements.raisonSociale} || ' ' || ${etablissements.ville}`, c.etablissement)
      : undefined,
    c.debutDu ? sql`${demandes.dateDebut} >= ${c.debutDu}::date` : undefined,
    c.debutAu ? sql`${demandes.dateDebut} <= ${c.debutAu}::date` : undefined,
    c.finDu ? sql`${demandes.dateFin} >= ${c.finDu}::date` : undefined,
    c.finAu ? sql`${demandes.dateFin} <= ${c.finAu}::date` : undefined,
    c.montantMin !== undefined ? sql`coalesce(${demandes.montantEngageCentimes}, ${demandes.montantEstimeCentimes}) >= ${c.montantMin}` : undefined,
    c.montantMax !== undefined ? sql`coalesce(${demandes.montantEngageCentimes}, ${demandes.montantEstimeCentimes}) <= ${c.montantMax}` : undefined,
  ];
}

type Lecteur = Pick<Db, 'select'>;

/**
 * Runs the queries of a search by name in a transaction whose pg_trgm word-similarity threshold is
 * SEUIL_NOM (`<%` reads it from the setting; set_config(…, true) lasts for the transaction only, the
 * pooled connection keeps its default). Without a name, straight on the pool.
 */
export function avecSeuilNom<T>(db: Db, criteres: CriteresFinancements, lire: (lecteur: Lecteur) => Promise<T>): Promise<T> {
  if (!criteres.beneficiaire) return lire(db);
  return db.transaction(async (tx) => {
    await tx.execute(sql`select set_config('pg_trgm.word_similarity_threshold', ${String(SEUIL_NOM)}, true)`);
    return lire(tx);
  });
}

/** Scope (who sees what, the current establishment) and criteria, common to the page, the counts and the export. */
function perimetre(employeur: Employeur, etablissementId: string | null, criteres: CriteresFinancements) {
  return [demandeVisiblePar(employeur), etablissementId ? eq(demandes.etablissementId, etablissementId) : undefined, ...conditionsCriteres(criteres)];
}

/**
 * One page of the requests of a tab matching the criteria, in the chosen order (keyset on
 * (sort value, id): no OFFSET, so the last page costs what the first does — it is read backwards).
 * Scoped by `demandeVisiblePar`, and to the current establishment when there is one; the
 * (compte_id, statut, modifie_le) index — or (etablissement_id, statut, modifie_le) — finds the tab's
 * rows, so the cost follows the account's requests, not the table's.
 */
export async function listerFinancements(db: Db, employeur: Employeur, etablissementId: string | null, r: RechercheFinancementsValidee) {
  return avecSeuilNom(db, r.criteres, (lecteur) => lirePage(lecteur, employeur, etablissementId, r));
}

async function lirePage(db: Lecteur, employeur: Employeur, etablissementId: string | null, r: RechercheFinancementsValidee) {
  const tri = TRIS[r.tri];
  const ordre = r.ordre ?? ORDRE_PAR_DEFAUT[r.tri];
  const position = r.position;
  // Reading backwards (previous or last page): the comparison and the order flip, the rows are put back.
  const arriere = position !== null && ('avant' in position || 'fin' in position);
  const croissant = (ordre === 'asc') !== arriere;
  const curseur = position && 'apres' in position ? position.apres : position && 'avant' in position ? position.avant : null;
  const valeur = curseur ? (tri.type ? sql`${curseur.valeur}::${tri.type}` : sql`${curseur.valeur}`) : null;
  const borne = curseur ? sql`(${tri.expr}, ${demandes.id}) ${croissant ? sql`>` : sql`<`} (${valeur}, ${curseur.id}::uuid)` : undefined;
  const lignes = await db
    .select({
      id: demandes.id,
      numero: demandes.numero,
      dispositif: demandes.dispositif,
      statut: demandes.statut,
      beneficiaire: demandes.beneficiaire,
      intituleFormation: demandes.intituleFormation,
      organisme: demandes.organisme,
      organismeSiret: demandes.organismeSiret,
      dateDebut: demandes.dateDebut,
      dateFin: demandes.dateFin,
      montantEstimeCentimes: demandes.montantEstimeCentimes,
      montantEngageCentimes: demandes.montantEngageCentimes,
      envoyeLe: demandes.envoyeLe,
      modifieLe: demandes.modifieLe,
      valeurTri: tri.exact,
      etablissement: { siret: etablissements.siret, raisonSociale: etablissements.raisonSociale, ville: etablissements.ville },
    })
    .from(demandes)
    .innerJoin(etablissements, eq(etablissements.id, demandes.etablissementId))
    .where(and(...perimetre(employeur, etablissementId, r.criteres), inArray(demandes.statut, statutsDuGroupe(r.groupe)), borne))
    .orderBy(croissant ? sql`${tri.expr} asc` : sql`${tri.expr} desc`, croissant ? sql`${demandes.id} asc` : sql`${demandes.id} desc`)
    .limit(r.taille + 1);
  const encore = lignes.length > r.taille;
  const page = lignes.slice(0, r.taille);
  if (arriere) page.reverse();
  const cle = (l: (typeof page)[number] | undefined) => (l ? { groupe: r.groupe, tri: r.tri, ordre, valeur: l.valeurTri, id: l.id } : null);
  // Forwards: more after when the extra row came, something before when we started from a cursor.
  // Backwards: the other way round (the last page has nothing after it).
  const suivant = arriere ? (position && 'avant' in position ? cle(page.at(-1)) : null) : encore ? cle(page.at(-1)) : null;
  const precedent = arriere ? (encore ? cle(page[0]) : null) : curseur ? cle(page[0]) : null;
  return { lignes: page, suivant, precedent, ordre };
}

/** The number of requests matching the criteria, per status (the tabs' counts). */
export async function compterFinancementsParStatut(db: Db, employeur: Employeur, etablissementId: string | null, criteres: CriteresFinancements): Promise<Map<StatutDemande, number>> {
  const lignes = await avecSeuilNom(db, criteres, (lecteur) =>
    {
      // The establishment is joined only when a criterion reads it: the counts then stay an index-only scan
      // of (compte_id, statut) — 2 ms instead of 60–80 ms for an account of 10 000 requests (docs/performance.md).
      const requete = lecteur.select({ statut: demandes.statut, nombre: count() }).from(demandes).$dynamic();
      const source = criteres.etablissement ? requete.innerJoin(etablissements, eq(etablissements.id, demandes.etablissementId)) : requete;
      return source.where(and(...perimetre(employeur, etablissementId, criteres))).groupBy(demandes.statut);
    },
  );
  return new Map(lignes.map((l) => [l.statut, l.nombre]));
}
