import { and, asc, eq, gt, inArray, lte, sql, type SQL } from 'drizzle-orm';
import { STATUTS_ARCHIVES } from '@mse/shared/rgpd/brouillons-inactifs';
import type { Db } from '../../db/database';
import { demandes, utilisateurs } from '../../db/schema';
import { piecesDemandes } from '../../db/schema-demandes';
import { messagesDemandes, piecesJointesMessagesDemandes, piecesRemboursements, remboursements } from '../../db/schema-suivi';
import type { Tx } from '../../db/transaction';
import { dateDuJour } from '../referentiel/date-du-jour';

/** Drafts saved before `seuil`, by id after `apres` (keyset paging: a draft left as it is is not seen twice). */
export async function brouillonsCandidats(db: Db, seuil: Date, apres: string | null, lot: number): Promise<string[]> {
  const lignes = await db
    .select({ id: demandes.id })
    .from(demandes)
    .where(and(eq(demandes.statut, 'brouillon'), lte(demandes.modifieLe, seuil), apres ? gt(demandes.id, apres) : undefined))
    .orderBy(asc(demandes.id))
    .limit(lot);
  return lignes.map((l) => l.id);
}

/** The draft, locked until the end of the transaction: the rule is applied to what is committed, once. */
export async function verrouillerBrouillon(db: Db, id: string) {
  const [ligne] = await db
    .select({
      id: demandes.id, compteId: demandes.compteId, creePar: demandes.creePar, dispositif: demandes.dispositif, beneficiaire: demandes.beneficiaire,
      modifieLe: demandes.modifieLe, relances: demandes.relancesBrouillon, relanceLe: demandes.relanceBrouillonLe,
    })
    .from(demandes)
    .where(and(eq(demandes.id, id), eq(demandes.statut, 'brouillon')))
    .for('update');
  return ligne;
}

/** Who is reminded of a draft: the person who created it, or the account owner if that person has left the account. */
export async function destinataireDuBrouillon(db: Db, brouillon: { compteId: string; creePar: string | null }): Promise<string | undefined> {
  if (brouillon.creePar) {
    const [createur] = await db.select({ email: utilisateurs.email }).from(utilisateurs).where(and(eq(utilisateurs.id, brouillon.creePar), eq(utilisateurs.compteId, brouillon.compteId)));
    if (createur) return createur.email;
  }
  const [proprietaire] = await db.select({ email: utilisateurs.email }).from(utilisateurs).where(and(eq(utilisateurs.compteId, brouillon.compteId), eq(utilisateurs.role, 'proprietaire'))).orderBy(asc(utilisateurs.creeLe)).limit(1);
  return proprietaire?.email;
}

export async function noterRelance(db: Db, id: string, relance: 1 | 2, now: Date): Promise<void> {
  // modifie_le is left alone on purpose: it is the last save by a person, which the rule measures.
  await db.update(demandes).set({ relancesBrouillon: relance, relanceBrouillonLe: now }).where(eq(demandes.id, id));
}

/**
 * An archived dossier whose last change — the row, its history, messages, reimbursement claims, and the
 * end of the funded action — is before `limite`.
 */
function archiveEchue(limite: Date): SQL {
  return sql`${inArray(demandes.statut, [...STATUTS_ARCHIVES])}
    and ${demandes.modifieLe} < ${limite}
    and (${demandes.decideLe} is null or ${demandes.decideLe} < ${limite})
    and (${demandes.dateFin} is null or ${demandes.dateFin} < ${dateDuJour(limite)}::date)
    and not exists (select 1 from historique_demandes h where h.demande_id = ${demandes.id} and h.cree_le >= ${limite})
    and not exists (select 1 from ${messagesDemandes} m where m.demande_id = ${demandes.id} and m.cree_le >= ${limite})
    and not exists (select 1 from ${remboursements} r where r.demande_id = ${demandes.id} and r.modifie_le >= ${limite})`;
}

export async function archivesCandidates(db: Db, limite: Date, apres: string | null, lot: number): Promise<string[]> {
  const lignes = await db
    .select({ id: demandes.id })
    .from(demandes)
    .where(and(archiveEchue(limite), apres ? gt(demandes.id, apres) : undefined))
    .orderBy(asc(demandes.id))
    .limit(lot);
  return lignes.map((l) => l.id);
}

/** The archived dossier, locked, if it is still past its retention period. */
export async function verrouillerArchiveEchue(db: Db, id: string, limite: Date) {
  const [ligne] = await db
    .select({ id: demandes.id, numero: demandes.numero, dispositif: demandes.dispositif, statut: demandes.statut })
    .from(demandes)
    .where(and(eq(demandes.id, id), archiveEchue(limite)))
    .for('update');
  return ligne;
}

/**
 * Deletes a request with everything hanging from it (history, pieces, messages and their attachments,
 * reimbursement claims and their pieces: ON DELETE CASCADE), and returns the keys of its files, to be
 * removed from the file store once the transaction is committed.
 */
export async function supprimerDemandeEtSesLignes(tx: Tx, id: string): Promise<string[]> {
  const pieces = await tx.db.select({ cle: piecesDemandes.cle }).from(piecesDemandes).where(eq(piecesDemandes.demandeId, id));
  const jointes = await tx.db.select({ cle: piecesJointesMessagesDemandes.cle }).from(piecesJointesMessagesDemandes).innerJoin(messagesDemandes, eq(messagesDemandes.id, piecesJointesMessagesDemandes.messageId)).where(eq(messagesDemandes.demandeId, id));
  const justificatifs = await tx.db.select({ cle: piecesRemboursements.cle }).from(piecesRemboursements).innerJoin(remboursements, eq(remboursements.id, piecesRemboursements.remboursementId)).where(eq(remboursements.demandeId, id));
  await tx.db.delete(demandes).where(eq(demandes.id, id));
  return [...pieces, ...jointes, ...justificatifs].map((p) => p.cle);
}
