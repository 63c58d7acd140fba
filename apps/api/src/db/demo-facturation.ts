/**
 * Demo data of the back office's « Facturation » (issue 8): a few of the demo claims « À venir » of the
 * multi-establishment account are already accepted by the demo gestionnaire, so that « Préparer un lot
 * de paiement » has something to take at once. The baker's claims stay « À examiner » for the demo of
 * the examination. Runs after the demo claims (demo-remboursements.ts), in the seed's transaction.
 */
import { resteDuCentimes } from '@mse/shared/remboursement/solde';
import { and, asc, eq, isNull, sql } from 'drizzle-orm';
import type { Db } from './database';
import { COMPTES_DEMO, PERSONNEL_DEMO } from './demo-data';
import { demandes, utilisateurs } from './schema';
import { remboursements } from './schema-suivi';

type Executeur = Pick<Db, 'select' | 'update'>;
const JOUR_MS = 86_400_000;
const ACCEPTES = 3;

export async function chargerFacturationDemo(db: Executeur, now: Date): Promise<number> {
  const [gestionnaire] = await db.select({ id: utilisateurs.id }).from(utilisateurs).where(eq(utilisateurs.email, PERSONNEL_DEMO[0]!.email));
  const [multi] = await db.select({ compteId: utilisateurs.compteId }).from(utilisateurs).where(eq(utilisateurs.email, COMPTES_DEMO[0]!.email));
  if (!gestionnaire || !multi?.compteId) return 0;
  const candidats = await db
    .select({ id: remboursements.id, demandeId: remboursements.demandeId, montant: remboursements.montantDemandeCentimes, engage: demandes.montantEngageCentimes })
    .from(remboursements)
    .innerJoin(demandes, eq(demandes.id, remboursements.demandeId))
    .where(and(eq(remboursements.compteId, multi.compteId), eq(remboursements.statut, 'a_venir'), isNull(remboursements.accepteLe)))
    .orderBy(asc(remboursements.creeLe), asc(remboursements.id));
  let acceptes = 0;
  for (const c of candidats) {
    if (acceptes === ACCEPTES) break;
    const [s] = await db
      .select({
        paye: sql<number>`coalesce(sum(${remboursements.montantPayeCentimes}) filter (where ${remboursements.statut} = 'paye'), 0)::int`,
        accepte: sql<number>`coalesce(sum(${remboursements.montantAccepteCentimes}) filter (where ${remboursements.statut} = 'a_venir' and ${remboursements.accepteLe} is not null), 0)::int`,
      })
      .from(remboursements)
      .where(eq(remboursements.demandeId, c.demandeId));
    if (c.montant > resteDuCentimes({ montantEngageCentimes: c.engage, dejaPayeCentimes: s!.paye, accepteNonPayeCentimes: s!.accepte })) continue;
    const accepteLe = new Date(now.getTime() - (acceptes + 1) * JOUR_MS);
    await db.update(remboursements).set({ accepteLe, montantAccepteCentimes: c.montant, examinePar: gestionnaire.id, modifieLe: accepteLe }).where(eq(remboursements.id, c.id));
    acceptes += 1;
  }
  return acceptes;
}
