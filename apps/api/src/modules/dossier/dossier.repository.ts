import { and, asc, desc, eq, inArray, sql } from 'drizzle-orm';
import type { Db } from '../../db/database';
import { demandes, etablissements, historiqueDemandes, utilisateurs } from '../../db/schema';
import { messagesDemandes, piecesJointesMessagesDemandes, remboursements } from '../../db/schema-suivi';
import { demandeVisiblePar } from '../../policies/demandes';
import type { Employeur } from '../../policies/espaces';
import { estIdentifiant } from '../demandes/demandes.repository';

/** What the dossier page reads beside the request's content: the decision's columns and the assignee. */
const colonnesSuivi = {
  id: demandes.id,
  numero: demandes.numero,
  dispositif: demandes.dispositif,
  statut: demandes.statut,
  donnees: demandes.donnees,
  montantEngageCentimes: demandes.montantEngageCentimes,
  decideLe: demandes.decideLe,
  decisionAutomatique: demandes.decisionAutomatique,
  echeancier: demandes.echeancier,
  gestionnaireId: demandes.gestionnaireId,
  creePar: demandes.creePar,
  envoyeLe: demandes.envoyeLe,
  dossierCompletLe: demandes.dossierCompletLe,
  raisonSociale: etablissements.raisonSociale,
  siret: etablissements.siret,
  ville: etablissements.ville,
};

/** A sent request of the employer's (never a draft); undefined for anyone else's. */
export async function suiviDemande(db: Db, employeur: Employeur, id: string) {
  if (!estIdentifiant(id)) return undefined;
  const [ligne] = await db
    .select(colonnesSuivi)
    .from(demandes)
    .innerJoin(etablissements, eq(etablissements.id, demandes.etablissementId))
    .where(and(eq(demandes.id, id), demandeVisiblePar(employeur), sql`${demandes.statut} <> 'brouillon'`));
  return ligne;
}
export type SuiviDemande = NonNullable<Awaited<ReturnType<typeof suiviDemande>>>;

/** The same for the back office, by dossier number: any sent request. */
export async function suiviDemandeParNumero(db: Db, numero: string) {
  const [ligne] = await db
    .select(colonnesSuivi)
    .from(demandes)
    .innerJoin(etablissements, eq(etablissements.id, demandes.etablissementId))
    .where(and(eq(demandes.numero, numero), sql`${demandes.statut} <> 'brouillon'`));
  return ligne;
}

export async function historiqueDuDossier(db: Db, demandeId: string) {
  return db
    .select({
      id: historiqueDemandes.id,
      action: historiqueDemandes.action,
      de: historiqueDemandes.de,
      vers: historiqueDemandes.vers,
      acteur: historiqueDemandes.acteur,
      motif: historiqueDemandes.motif,
      details: historiqueDemandes.details,
      creeLe: historiqueDemandes.creeLe,
      prenom: utilisateurs.prenom,
      nom: utilisateurs.nom,
    })
    .from(historiqueDemandes)
    .leftJoin(utilisateurs, eq(utilisateurs.id, historiqueDemandes.utilisateurId))
    .where(eq(historiqueDemandes.demandeId, demandeId))
    .orderBy(asc(historiqueDemandes.creeLe), asc(historiqueDemandes.id));
}
export type LigneHistorique = Awaited<ReturnType<typeof historiqueDuDossier>>[number];

export type ComplementsDemandes = { le: Date; pieces: string[]; champs: string[]; libellesPieces: string[]; libellesChamps: string[]; message: string };

const texte = (v: unknown) => (typeof v === 'string' ? v : '');
const textes = (v: unknown) => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : []);

/** What the last « Demander des compléments » named (its history row's details). */
export function lireComplements(ligne: { creeLe: Date; details: Record<string, unknown>; motif: string | null }): ComplementsDemandes {
  const d = ligne.details;
  return { le: ligne.creeLe, pieces: textes(d.pieces), champs: textes(d.champs), libellesPieces: textes(d.libellesPieces), libellesChamps: textes(d.libellesChamps), message: texte(d.message) || (ligne.motif ?? '') };
}

