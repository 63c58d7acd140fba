import { count, eq, inArray } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { COMPTES_DEMO, groupeMultiSiret } from '../db/demo-data';
import { accesEtablissements, etablissements, utilisateurs } from '../db/schema';
import { remboursements } from '../db/schema-suivi';
import { seedDemoIfEmpty } from '../db/seed';
import { testDatabase } from '../test/database';
import type { Employeur } from './espaces';
import { remboursementVisiblePar } from './remboursements';

describe('qui voit quels remboursements', async () => {
  const { db } = await testDatabase();
  await seedDemoIfEmpty(db, new Date('2026-11-22T09:00:00Z'));
  const employeurs = (await db.select().from(utilisateurs).where(inArray(utilisateurs.email, COMPTES_DEMO.map((c) => c.email)))) as Employeur[];
  const cecile = employeurs.find((u) => u.email === 'cecile.moreau@aidomi-provence.test')!;
  const julien = employeurs.find((u) => u.email === 'julien.martin@au-pain-dore.test')!;
  const nombre = async (e: Employeur) => (await db.select({ n: count() }).from(remboursements).where(remboursementVisiblePar(e)))[0]!.n;

  it('le propriétaire voit tous les remboursements de son compte, et aucun d’un autre', async () => {
    const [duCompte] = await db.select({ n: count() }).from(remboursements).where(eq(remboursements.compteId, cecile.compteId));
    expect(duCompte!.n).toBeGreaterThan(0);
    expect(await nombre(cecile)).toBe(duCompte!.n);
    const comptes = (await db.select({ compteId: remboursements.compteId }).from(remboursements).where(remboursementVisiblePar(julien))).map((r) => r.compteId);
    expect(comptes.every((c) => c === julien.compteId)).toBe(true);
  });

  it('un collègue ne voit que les remboursements des établissements qui lui sont accordés', async () => {
    const [u] = await db.insert(utilisateurs).values({ email: 'lea.remb@aidomi-provence.test', nom: 'L', prenom: 'Léa', role: 'collaborateur', compteId: cecile.compteId }).returning();
    expect(await nombre(u as Employeur)).toBe(0);
    const [site] = await db
      .select({ id: remboursements.etablissementId, n: count() })
      .from(remboursements)
      .innerJoin(etablissements, eq(etablissements.id, remboursements.etablissementId))
      .where(inArray(etablissements.siret, groupeMultiSiret().map((e) => e.siret)))
      .groupBy(remboursements.etablissementId)
      .limit(1);
    await db.insert(accesEtablissements).values({ utilisateurId: u!.id, etablissementId: site!.id });
    expect(await nombre(u as Employeur)).toBe(site!.n);
  });
});
