import { and, asc, eq, sql } from 'drizzle-orm';
import type { Db } from '../../db/database';
import { demandes, etablissements, utilisateurs } from '../../db/schema';
import { piecesDemandes } from '../../db/schema-demandes';
import { demandeVisiblePar } from '../../policies/demandes';
import type { Employeur } from '../../policies/espaces';
import { etablissementVisiblePar } from '../../policies/etablissements';
import type { Utilisateur } from '../../plugins/session';
import { etablissementPourEstimation } from '../estimations/etablissement-estime.repository';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** A malformed id in the address answers like a request of another account: 404, nothing to learn. */
export function estIdentifiant(id: string): boolean {
  return UUID.test(id);
}

const MODIFIE_PAR = sql<string | null>`(select ${utilisateurs.prenom} || ' ' || upper(${utilisateurs.nom}) from ${utilisateurs} where ${utilisateurs.id} = ${demandes.modifiePar})`;

const colonnes = {
  id: demandes.id,
  numero: demandes.numero,
  dispositif: demandes.dispositif,
  statut: demandes.statut,
  version: demandes.version,
  donnees: demandes.donnees,
  etablissementId: demandes.etablissementId,
  siret: etablissements.siret,
  raisonSociale: etablissements.raisonSociale,
  ville: etablissements.ville,
  creeLe: demandes.creeLe,
  modifieLe: demandes.modifieLe,
  modifiePar: MODIFIE_PAR,
  envoyeLe: demandes.envoyeLe,
  montantEstimeCentimes: demandes.montantEstimeCentimes,
};

function selectionner(db: Db, employeur: Employeur, id: string) {
  return db
    .select(colonnes)
    .from(demandes)
    .innerJoin(etablissements, eq(etablissements.id, demandes.etablissementId))
    .where(and(eq(demandes.id, id), demandeVisiblePar(employeur)));
}

/** One request the employer sees, with its establishment; undefined for anyone else's. */
export async function trouverDemande(db: Db, employeur: Employeur, id: string) {
  if (!estIdentifiant(id)) return undefined;
  const [ligne] = await selectionner(db, employeur, id);
  return ligne;
}
export type LigneDemande = NonNullable<Awaited<ReturnType<typeof trouverDemande>>>;

/**
 * The same row, locked until the end of the caller's transaction: two saves, a save and a sending, or
 * two sendings of one request take turns, so that none of them decides on a state the other changed.
 */
export async function verrouillerDemande(db: Db, employeur: Employeur, id: string): Promise<LigneDemande | undefined> {
  if (!estIdentifiant(id)) return undefined;
  const [ligne] = await selectionner(db, employeur, id).for('update', { of: demandes });
  return ligne;
}

const colonnesPiece = {
  id: piecesDemandes.id,
  type: piecesDemandes.type,
  nomFichier: piecesDemandes.nomFichier,
  typeMime: piecesDemandes.typeMime,
  taille: piecesDemandes.taille,
  sha256: piecesDemandes.sha256,
  cle: piecesDemandes.cle,
  deposeLe: piecesDemandes.deposeLe,
};

export async function piecesDeLaDemande(db: Db, demandeId: string) {
  return db.select(colonnesPiece).from(piecesDemandes).where(eq(piecesDemandes.demandeId, demandeId)).orderBy(asc(piecesDemandes.deposeLe), asc(piecesDemandes.type));
}
export type LignePiece = Awaited<ReturnType<typeof piecesDeLaDemande>>[number];

/** A piece of a request the employer sees; undefined otherwise. */
export async function trouverPiece(db: Db, employeur: Employeur, demandeId: string, pieceId: string): Promise<LignePiece | undefined> {
  if (!estIdentifiant(demandeId) || !estIdentifiant(pieceId)) return undefined;
  const [piece] = await db
    .select(colonnesPiece)
    .from(piecesDemandes)
    .innerJoin(demandes, eq(demandes.id, piecesDemandes.demandeId))
    .where(and(eq(piecesDemandes.id, pieceId), eq(piecesDemandes.demandeId, demandeId), demandeVisiblePar(employeur)));
  return piece;
}

export type EtablissementDemande = typeof etablissements.$inferSelect;

/**
 * The establishment a request is for: the one named (among those the employer sees; otherwise 404),
 * by default the one it works on or its only one, with the same rule as the estimate. Null when the
 * employer sees several and chose none.
 */
export async function etablissementDeLaDemande(db: Db, employeur: Employeur, siret: string | undefined): Promise<EtablissementDemande | null> {
  const designe = await etablissementPourEstimation(db, employeur, siret);
  if (!designe) return null;
  return relireEtablissement(db, employeur, designe.siret);
}

async function relireEtablissement(db: Db, employeur: Employeur, siret: string): Promise<EtablissementDemande | null> {
  const [ligne] = await db.select().from(etablissements).where(and(eq(etablissements.siret, siret), etablissementVisiblePar(employeur)));
  return ligne ?? null;
}

/** The directory's record of a request's establishment, as it is today (the employer block at sending). */
export async function etablissementParId(db: Db, id: string): Promise<EtablissementDemande> {
  const [ligne] = await db.select().from(etablissements).where(eq(etablissements.id, id));
  return ligne!;
}

/** "Julien MARTIN", as a person is named to colleagues. */
export function nomAffiche(utilisateur: Pick<Utilisateur, 'prenom' | 'nom'>): string {
  return `${utilisateur.prenom} ${utilisateur.nom.toUpperCase()}`;
}
