import type { CriteresRemboursementsSchema, TriRemboursements } from '@mse/shared/remboursement/liste.schema';
import type { StatutRemboursement } from '@mse/shared/remboursement/statut.schema';
import { and, asc, count, desc, eq, sql, type SQL } from 'drizzle-orm';
import type { z } from 'zod';
import type { Db } from '../../db/database';
import { demandes } from '../../db/schema';
import { piecesRemboursements, remboursements } from '../../db/schema-suivi';
import { demandeVisiblePar } from '../../policies/demandes';
import type { Employeur } from '../../policies/espaces';
import { remboursementVisiblePar } from '../../policies/remboursements';
import { estIdentifiant } from '../demandes/demandes.repository';
import type { CurseurRemboursements } from './curseur';

export type CriteresValides = z.output<typeof CriteresRemboursementsSchema>;

const colonnesDossier = {
  id: demandes.id,
  numero: demandes.numero,
  dispositif: demandes.dispositif,
  statut: demandes.statut,
  compteId: demandes.compteId,
  etablissementId: demandes.etablissementId,
  beneficiaire: demandes.beneficiaire,
  intituleFormation: demandes.intituleFormation,
  dateDebut: demandes.dateDebut,
  dateFin: demandes.dateFin,
  montantEngageCentimes: demandes.montantEngageCentimes,
  donnees: demandes.donnees,
};

/** The dossier a claim is made on, as the employer sees it (404 otherwise); `verrouiller` locks it until the end of the transaction. */
export async function dossierPourRemboursement(db: Db, employeur: Employeur, id: string, verrouiller = false) {
  if (!estIdentifiant(id)) return undefined;
  const requete = db.select(colonnesDossier).from(demandes).where(and(eq(demandes.id, id), demandeVisiblePar(employeur)));
  const [ligne] = verrouiller ? await requete.for('update') : await requete;
  return ligne;
}
export type DossierRemboursement = NonNullable<Awaited<ReturnType<typeof dossierPourRemboursement>>>;

/** The dossier's claims, for what remains of the commitment. */
export function remboursementsDuDossier(db: Db, demandeId: string) {
  return db
    .select({ statut: remboursements.statut, montantDemandeCentimes: remboursements.montantDemandeCentimes, montantAccepteCentimes: remboursements.montantAccepteCentimes, montantPayeCentimes: remboursements.montantPayeCentimes })
    .from(remboursements)
    .where(eq(remboursements.demandeId, demandeId));
}

/** A claim already recorded under this client key (a double click, a retry). */
export async function remboursementParCle(db: Db, cleIdempotence: string) {
  const [ligne] = await db
    .select({ id: remboursements.id, numero: remboursements.numero, demandeId: remboursements.demandeId, compteId: remboursements.compteId, alertes: remboursements.alertes })
    .from(remboursements)
    .where(eq(remboursements.cleIdempotence, cleIdempotence));
  return ligne;
}

/** `%`, `_` and `\` typed by a person are searched as themselves. */
const echapper = (s: string) => s.replace(/[\\%_]/g, (c) => `\\${c}`);
const contient = (colonne: SQL | typeof remboursements.numero, texte: string) => sql`${colonne} ilike ${`%${echapper(texte.replace(/\s+/g, ''))}%`}`;

/** The claim's day in France, for the date criteria. */
const JOUR_DEMANDE = sql`(${remboursements.creeLe} at time zone 'Europe/Paris')::date`;
const NOM = sql`lower(f_unaccent(coalesce(${remboursements.beneficiaire}, '')))`;

/**
 * The « Recherche avancée » criteria as SQL. The beneficiary is found whatever the accents and case
 * (f_unaccent), and despite a typo (pg_trgm's word_similarity: the best-matching stretch of the name).
 */
export function conditionsCriteres(c: CriteresValides): (SQL | undefined)[] {
  const nom = c.beneficiaire ? sql`lower(f_unaccent(${c.beneficiaire}))` : undefined;
  const motif = c.beneficiaire ? sql`lower(f_unaccent(${echapper(c.beneficiaire)}))` : undefined;
  return [
    c.numero ? contient(remboursements.numero, c.numero) : undefined,
    c.dossier ? contient(sql`(select ${demandes.numero} from ${demandes} where ${demandes.id} = ${remboursements.demandeId})`, c.dossier) : undefined,
    c.dispositif ? eq(remboursements.dispositif, c.dispositif) : undefined,
    nom ? sql`(${NOM} like '%' || ${motif} || '%' or word_similarity(${nom}, ${NOM}) >= 0.45)` : undefined,
    c.demandeDu ? sql`${JOUR_DEMANDE} >= ${c.demandeDu}::date` : undefined,
    c.demandeAu ? sql`${JOUR_DEMANDE} <= ${c.demandeAu}::date` : undefined,
    c.montantMin !== undefined ? sql`${remboursements.montantDemandeCentimes} >= ${c.montantMin}` : undefined,
    c.montantMax !== undefined ? sql`${remboursements.montantDemandeCentimes} <= ${c.montantMax}` : undefined,
  ];
}

const CREE_LE_EXACT = sql<string>`to_char(${remboursements.creeLe} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`;

function ordre(tri: TriRemboursements) {
  const colonne = tri.startsWith('date') ? remboursements.creeLe : remboursements.montantDemandeCentimes;
  const sens = tri.endsWith('desc') ? desc : asc;
  return [sens(colonne), sens(remboursements.id)];
}