/** The last request for complements of a request, if any was made. */
export async function derniersComplementsDemandes(db: Db, demandeId: string): Promise<ComplementsDemandes | undefined> {
  const [ligne] = await db
    .select({ creeLe: historiqueDemandes.creeLe, details: historiqueDemandes.details, motif: historiqueDemandes.motif })
    .from(historiqueDemandes)
    .where(and(eq(historiqueDemandes.demandeId, demandeId), eq(historiqueDemandes.action, 'demanderComplements')))
    .orderBy(desc(historiqueDemandes.creeLe), desc(historiqueDemandes.id))
    .limit(1);
  return ligne ? lireComplements(ligne) : undefined;
}

/** The reimbursements paid on the dossier, oldest first. */
export async function paiementsDuDossier(db: Db, demandeId: string) {
  return db
    .select({ numero: remboursements.numero, payeLe: remboursements.payeLe, montantPayeCentimes: remboursements.montantPayeCentimes, referencePaiement: remboursements.referencePaiement })
    .from(remboursements)
    .where(and(eq(remboursements.demandeId, demandeId), eq(remboursements.statut, 'paye')))
    .orderBy(asc(remboursements.payeLe), asc(remboursements.numero));
}

/** An address to write to: a staff member's or an employer's, by id. */
export async function emailDe(db: Db, utilisateurId: string | null): Promise<string | undefined> {
  if (!utilisateurId) return undefined;
  const [u] = await db.select({ email: utilisateurs.email }).from(utilisateurs).where(eq(utilisateurs.id, utilisateurId));
  return u?.email;
}

/** The employer's side of a dossier's e-mails: whoever created it, else the account's owner. */
export async function emailEntreprise(db: Db, demandeId: string): Promise<string | undefined> {
  const [ligne] = await db
    .select({
      email: sql<string | null>`coalesce(
        (select ${utilisateurs.email} from ${utilisateurs} where ${utilisateurs.id} = ${demandes.creePar}),
        (select ${utilisateurs.email} from ${utilisateurs} where ${utilisateurs.compteId} = ${demandes.compteId} and ${utilisateurs.role} = 'proprietaire' order by ${utilisateurs.creeLe} limit 1))`,
    })
    .from(demandes)
    .where(eq(demandes.id, demandeId));
  return ligne?.email ?? undefined;
}

/** The thread of a dossier with its attachments, oldest first. */
export async function filDuDossier(db: Db, demandeId: string) {
  const messages = await db
    .select({ id: messagesDemandes.id, auteur: messagesDemandes.auteur, texte: messagesDemandes.texte, creeLe: messagesDemandes.creeLe, prenom: utilisateurs.prenom, nom: utilisateurs.nom })
    .from(messagesDemandes)
    .leftJoin(utilisateurs, eq(utilisateurs.id, messagesDemandes.utilisateurId))
    .where(eq(messagesDemandes.demandeId, demandeId))
    .orderBy(asc(messagesDemandes.creeLe), asc(messagesDemandes.id));
  const pieces = messages.length
    ? await db
        .select({ id: piecesJointesMessagesDemandes.id, messageId: piecesJointesMessagesDemandes.messageId, nom: piecesJointesMessagesDemandes.nomFichier, type: piecesJointesMessagesDemandes.typeMime, taille: piecesJointesMessagesDemandes.taille })
        .from(piecesJointesMessagesDemandes)
        .where(inArray(piecesJointesMessagesDemandes.messageId, messages.map((m) => m.id)))
        .orderBy(asc(piecesJointesMessagesDemandes.creeLe))
    : [];
  return { messages, pieces };
}
export type FilTrouve = Awaited<ReturnType<typeof filDuDossier>>;

/** An attachment of the dossier's thread, as stored. */
export async function pieceJointeDuDossier(db: Db, demandeId: string, pieceId: string) {
  if (!estIdentifiant(pieceId)) return undefined;
  const [piece] = await db
    .select({ nom: piecesJointesMessagesDemandes.nomFichier, type: piecesJointesMessagesDemandes.typeMime, cle: piecesJointesMessagesDemandes.cle, sha256: piecesJointesMessagesDemandes.sha256 })
    .from(piecesJointesMessagesDemandes)
    .innerJoin(messagesDemandes, eq(messagesDemandes.id, piecesJointesMessagesDemandes.messageId))
    .where(and(eq(piecesJointesMessagesDemandes.id, pieceId), eq(messagesDemandes.demandeId, demandeId)));
  return piece;
}
