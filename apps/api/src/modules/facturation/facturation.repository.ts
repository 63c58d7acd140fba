import type { DateIso } from '@mse/shared/commun/dates';
import type { Dispositif } from '@mse/shared/financement/demande-financement.schema';
import type { EtapeRemboursement } from '@mse/shared/facturation/facturation.schema';
import { and, asc, desc, eq, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../../db/database';
import { audit, demandes, etablissements, utilisateurs } from '../../db/schema';
import { lotsPaiement, piecesRemboursements, remboursements } from '../../db/schema-suivi';
import type { CurseurRemboursements } from './curseur';

/** « Thomas LEROY »: a staff member's name from their id column, in the same query. */
export const nomDe = (colonne: SQL | typeof remboursements.examinePar | typeof lotsPaiement.creePar | typeof lotsPaiement.payePar) =>
  sql<string | null>`(select ${utilisateurs.prenom} || ' ' || ${utilisateurs.nom} from ${utilisateurs} where ${utilisateurs.id} = ${colonne})`;

const CREE_LE_EXACT = sql<string>`to_char(${remboursements.creeLe} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`;
const JOUR_DEMANDE = sql`(${remboursements.creeLe} at time zone 'Europe/Paris')::date`;

/** What puts a claim at a step of the queue (the same rule as `etapeRemboursement`, in SQL). */
export function conditionEtape(etape: EtapeRemboursement | 'toutes'): SQL {
  switch (etape) {
    case 'a_examiner':
      return sql`${remboursements.statut} = 'a_venir' and ${remboursements.accepteLe} is null`;
    case 'accepte':
      return sql`${remboursements.statut} = 'a_venir' and ${remboursements.accepteLe} is not null and ${remboursements.lotPaiementId} is null`;
    case 'en_lot':
      return sql`${remboursements.statut} = 'a_venir' and ${remboursements.lotPaiementId} is not null`;
    case 'paye':
      return sql`${remboursements.statut} = 'paye'`;
    case 'refuse':
      return sql`${remboursements.statut} = 'refuse'`;
    case 'toutes':
      return sql`true`;
  }
}

export type FiltreFile = {
  etape: EtapeRemboursement | 'toutes';
  dispositif?: Dispositif | undefined;
  du?: DateIso | undefined;
  au?: DateIso | undefined;
  montantMin?: number | undefined;
  montantMax?: number | undefined;
  q?: string | undefined;
  apres?: CurseurRemboursements | undefined;
  taille: number;
};

/** « RB-2026 », « AI-2026-000012 », « pain doré »: the claim's number, the dossier's, the company or the beneficiary. */
function recherche(q: string | undefined): SQL | undefined {
  const texte = q?.trim();
  if (!texte) return undefined;
  const motif = `%${texte.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
  return sql`(${remboursements.numero} ilike ${motif} or ${demandes.numero} ilike ${motif} or ${etablissements.raisonSociale} ilike ${motif} or ${remboursements.beneficiaire} ilike ${motif})`;
}

/** One page of the queue, oldest claim first (first come, first paid), by keyset on (cree_le, id). */
export async function listerRemboursements(db: Db, f: FiltreFile) {
  const apres = f.apres ? sql`(${remboursements.creeLe}, ${remboursements.id}) > (${f.apres.creeLe}::timestamptz, ${f.apres.id}::uuid)` : undefined;
  const lignes = await db
    .select({
      id: remboursements.id,
      numero: remboursements.numero,
      statut: remboursements.statut,
      accepteLe: remboursements.accepteLe,
      lotPaiementId: remboursements.lotPaiementId,
      dispositif: remboursements.dispositif,
      dossierNumero: demandes.numero,
      raisonSociale: etablissements.raisonSociale,
      siret: etablissements.siret,
      beneficiaire: remboursements.beneficiaire,
      montantDemandeCentimes: remboursements.montantDemandeCentimes,
      montantAccepteCentimes: remboursements.montantAccepteCentimes,
      alertes: remboursements.alertes,
      creeLe: remboursements.creeLe,
      creeLeExact: CREE_LE_EXACT,
    })
    .from(remboursements)
    .innerJoin(demandes, eq(demandes.id, remboursements.demandeId))
    .innerJoin(etablissements, eq(etablissements.id, remboursements.etablissementId))
    .where(
      and(
        conditionEtape(f.etape),
        f.dispositif ? eq(remboursements.dispositif, f.dispositif) : undefined,
        f.du ? sql`${JOUR_DEMANDE} >= ${f.du}::date` : undefined,
        f.au ? sql`${JOUR_DEMANDE} <= ${f.au}::date` : undefined,
        f.montantMin !== undefined ? sql`${remboursements.montantDemandeCentimes} >= ${f.montantMin}` : undefined,
        f.montantMax !== undefined ? sql`${remboursements.montantDemandeCentimes} <= ${f.montantMax}` : undefined,
        recherche(f.q),
        apres,
      ),
    )
    .orderBy(asc(remboursements.creeLe), asc(remboursements.id))
    .limit(f.taille + 1);
  const dernier = lignes.length > f.taille ? lignes[f.taille - 1] : undefined;
  return { lignes: lignes.slice(0, f.taille), suivant: dernier ? { etape: f.etape, creeLe: dernier.creeLeExact, id: dernier.id } : undefined };
}
export type LigneFile = Awaited<ReturnType<typeof listerRemboursements>>['lignes'][number];

/** The size of every step of the queue, in one pass. */
export async function compterEtapes(db: Db): Promise<Record<EtapeRemboursement | 'toutes', number>> {
  const compte = (e: EtapeRemboursement | 'toutes') => sql<number>`count(*) filter (where ${conditionEtape(e)})::int`;
  const [ligne] = await db
    .select({ a_examiner: compte('a_examiner'), accepte: compte('accepte'), en_lot: compte('en_lot'), paye: compte('paye'), refuse: compte('refuse'), toutes: compte('toutes') })
    .from(remboursements);
  return ligne!;
}

/** A claim by its number with its dossier, establishment, examiner and batch; undefined if unknown. */
export async function trouverRemboursementOpco(db: Db, numero: string) {
  const [ligne] = await db
    .select({
      remboursement: remboursements,
      dossier: {
        id: demandes.id,
        numero: demandes.numero,
        dispositif: demandes.dispositif,
        statut: demandes.statut,
        donnees: demandes.donnees,
        intituleFormation: demandes.intituleFormation,
        dateDebut: demandes.dateDebut,
        dateFin: demandes.dateFin,
        montantEngageCentimes: demandes.montantEngageCentimes,
      },
      etablissement: { siret: etablissements.siret, raisonSociale: etablissements.raisonSociale },
      nomExaminateur: nomDe(remboursements.examinePar),
      lot: { numero: lotsPaiement.numero, statut: lotsPaiement.statut, creeLe: lotsPaiement.creeLe, nomCreateur: nomDe(lotsPaiement.creePar), nomPayeur: nomDe(lotsPaiement.payePar) },
    })
    .from(remboursements)
    .innerJoin(demandes, eq(demandes.id, remboursements.demandeId))
    .innerJoin(etablissements, eq(etablissements.id, remboursements.etablissementId))
    .leftJoin(lotsPaiement, eq(lotsPaiement.id, remboursements.lotPaiementId))
    .where(eq(remboursements.numero, numero));
  return ligne;
}
export type RemboursementTrouve = NonNullable<Awaited<ReturnType<typeof trouverRemboursementOpco>>>;

/** What the dossier's other claims already took: paid, and accepted but not yet paid. */
export async function sommesDuDossier(db: Db, demandeId: string, saufRemboursementId?: string) {
  const [s] = await db
    .select({
      dejaPayeCentimes: sql<number>`coalesce(sum(${remboursements.montantPayeCentimes}) filter (where ${remboursements.statut} = 'paye'), 0)::int`,
      accepteNonPayeCentimes: sql<number>`coalesce(sum(${remboursements.montantAccepteCentimes}) filter (where ${remboursements.statut} = 'a_venir' and ${remboursements.accepteLe} is not null), 0)::int`,
    })
    .from(remboursements)
    .where(and(eq(remboursements.demandeId, demandeId), saufRemboursementId ? sql`${remboursements.id} <> ${saufRemboursementId}` : undefined));
  return s!;
}

export async function piecesDuRemboursement(db: Db, remboursementId: string) {
  return db
    .select({ id: piecesRemboursements.id, type: piecesRemboursements.type, nom: piecesRemboursements.nomFichier, typeMime: piecesRemboursements.typeMime, taille: piecesRemboursements.taille, deposeLe: piecesRemboursements.deposeLe })
    .from(piecesRemboursements)
    .where(eq(piecesRemboursements.remboursementId, remboursementId))
    .orderBy(asc(piecesRemboursements.deposeLe), asc(piecesRemboursements.id));
}

/** A claim's piece as stored, to be read back and checked against its checksum. */
export async function pieceDuRemboursement(db: Db, numero: string, pieceId: string) {
  const [piece] = await db
    .select({ nom: piecesRemboursements.nomFichier, type: piecesRemboursements.typeMime, cle: piecesRemboursements.cle, sha256: piecesRemboursements.sha256 })
    .from(piecesRemboursements)
    .innerJoin(remboursements, eq(remboursements.id, piecesRemboursements.remboursementId))
    .where(and(eq(piecesRemboursements.id, pieceId), eq(remboursements.numero, numero)));
  return piece;
}

/** The reason given with a partial acceptance, kept in the audit row of the decision. */
export async function motifAcceptation(db: Db, remboursementId: string): Promise<string | null> {
  const [ligne] = await db
    .select({ motif: sql<string | null>`${audit.details}->>'motif'` })
    .from(audit)
    .where(and(eq(audit.evenement, 'remboursement_accepter'), sql`${audit.details} @> ${JSON.stringify({ remboursementId })}::jsonb`))
    .orderBy(desc(audit.sequence))
    .limit(1);
  return ligne?.motif ?? null;
}

/** Where a claim's e-mails go: whoever sent it, else the account's owner. */
const EMAIL_EMPLOYEUR = sql<string | null>`coalesce(
  (select ${utilisateurs.email} from ${utilisateurs} where ${utilisateurs.id} = ${remboursements.demandePar}),
  (select ${utilisateurs.email} from ${utilisateurs} where ${utilisateurs.compteId} = ${remboursements.compteId} and ${utilisateurs.role} = 'proprietaire' order by ${utilisateurs.creeLe} limit 1))`;

/**
 * The claim a decision changes and its dossier, both locked until the transaction ends (dossier first,
 * as every command here does): two gestionnaires deciding at once wait for each other, and the second
 * one reads the first one's decision.
 */
export async function verrouillerRemboursement(db: Db, numero: string) {
  const [cible] = await db.select({ demandeId: remboursements.demandeId }).from(remboursements).where(eq(remboursements.numero, numero));
  if (!cible) return undefined;
  const [dossier] = await db
    .select({ id: demandes.id, numero: demandes.numero, dispositif: demandes.dispositif, statut: demandes.statut, montantEngageCentimes: demandes.montantEngageCentimes })
    .from(demandes)
    .where(eq(demandes.id, cible.demandeId))
    .for('update');
  const [remboursement] = await db
    .select({
      id: remboursements.id,
      numero: remboursements.numero,
      statut: remboursements.statut,
      accepteLe: remboursements.accepteLe,
      lotPaiementId: remboursements.lotPaiementId,
      montantDemandeCentimes: remboursements.montantDemandeCentimes,
      examinePar: nomDe(remboursements.examinePar),
      email: EMAIL_EMPLOYEUR,
    })
    .from(remboursements)
    .where(eq(remboursements.numero, numero))
    .for('update', { of: remboursements });
  return remboursement && dossier ? { remboursement, dossier } : undefined;
}
export type RemboursementVerrouille = NonNullable<Awaited<ReturnType<typeof verrouillerRemboursement>>>;

/** The batches, newest first, with who made and paid them. */
export async function listerLots(db: Db, taille: number) {
  return db
    .select({ lot: lotsPaiement, creePar: nomDe(lotsPaiement.creePar), payePar: nomDe(lotsPaiement.payePar) })
    .from(lotsPaiement)
    .orderBy(desc(lotsPaiement.creeLe), desc(lotsPaiement.numero))
    .limit(taille);
}

/** Accepted claims not yet in a batch. */
export async function enAttenteDeLot(db: Db) {
  const [s] = await db
    .select({ nombre: sql<number>`count(*)::int`, montantTotalCentimes: sql<number>`coalesce(sum(${remboursements.montantAccepteCentimes}), 0)::bigint` })
    .from(remboursements)
    .where(conditionEtape('accepte'));
  return { nombre: s!.nombre, montantTotalCentimes: Number(s!.montantTotalCentimes) };
}

/** A batch by its number. */
export async function lotParNumero(db: Db, numero: string) {
  const [lot] = await db.select().from(lotsPaiement).where(eq(lotsPaiement.numero, numero));
  return lot;
}

/** One slice of a batch's lines for the accounting export, in reference order (keyset on the reference, unique in a batch). */
export async function lignesDuLot(db: Db, lotId: string, apres: string | null, taille: number) {
  const lignes = await db
    .select({
      referencePaiement: remboursements.referencePaiement,
      numero: remboursements.numero,
      dossier: demandes.numero,
      dispositif: remboursements.dispositif,
      siret: etablissements.siret,
      raisonSociale: etablissements.raisonSociale,
      beneficiaire: remboursements.beneficiaire,
      montantAccepteCentimes: remboursements.montantAccepteCentimes,
      montantPayeCentimes: remboursements.montantPayeCentimes,
      accepteLe: remboursements.accepteLe,
    })
    .from(remboursements)
    .innerJoin(demandes, eq(demandes.id, remboursements.demandeId))
    .innerJoin(etablissements, eq(etablissements.id, remboursements.etablissementId))
    .where(and(eq(remboursements.lotPaiementId, lotId), apres ? sql`${remboursements.referencePaiement} > ${apres}` : undefined))
    .orderBy(asc(remboursements.referencePaiement))
    .limit(taille);
  return { lignes, suivant: lignes.length === taille ? lignes.at(-1)!.referencePaiement : null };
}
export type LigneDuLot = Awaited<ReturnType<typeof lignesDuLot>>['lignes'][number];
