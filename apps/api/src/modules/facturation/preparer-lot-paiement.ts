import { asc, eq, sql } from 'drizzle-orm';
import { lotsPaiement, remboursements } from '../../db/schema-suivi';
import { transaction } from '../../db/transaction';
import { Conflit } from '../../errors';
import { exigerGestionDesLots } from '../../policies/facturation';
import type { Instructeur } from '../../policies/instruction';
import type { Contexte } from '../identite/contexte';
import { dateDuJour } from '../referentiel/date-du-jour';
import { conditionEtape } from './facturation.repository';
import { journaliser } from './journal';
import { prochainNumeroLot, referencePaiement } from './numero-lot';

/**
 * « Préparer un lot de paiement »: every claim accepted and not yet in a batch goes into a new batch
 * LP-YYYY-NNNNNN, oldest acceptance first, each with the payment reference the accounting system
 * will use (batch number + line). The claims are locked: two supervisors preparing at once make one
 * batch and a clear 409, never the same claim twice.
 */
export function preparerLotPaiement(ctx: Contexte, personnel: Instructeur): Promise<string> {
  exigerGestionDesLots(personnel);
  return transaction(ctx.database, ctx.boss, async (tx) => {
    const choisis = await tx.db
      .select({ id: remboursements.id, montant: remboursements.montantAccepteCentimes })
      .from(remboursements)
      .where(conditionEtape('accepte'))
      .orderBy(asc(remboursements.accepteLe), asc(remboursements.id))
      .for('update');
    if (choisis.length === 0) throw new Conflit('LOT_VIDE', 'Aucun remboursement accepté n’attend de lot de paiement.');
    const numero = await prochainNumeroLot(tx.db, Number(dateDuJour(ctx.now).slice(0, 4)));
    const total = choisis.reduce((s, c) => s + (c.montant ?? 0), 0);
    const [lot] = await tx.db
      .insert(lotsPaiement)
      .values({ numero, nombre: choisis.length, montantTotalCentimes: total, creePar: personnel.id, creeLe: ctx.now })
      .returning({ id: lotsPaiement.id });
    const ids = `{${choisis.map((c) => c.id).join(',')}}`;
    await tx.db.execute(sql`
      update ${remboursements} set lot_paiement_id = ${lot!.id}, reference_paiement = ${`${numero}-`} || lpad(u.rang::text, 4, '0'), modifie_le = ${ctx.now}
      from unnest(${ids}::uuid[]) with ordinality as u(id, rang)
      where ${remboursements.id} = u.id`);
    await journaliser(tx, ctx, personnel, 'lot_paiement_preparer', { numero, nombre: choisis.length, montantTotalCentimes: total, premiereReference: referencePaiement(numero, 1) });
    const [verifie] = await tx.db.select({ n: sql<number>`count(*)::int` }).from(remboursements).where(eq(remboursements.lotPaiementId, lot!.id));
    if (verifie!.n !== choisis.length) throw new Error(`lot ${numero}: ${verifie!.n} lignes au lieu de ${choisis.length}`);
    return numero;
  });
}
