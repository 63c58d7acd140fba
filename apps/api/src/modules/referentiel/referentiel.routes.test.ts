import { formaterDate } from '@mse/shared/commun/dates';
import type { ReferentielAdministration } from '@mse/shared/referentiel/referentiel-admin.schema';
import { and, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { audit } from '../../db/schema';
import { seedDemoIfEmpty } from '../../db/seed';
import { testApp } from '../../test/app';
import { connecterEmployeur, connecterPersonnel } from './connexions.test-helper';

const SMIC_FUTUR = {
  debut: '2027-01-01',
  source: 'Décret n° 2026-1234 du 20 décembre 2026 portant relèvement du salaire minimum de croissance',
  valeur: { mensuelCentimes: 190000, horaireCentimes: 1253 },
};

describe('administration du référentiel', async () => {
  const ctx = await testApp();
  await seedDemoIfEmpty(ctx.database.db, ctx.clock.now);
  const { app } = ctx;
  const employeur = await connecterEmployeur(app, 'julien.martin@au-pain-dore.test');
  const gestionnaire = await connecterPersonnel(app, 'gestionnaire@opco.test', ctx.clock.now);
  const administrateur = await connecterPersonnel(app, 'administrateur@opco.test', ctx.clock.now);
  const ajouter = (qui: { headers: Record<string, string> }, payload: object, rubrique = 'smic') =>
    app.inject({ method: 'POST', url: `/api/referentiel/${rubrique}/entrees`, headers: qui.headers, payload });

  it('cache le référentiel à un employeur (404) et le refuse sans connexion (401)', async () => {
    expect((await app.inject({ url: '/api/referentiel', headers: employeur.headers })).statusCode).toBe(404);
    expect((await ajouter(employeur, SMIC_FUTUR)).statusCode).toBe(404);
    expect((await app.inject({ url: '/api/referentiel' })).statusCode).toBe(401);
  });

  it('montre à un gestionnaire chaque rubrique avec ses valeurs datées et leurs sources, sans lui permettre d’en ajouter (403)', async () => {
    const res = await app.inject({ url: '/api/referentiel', headers: gestionnaire.headers });
    expect(res.statusCode).toBe(200);
    const referentiel = res.json<ReferentielAdministration>();
    expect(referentiel.actions).toEqual({ ajouterEntree: false });
    expect(referentiel.date).toBe('2026-11-22');
    expect(referentiel.rubriques).toHaveLength(17);
    const smic = referentiel.rubriques.find((r) => r.rubrique === 'smic');
    expect(smic?.libelle).toBe('SMIC (salaire minimum de croissance)');
    expect(smic?.entrees.map((e) => [e.debut, e.statut, e.valeur.mensuelCentimes])).toEqual([
      ['2023-01-01', 'passee', 170928],
      ['2023-05-01', 'passee', 174720],
      ['2024-01-01', 'passee', 176692],
      ['2024-11-01', 'passee', 180180],
      ['2026-01-01', 'en_vigueur', 182303],
    ]);
    expect(smic?.entrees[3]?.source).toMatch(/^Décret n° 2024-951/);
    expect(smic?.entrees[4]?.valeur.mayotte).toEqual({ mensuelCentimes: 141505, horaireCentimes: 933 });
    const financement = referentiel.rubriques.find((r) => r.rubrique === 'financementApprentissage');
    expect(financement?.entrees.map((e) => [e.debut, e.fin, e.statut])).toEqual([
      ['2020-01-01', '2025-06-30', 'passee'],
      ['2025-07-01', null, 'en_vigueur'],
    ]);
    expect((await ajouter(gestionnaire, SMIC_FUTUR)).statusCode).toBe(403);
  });

  it('laisse un administrateur ajouter un SMIC à venir, le liste « à venir » et garde une trace de l’ajout', async () => {
    const res = await ajouter(administrateur, SMIC_FUTUR);
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({ debut: '2027-01-01', fin: null, statut: 'a_venir', valeur: { mensuelCentimes: 190000, horaireCentimes: 1253 }, creePar: 'Marc FONTAINE', remplaceId: null });
    const liste = (await app.inject({ url: '/api/referentiel', headers: administrateur.headers })).json<ReferentielAdministration>();
    expect(liste.actions.ajouterEntree).toBe(true);
    expect(liste.version).toBe(res.json().id);
    expect(liste.rubriques.find((r) => r.rubrique === 'smic')?.entrees.at(-1)).toMatchObject({ debut: '2027-01-01', statut: 'a_venir', source: SMIC_FUTUR.source });
    const traces = await ctx.database.db.select().from(audit).where(and(eq(audit.evenement, 'referentiel_valeur_ajoutee')));
    expect(traces).toHaveLength(1);
    expect(traces[0]?.details).toMatchObject({ rubrique: 'smic', entreeId: res.json().id, debut: '2027-01-01', source: SMIC_FUTUR.source });
  });

  it('refuse une valeur qui ne respecte pas le schéma de sa rubrique, avec un message en français par champ (422)', async () => {
    const res = await ajouter(administrateur, { debut: '2028-01-01', fin: '2027-12-31', source: 'Décret à paraître', valeur: { mensuelCentimes: 1900.5 } });
    expect(res.statusCode).toBe(422);
    expect(res.json().erreur.champs).toEqual([
      { chemin: 'valeur.mensuelCentimes', message: 'Le montant doit être un nombre entier de centimes' },
      { chemin: 'valeur.horaireCentimes', message: 'Montant attendu (en centimes)' },
      { chemin: 'fin', message: 'La fin de validité ne peut pas précéder le début' },
    ]);
    const sansSource = await ajouter(administrateur, { debut: 'demain', source: ' ', valeur: {} });
    expect(sansSource.statusCode).toBe(422);
    expect(sansSource.json().erreur.champs).toEqual([
      { chemin: 'debut', message: 'Date invalide : format attendu AAAA-MM-JJ' },
      { chemin: 'source', message: 'La source (texte ou document) est obligatoire' },
    ]);
  });

  it('refuse une deuxième valeur au même début, mais accepte qu’elle corrige la première', async () => {
    const doublon = await ajouter(administrateur, { ...SMIC_FUTUR, valeur: { mensuelCentimes: 190200, horaireCentimes: 1254 } });
    expect(doublon.statusCode).toBe(422);
    expect(doublon.json().erreur.champs[0]).toMatchObject({ chemin: 'debut' });
    expect(doublon.json().erreur.champs[0].message).toContain(`à partir du ${formaterDate('2027-01-01')}`);
    const liste = (await app.inject({ url: '/api/referentiel', headers: administrateur.headers })).json<ReferentielAdministration>();
    const aCorriger = liste.rubriques.find((r) => r.rubrique === 'smic')!.entrees.at(-1)!;
    const correction = await ajouter(administrateur, { ...SMIC_FUTUR, valeur: { mensuelCentimes: 190200, horaireCentimes: 1254 }, remplaceId: aCorriger.id });
    expect(correction.statusCode).toBe(201);
    const apres = (await app.inject({ url: '/api/referentiel', headers: administrateur.headers })).json<ReferentielAdministration>();
    const smic = apres.rubriques.find((r) => r.rubrique === 'smic')!.entrees;
    expect(smic.find((e) => e.id === aCorriger.id)?.statut).toBe('remplacee');
    expect(smic.find((e) => e.id === correction.json().id)).toMatchObject({ statut: 'a_venir', remplaceId: aCorriger.id });
  });

  it('garde les critères de chaque branche comme des séries distinctes', async () => {
    const liste = (await app.inject({ url: '/api/referentiel', headers: administrateur.headers })).json<ReferentielAdministration>();
    const criteres = liste.rubriques.find((r) => r.rubrique === 'criteresActionIndividuelle')!.entrees;
    expect(criteres.map((e) => [e.valeur.branche, e.statut])).toEqual([
      ['interprofession', 'en_vigueur'],
      ['177', 'en_vigueur'],
      ['213', 'en_vigueur'],
    ]);
  });

  it('répond 404 pour une rubrique inconnue et 403 sans le jeton CSRF de la session', async () => {
    expect((await ajouter(administrateur, SMIC_FUTUR, 'tva')).statusCode).toBe(404);
    const sansJeton = await app.inject({ method: 'POST', url: '/api/referentiel/smic/entrees', headers: { cookie: administrateur.headers.cookie }, payload: SMIC_FUTUR });
    expect(sansJeton.statusCode).toBe(403);
  });
});
