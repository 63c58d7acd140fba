import { eq, inArray } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { COMPTES_DEMO } from '../db/demo-data';
import { compteEtablissements, etablissements, utilisateurs } from '../db/schema';
import { seedDemoIfEmpty } from '../db/seed';
import { testDatabase } from '../test/database';
import { aAccesALEtablissement, etablissementVisiblePar } from './etablissements';
import type { Employeur } from './espaces';

describe('qui voit quel établissement', async () => {
  const { db } = await testDatabase();
  await seedDemoIfEmpty(db, new Date('2026-11-22T09:00:00Z'));
  const employeurs = await db.select().from(utilisateurs).where(inArray(utilisateurs.email, COMPTES_DEMO.map((c) => c.email)));

  const visibles = async (e: Employeur) =>
    (await db.select({ siret: etablissements.siret }).from(etablissements).where(etablissementVisiblePar(e))).map((r) => r.siret).sort();
  const duCompte = async (compteId: string) =>
    (
      await db
        .select({ siret: etablissements.siret })
        .from(compteEtablissements)
        .innerJoin(etablissements, eq(etablissements.id, compteEtablissements.etablissementId))
        .where(eq(compteEtablissements.compteId, compteId))
    )
      .map((r) => r.siret)
      .sort();

  it.each(COMPTES_DEMO.map((c) => c.email))('%s voit exactement les établissements de son compte', async (email) => {
    const employeur = employeurs.find((u) => u.email === email) as Employeur;
    const attendus = await duCompte(employeur.compteId);
    expect(attendus.length).toBeGreaterThan(0);
    expect(await visibles(employeur)).toEqual(attendus);
  });

  it('donne à un collaborateur du compte les mêmes établissements, et le compte parmi les personnes ayant accès', async () => {
    const proprietaire = employeurs.find((u) => u.email === 'cecile.moreau@aidomi-provence.test') as Employeur;
    const [collaborateur] = await db
      .insert(utilisateurs)
      .values({ email: 'paul.durand@aidomi-provence.test', nom: 'DURAND', prenom: 'Paul', role: 'collaborateur', compteId: proprietaire.compteId })
      .returning();
    expect(await visibles(collaborateur as Employeur)).toEqual(await visibles(proprietaire));
    const [unEtablissement] = await db.select({ id: etablissements.id }).from(etablissements).where(etablissementVisiblePar(proprietaire)).limit(1);
    const personnes = await db.select({ email: utilisateurs.email }).from(utilisateurs).where(aAccesALEtablissement(unEtablissement!.id));
    expect(personnes.map((p) => p.email).sort()).toEqual(['cecile.moreau@aidomi-provence.test', 'paul.durand@aidomi-provence.test']);
  });
});
