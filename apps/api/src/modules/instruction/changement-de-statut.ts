import type { StatutDemande } from '@mse/shared/demande/statut.schema';
import { FORMULAIRES } from '@mse/shared/demande/formulaire/formulaires';
import type { ActionInstruction } from '@mse/shared/instruction/instruction.schema';
import { eq } from 'drizzle-orm';
import { audit, demandes, historiqueDemandes } from '../../db/schema';
import { transaction, type Tx } from '../../db/transaction';
import { Introuvable } from '../../errors';
import { exigerAction, type Instructeur } from '../../policies/instruction';
import type { Contexte } from '../identite/contexte';
import { verrouillerDemande, type DemandeVerrouillee } from './instruction.repository';

export const DEMANDE_INTROUVABLE = 'Cette demande n’existe pas ou n’a pas encore été envoyée.';

/** Who changes the request: a staff member, or the deadline timer (the silence rule). */
export type Auteur = { type: 'opco'; personnel: Instructeur } | { type: 'automatique' };

export type Changement = {
  action: ActionInstruction;
  de: StatutDemande;
  vers: StatutDemande;
  motif?: string | null;
  details?: Record<string, unknown>;
  /** The other columns this change writes (assignee, amounts, dates). */
  colonnes?: Partial<typeof demandes.$inferInsert>;
};

/** The scheme's name as the employer knows it (« Contrat d’apprentissage »), for e-mails. */
export const titreDispositif = (d: DemandeVerrouillee) => FORMULAIRES[d.dispositif].titre;

/**
 * Writes one change of a locked request: the new state, its history row (who, motif, details) and its
 * audit row, in the caller's transaction. Its e-mail is queued by the caller in the same transaction.
 */
export async function ecrireChangement(tx: Tx, ctx: Contexte, auteur: Auteur, demande: DemandeVerrouillee, c: Changement): Promise<void> {
  const utilisateurId = auteur.type === 'opco' ? auteur.personnel.id : null;
  await tx.db.update(demandes).set({ ...c.colonnes, statut: c.vers, modifieLe: ctx.now }).where(eq(demandes.id, demande.id));
  await tx.db.insert(historiqueDemandes).values({
    demandeId: demande.id,
    action: c.action,
    de: c.de,
    vers: c.vers,
    acteur: auteur.type,
    utilisateurId,
    motif: c.motif ?? null,
    details: c.details ?? {},
    creeLe: ctx.now,
  });
  await tx.db.insert(audit).values({
    evenement: `demande_${c.action}`,
    utilisateurId,
    ip: auteur.type === 'opco' ? ctx.ip : null,
    details: { demandeId: demande.id, numero: demande.numero, de: c.de, vers: c.vers, ...(c.motif ? { motif: c.motif } : {}), ...c.details },
  });
}

/**
 * The shape of every staff decision: one transaction, the request locked, the role and the state
 * machine asked on the locked row (403 / 409), then `decider` writes through `ecrireChangement` and
 * queues its e-mail.
 */
export async function instruire<T>(
  ctx: Contexte,
  personnel: Instructeur,
  numero: string,
  action: ActionInstruction,
  decider: (tx: Tx, demande: DemandeVerrouillee, vers: StatutDemande) => Promise<T>,
): Promise<T> {
  return transaction(ctx.database, ctx.boss, async (tx) => {
    const demande = await verrouillerDemande(tx.db, { numero });
    if (!demande) throw new Introuvable(DEMANDE_INTROUVABLE);
    const vers = exigerAction(personnel, demande, action);
    return decider(tx, demande, vers);
  });
}
