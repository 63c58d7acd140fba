import { and, eq, isNotNull } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { testDatabase } from '../test/database';
import { COMPTES_DEMO } from './demo-data';
import { demandes, utilisateurs } from './schema';
import { remboursements } from './schema-suivi';
import { seedDemoIfEmpty } from './seed';

describe('données de démonstration de la facturation', async () => {
  const database = await testDatabase();
  const now = new Date('2026-11-22T09:00:00Z');
  await seedDemoIfEmpty(database.db, now);

  it('laisse quelques remboursements acceptés en attente d’un lot, dans la limite du reste dû, et ceux du boulanger à examiner', async () => {
    const acceptes = await database.db
      .select({ r: remboursements, compte: remboursements.compteId, engage: demandes.montantEngageCentimes })
      .from(remboursements)
      .innerJoin(demandes, eq(demandes.id, remboursements.demandeId))
      .where(and(eq(remboursements.statut, 'a_venir'), isNotNull(remboursements.accepteLe)));
    expect(acceptes.length).toBeGreaterThan(0);
    expect(acceptes.length).toBeLessThanOrEqual(3);
    const [multi] = await database.db.select({ compteId: utilisateurs.compteId }).from(utilisateurs).where(eq(utilisateurs.email, COMPTES_DEMO[0]!.email));
    for (const a of acceptes) {
      expect(a.compte).toBe(multi!.compteId);
      expect(a.r.montantAccepteCentimes).toBe(a.r.montantDemandeCentimes);
      expect(a.r.lotPaiementId).toBeNull();
      expect(a.r.accepteLe!.getTime()).toBeLessThan(now.getTime());
    }
  });
});
