import { eq, inArray } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { COMPTES_DEMO, entreprisesMembres, groupeMultiSiret } from '../db/demo-data';
import { accesEtablissements, compteEtablissements, etablissements, utilisateurs } from '../db/schema';
import { accesTousEtablissements } from '../db/schema-collegues';
import { seedDemoIfEmpty } from '../db/seed';
import { testDatabase } from '../test/database';
import { aAccesALEtablissement, etablissementVisiblePar } from './etablissements';
import type { Employeur } from './espaces';

describe('qui voit quel établissement', async () => {
  const { db } = await testDatabase();
  await seedDemoIfEmpty(db, new Date('2026-11-22T09:00:00Z'));
  const employeurs = await db.select().from(utilisateurs).where(inArray(utilisateurs.email, COMPTES_DEMO.map((c) => c.email)));
  const proprietaire = employeurs.find((u) => u.email === 'cecile.moreau@aidomi-provence.test') as Employeur;
  const groupe = groupeMultiSiret();
  const idParSiret = new Map((await db.select({ id: etablissements.id, siret: etablissements.siret }).from(etablissements)).map((e) => [e.siret, e.id]));
  const [marseille, nice, gap] = [groupe[0]!.siret, groupe[4]!.siret, groupe[10]!.siret];
  const boulangerie = entreprisesMembres().find((e) => e.raisonSociale === 'AU PAIN DORÉ')!.siret;

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
  const personnesAyantAcces = async (siret: string) =>
    (await db.select({ email: utilisateurs.email }).from(utilisateurs).where(aAccesALEtablissement(idParSiret.get(siret)!))).map((p) => p.email).sort();

  let n = 0;
  async function collegue(role: 'collaborateur' | 'lecture_seule', acces: { tous?: boolean; sirets?: string[] }) {
    const [u] = await db
      .insert(utilisateurs)
      .values({ email: `collegue.${++n}@aidomi-provence.test`, nom: 'DURAND', prenom: `Paul ${n}`, role, compteId: proprietaire.compteId })
      .returning();
    if (acces.tous) await db.insert(accesTousEtablissements).values({ utilisateurId: u!.id, compteId: proprietaire.compteId });
    for (const s of acces.sirets ?? []) await db.insert(accesEtablissements).values({ utilisateurId: u!.id, etablissementId: idParSiret.get(s)! });
    return u as Employeur;
  }

  it.each(COMPTES_DEMO.map((c) => c.email))('le propriétaire %s voit exactement les établissements de son compte', async (email) => {
    const employeur = employeurs.find((u) => u.email === email) as Employeur;
    const attendus = await duCompte(employeur.compteId);
    expect(attendus.length).toBeGreaterThan(0);
    expect(await visibles(employeur)).toEqual(attendus);
  });

  it.each(['collaborateur', 'lecture_seule'] as const)('un %s ne voit que les établissements qui lui sont accordés', async (role) => {
    const u = await collegue(role, { sirets: [nice, gap] });
    expect(await visibles(u)).toEqual([nice, gap].sort());
  });

  it.each(['collaborateur', 'lecture_seule'] as const)('un %s sans aucun accès ne voit aucun établissement', async (role) => {
    expect(await visibles(await collegue(role, {}))).toEqual([]);
  });

  it('un collègue à qui « tous les établissements » sont accordés voit tout le compte', async () => {
    expect(await visibles(await collegue('collaborateur', { tous: true }))).toEqual(await duCompte(proprietaire.compteId));
  });

  it('un accès accordé sur l’établissement d’un autre compte ne compte pas', async () => {
    const u = await collegue('collaborateur', { sirets: [marseille, boulangerie] });
    expect(await visibles(u)).toEqual([marseille]);
  });

  it('« tous les établissements » ne vaut que pour le compte de la personne', async () => {
    const u = await collegue('collaborateur', {});
    const [boulanger] = employeurs.filter((e) => e.email === 'julien.martin@au-pain-dore.test');
    await db.insert(accesTousEtablissements).values({ utilisateurId: u.id, compteId: boulanger!.compteId! });
    expect(await visibles(u)).toEqual([]);
  });

  it('compte parmi les personnes ayant accès le propriétaire et les seuls collègues à qui l’établissement est accordé', async () => {
    const avant = await personnesAyantAcces(gap);
    const surGap = await collegue('lecture_seule', { sirets: [gap] });
    const surNice = await collegue('collaborateur', { sirets: [nice] });
    const partout = await collegue('collaborateur', { tous: true });
    const apres = await personnesAyantAcces(gap);
    expect(apres).toContain('cecile.moreau@aidomi-provence.test');
    expect(apres).toEqual([...avant, surGap.email, partout.email].sort());
    expect(apres).not.toContain(surNice.email);
    expect(await personnesAyantAcces(boulangerie)).toEqual(['julien.martin@au-pain-dore.test']);
  });
});
