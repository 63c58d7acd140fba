import type { StatutAssistance } from '@mse/shared/aide/demande-assistance.schema';
import { and, asc, desc, eq, inArray, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../../db/database';
import { compteEtablissements, compteursDossiers, demandes, etablissements, utilisateurs } from '../../db/schema';
import { demandesAssistance, messagesAssistance, piecesJointesAssistance } from '../../db/schema-aide';
import { demandeVisiblePar } from '../../policies/demandes';
import type { Employeur } from '../../policies/espaces';

export const PREFIXE_ASSISTANCE = 'DA';

/** DA-2026-000042: the yearly counter shared with dossier numbers, under its own prefix. */
export async function prochainNumeroAssistance(db: Db, now: Date): Promise<string> {
  const annee = now.getUTCFullYear();
  const [c] = await db
    .insert(compteursDossiers)
    .values({ prefixe: PREFIXE_ASSISTANCE, annee, dernier: 1 })
    .onConflictDoUpdate({ target: [compteursDossiers.prefixe, compteursDossiers.annee], set: { dernier: sql`${compteursDossiers.dernier} + 1` } })
    .returning({ dernier: compteursDossiers.dernier });
  return `${PREFIXE_ASSISTANCE}-${annee}-${String(c!.dernier).padStart(6, '0')}`;
}

/** The id of one of the employer's funding requests by its dossier number; undefined for anyone else's. */
export async function idDemandeFinancementVisible(db: Db, employeur: Employeur, numero: string): Promise<string | undefined> {
  const [d] = await db.select({ id: demandes.id }).from(demandes).where(and(eq(demandes.numero, numero), demandeVisiblePar(employeur)));
  return d?.id;
}

// Drizzle leaves columns unqualified in a one-table query: a correlated subquery names the outer row itself.
const ID_DEMANDE = sql.raw('"demandes_assistance"."id"');
const COMPTE_DEMANDE = sql.raw('"demandes_assistance"."compte_id"');

const EXTRAIT = sql<string>`coalesce((select left(${messagesAssistance.texte}, 160) from ${messagesAssistance} where ${messagesAssistance.demandeAssistanceId} = ${ID_DEMANDE} order by ${messagesAssistance.creeLe} limit 1), '')`;

const colonnesResume = {
  id: demandesAssistance.id,
  numero: demandesAssistance.numero,
  objet: demandesAssistance.objet,
  statut: demandesAssistance.statut,
  numeroDossier: demandesAssistance.numeroDossier,
  nomContact: demandesAssistance.nomContact,
  emailContact: demandesAssistance.emailContact,
  creeLe: demandesAssistance.creeLe,
  modifieLe: demandesAssistance.modifieLe,
  extrait: EXTRAIT,
};

export const MES_DEMANDES_MAX = 100;

/** "Mes demandes d’assistance": the most recently active first (a person sends a handful, not thousands). */
export async function mesDemandesAssistance(db: Db, visible: SQL) {
  return db.select(colonnesResume).from(demandesAssistance).where(visible).orderBy(desc(demandesAssistance.modifieLe)).limit(MES_DEMANDES_MAX);
}
export type LigneAssistance = Awaited<ReturnType<typeof mesDemandesAssistance>>[number];

export type Curseur = { creeLe: string; numero: string };

/**
 * The back office's queue, by keyset on (creation date, number): the requests waiting for an answer
 * oldest first (first come, first served), the others newest first.
 */
export async function fileDemandesAssistance(db: Db, filtre: { statut: StatutAssistance | 'toutes'; apres?: Curseur; taille: number }) {
  const ancienEnPremier = filtre.statut === 'en_attente';
  const cle = sql`(${demandesAssistance.creeLe}, ${demandesAssistance.numero})`;
  const apres = filtre.apres
    ? ancienEnPremier
      ? sql`${cle} > (${filtre.apres.creeLe}::timestamptz, ${filtre.apres.numero}::text)`
      : sql`${cle} < (${filtre.apres.creeLe}::timestamptz, ${filtre.apres.numero}::text)`
    : undefined;
  const sens = ancienEnPremier ? asc : desc;
  const lignes = await db
    .select(colonnesResume)
    .from(demandesAssistance)
    .where(and(filtre.statut === 'toutes' ? undefined : eq(demandesAssistance.statut, filtre.statut), apres))
    .orderBy(sens(demandesAssistance.creeLe), sens(demandesAssistance.numero))
    .limit(filtre.taille + 1);
  const dernier = lignes.length > filtre.taille ? lignes[filtre.taille - 1] : undefined;
  return { lignes: lignes.slice(0, filtre.taille), suivant: dernier ? { creeLe: dernier.creeLe.toISOString(), numero: dernier.numero } : undefined };
}

/** One request with its thread and attachments, if `visible` lets the caller see it. */
export async function trouverDemandeAssistance(db: Db, numero: string, visible: SQL | undefined) {
  const [demande] = await db
    .select({
      ...colonnesResume,
      utilisateurId: demandesAssistance.utilisateurId,
      // The account's head office in practice (first SIRET), as in the company block.
      raisonSociale: sql<string | null>`(select ${etablissements.raisonSociale} from ${compteEtablissements} join ${etablissements} on ${etablissements.id} = ${compteEtablissements.etablissementId} where ${compteEtablissements.compteId} = ${COMPTE_DEMANDE} order by ${etablissements.siret} limit 1)`,
    })
    .from(demandesAssistance)
    .where(and(eq(demandesAssistance.numero, numero), visible));
  if (!demande) return undefined;
  const messages = await db
    .select({
      id: messagesAssistance.id,
      auteur: messagesAssistance.auteur,
      texte: messagesAssistance.texte,
      creeLe: messagesAssistance.creeLe,
      prenomAuteur: utilisateurs.prenom,
    })
    .from(messagesAssistance)
    .leftJoin(utilisateurs, eq(utilisateurs.id, messagesAssistance.utilisateurId))
    .where(eq(messagesAssistance.demandeAssistanceId, demande.id))
    .orderBy(asc(messagesAssistance.creeLe), asc(messagesAssistance.id));
  const pieces = messages.length
    ? await db
        .select({ id: piecesJointesAssistance.id, messageId: piecesJointesAssistance.messageId, nom: piecesJointesAssistance.nomFichier, type: piecesJointesAssistance.typeMime, taille: piecesJointesAssistance.taille })
        .from(piecesJointesAssistance)
        .where(inArray(piecesJointesAssistance.messageId, messages.map((m) => m.id)))
    : [];
  return { demande, messages, pieces };
}
export type DemandeAssistanceTrouvee = NonNullable<Awaited<ReturnType<typeof trouverDemandeAssistance>>>;

/** An attachment of a request the caller may see. */
export async function trouverPieceJointe(db: Db, numero: string, pieceId: string, visible: SQL | undefined) {
  const [piece] = await db
    .select({ nom: piecesJointesAssistance.nomFichier, type: piecesJointesAssistance.typeMime, cle: piecesJointesAssistance.cle, sha256: piecesJointesAssistance.sha256 })
    .from(piecesJointesAssistance)
    .innerJoin(messagesAssistance, eq(messagesAssistance.id, piecesJointesAssistance.messageId))
    .innerJoin(demandesAssistance, eq(demandesAssistance.id, messagesAssistance.demandeAssistanceId))
    .where(and(eq(piecesJointesAssistance.id, pieceId), eq(demandesAssistance.numero, numero), visible));
  return piece;
}