function apres(c: CurseurRemboursements): SQL {
  const op = c.tri.endsWith('desc') ? sql`<` : sql`>`;
  if (c.tri.startsWith('date')) return sql`(${remboursements.creeLe}, ${remboursements.id}) ${op} (${c.cle}::timestamptz, ${c.id}::uuid)`;
  return sql`(${remboursements.montantDemandeCentimes}, ${remboursements.id}) ${op} (${Number(c.cle)}::integer, ${c.id}::uuid)`;
}

export type RechercheValidee = CriteresValides & { onglet: StatutRemboursement; tri: TriRemboursements; taille: number; apres: CurseurRemboursements | null };

const colonnesLigne = {
  id: remboursements.id,
  numero: remboursements.numero,
  statut: remboursements.statut,
  demandeId: remboursements.demandeId,
  dossier: sql<string | null>`(select ${demandes.numero} from ${demandes} where ${demandes.id} = ${remboursements.demandeId})`,
  dispositif: remboursements.dispositif,
  beneficiaire: remboursements.beneficiaire,
  creeLe: remboursements.creeLe,
  creeLeExact: CREE_LE_EXACT,
  montantDemandeCentimes: remboursements.montantDemandeCentimes,
  montantAccepteCentimes: remboursements.montantAccepteCentimes,
  montantPayeCentimes: remboursements.montantPayeCentimes,
  payeLe: remboursements.payeLe,
  referencePaiement: remboursements.referencePaiement,
  motifRefus: remboursements.motifRefus,
};

function portee(employeur: Employeur, etablissementId: string | null): (SQL | undefined)[] {
  return [remboursementVisiblePar(employeur), etablissementId ? eq(remboursements.etablissementId, etablissementId) : undefined];
}

/**
 * One page of a tab, in the chosen order, keyset on (sort key, id): no OFFSET, so the last page costs
 * what the first does. Scoped by `remboursementVisiblePar`, and to the current establishment if any.
 */
export async function listerRemboursements(db: Db, employeur: Employeur, etablissementId: string | null, r: RechercheValidee) {
  const lignes = await db
    .select(colonnesLigne)
    .from(remboursements)
    .where(and(...portee(employeur, etablissementId), eq(remboursements.statut, r.onglet), ...conditionsCriteres(r), r.apres ? apres(r.apres) : undefined))
    .orderBy(...ordre(r.tri))
    .limit(r.taille + 1);
  const dernier = lignes.length > r.taille ? lignes[r.taille - 1] : undefined;
  return {
    lignes: lignes.slice(0, r.taille),
    suivant: dernier ? { onglet: r.onglet, tri: r.tri, cle: r.tri.startsWith('date') ? dernier.creeLeExact : String(dernier.montantDemandeCentimes), id: dernier.id } : null,
  };
}
export type LigneListe = Awaited<ReturnType<typeof listerRemboursements>>['lignes'][number];

/** The count of each tab with the same criteria, in one aggregate. */
export async function compterParStatut(db: Db, employeur: Employeur, etablissementId: string | null, c: CriteresValides): Promise<Map<StatutRemboursement, number>> {
  const lignes = await db
    .select({ statut: remboursements.statut, nombre: count() })
    .from(remboursements)
    .where(and(...portee(employeur, etablissementId), ...conditionsCriteres(c)))
    .groupBy(remboursements.statut);
  return new Map(lignes.map((l) => [l.statut, l.nombre]));
}

/** One claim the employer sees, with its detail; undefined for anyone else's. */
export async function trouverRemboursement(db: Db, employeur: Employeur, id: string) {
  if (!estIdentifiant(id)) return undefined;
  const [ligne] = await db
    .select({ ...colonnesLigne, donnees: remboursements.donnees, alertes: remboursements.alertes })
    .from(remboursements)
    .where(and(eq(remboursements.id, id), remboursementVisiblePar(employeur)));
  return ligne;
}
export type LigneDetail = NonNullable<Awaited<ReturnType<typeof trouverRemboursement>>>;

const colonnesPiece = {
  id: piecesRemboursements.id,
  type: piecesRemboursements.type,
  nomFichier: piecesRemboursements.nomFichier,
  typeMime: piecesRemboursements.typeMime,
  taille: piecesRemboursements.taille,
  sha256: piecesRemboursements.sha256,
  cle: piecesRemboursements.cle,
  deposeLe: piecesRemboursements.deposeLe,
};

export function piecesDuRemboursement(db: Db, remboursementId: string) {
  return db.select(colonnesPiece).from(piecesRemboursements).where(eq(piecesRemboursements.remboursementId, remboursementId)).orderBy(asc(piecesRemboursements.deposeLe), asc(piecesRemboursements.type), asc(piecesRemboursements.nomFichier));
}

/** A piece of a claim the employer sees; undefined otherwise. */
export async function trouverPieceRemboursement(db: Db, employeur: Employeur, remboursementId: string, pieceId: string) {
  if (!estIdentifiant(remboursementId) || !estIdentifiant(pieceId)) return undefined;
  const [piece] = await db
    .select(colonnesPiece)
    .from(piecesRemboursements)
    .innerJoin(remboursements, eq(remboursements.id, piecesRemboursements.remboursementId))
    .where(and(eq(piecesRemboursements.id, pieceId), eq(piecesRemboursements.remboursementId, remboursementId), remboursementVisiblePar(employeur)));
  return piece;
}
