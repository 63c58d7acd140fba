import { formaterEuros } from '@mse/shared/commun/montant';
import type { ResultatEstimation } from '@mse/shared/financement/estimation.schema';
import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { cpneIdcc, demandes, etablissements, npec } from '../../db/schema';
import { seedDemoIfEmpty } from '../../db/seed';
import { testApp } from '../../test/app';
import { connecterEmployeur, connecterPersonnel } from '../referentiel/connexions.test-helper';
import { versionCourante } from '../referentiel/referentiel.repository';

/** DOMAIN.md §4.1: NPEC 8 000 €, contract concluded after 1 July 2025, broken after 61 days → 1 336,98 €. */
const CONTRAT_ROMPU = {
  dispositif: 'apprentissage',
  dateConclusion: '2025-09-01',
  dateDebutContrat: '2025-09-01',
  dateFinContrat: '2027-08-31',
  dateRupture: '2025-10-31',
  niveauCertification: 4,
  npec: null,
  dureeFormationHeures: 800,
} as const;

describe('estimation d’une demande de financement', async () => {
  const ctx = await testApp();
  const { app } = ctx;
  const { db } = ctx.database;
  await seedDemoIfEmpty(db, ctx.clock.now);
  await db.insert(cpneIdcc).values({ cpne: '843', libelleCpne: 'CPNE de la boulangerie-pâtisserie', idcc: '0843', dateApplicabilite: '2024-07-15' });
  await db.insert(npec).values({
    rncp: 'RNCP35316', cpne: '843', libelleCertification: 'BP Boulanger', montantCentimes: 800000, statut: 'CPNE', dateApplicabilite: '2024-07-15', source: 'test',
  });
  const boulanger = await connecterEmployeur(app, 'julien.martin@au-pain-dore.test');
  const multi = await connecterEmployeur(app, 'cecile.moreau@aidomi-provence.test');
  const gestionnaire = await connecterPersonnel(app, 'gestionnaire@opco.test', ctx.clock.now);
  const [auPainDore] = await db.select().from(etablissements).where(eq(etablissements.raisonSociale, 'AU PAIN DORÉ'));
  const estimer = (qui: { headers: Record<string, string> } | null, payload: object) =>
    app.inject({ method: 'POST', url: '/api/estimations', headers: qui?.headers ?? {}, payload });

  it('retrouve le NPEC de la branche de l’établissement et proratise au jour une rupture après 61 jours : 1 336,98 €', async () => {
    const res = await estimer(boulanger, { rncp: 'RNCP35316', demande: CONTRAT_ROMPU });
    expect(res.statusCode).toBe(200);
    const resultat = res.json<ResultatEstimation>();
    expect(resultat).toMatchObject({
      date: '2026-11-22',
      referentielVersion: await versionCourante(db),
      etablissement: { siret: auPainDore!.siret, idcc: '0843', effectif: 3 },
      npec: { rncp: 'RNCP35316', cpne: '843', montantAnnuelCentimes: 800000, dateApplicabilite: '2024-07-15' },
      controles: null,
    });
    expect(resultat.estimation.montants).toMatchObject({ pedagogie: 133698, participationEmployeur: 0, total: 133698 });
    expect(resultat.estimation.explications[0]).toBe(
      `IDCC 0843 → CPNE 843 (CPNE de la boulangerie-pâtisserie) : NPEC de RNCP35316 = ${formaterEuros(800000)} par an, applicable depuis le 15/07/2024.`,
    );
    expect(resultat.estimation.explications).toContain(`NPEC RNCP35316 × CPNE CPNE de la boulangerie-pâtisserie = ${formaterEuros(800000)} × 61/365 jours = ${formaterEuros(133698)} (arrondi au centime inférieur).`);
    expect(resultat.estimation.echeancier.reduce((s, e) => s + e.montantCentimes, 0)).toBe(133698);
  });

  it('ignore le NPEC envoyé par le navigateur : seul compte celui que le serveur retrouve', async () => {
    const npecInvente = { rncp: 'RNCP35316', cpne: '843', montantAnnuelCentimes: 2_000_000, dateApplicabilite: '2024-07-15' };
    const res = await estimer(boulanger, { rncp: 'RNCP35316', demande: { ...CONTRAT_ROMPU, npec: npecInvente } });
    expect(res.json<ResultatEstimation>().estimation.montants.pedagogie).toBe(133698);
  });

  it('applique la valeur d’amorçage du niveau quand la certification n’a pas de NPEC dans la branche', async () => {
    const res = await estimer(boulanger, { rncp: 'RNCP99999', demande: { ...CONTRAT_ROMPU, dateRupture: undefined } });
    const resultat = res.json<ResultatEstimation>();
    expect(resultat.npec).toBeNull();
    expect(resultat.estimation.explications[0]).toBe("RNCP99999 n'a pas de NPEC publié pour la branche (IDCC 0843) au 01/09/2025 : la valeur d'amorçage du niveau de la certification s'applique.");
    expect(resultat.estimation.explications[1]).toMatch(/^Certification sans NPEC publié : valeur d'amorçage du niveau 4 = 5\s621,00\s€ par an/);
  });

  it('demande l’établissement à un compte multi-établissements, et refuse celui d’un autre compte (404)', async () => {
    const sansEtablissement = await estimer(multi, { rncp: 'RNCP35316', demande: CONTRAT_ROMPU });
    expect(sansEtablissement.statusCode).toBe(422);
    expect(sansEtablissement.json().erreur.champs).toEqual([{ chemin: 'siret', message: 'Indiquez l’établissement : sa convention collective désigne la branche (CPNE) dont dépend le NPEC.' }]);
    expect((await estimer(multi, { siret: auPainDore!.siret, rncp: 'RNCP35316', demande: CONTRAT_ROMPU })).statusCode).toBe(404);
  });

  it('laisse un gestionnaire estimer la demande d’un établissement de l’annuaire', async () => {
    const res = await estimer(gestionnaire, { siret: auPainDore!.siret, rncp: '35316', demande: CONTRAT_ROMPU });
    expect(res.statusCode).toBe(200);
    expect(res.json<ResultatEstimation>().estimation.montants.pedagogie).toBe(133698);
  });

  it('répond 422 avec un message en français par champ à une demande incomplète, et 401 sans connexion', async () => {
    const res = await estimer(boulanger, { rncp: 'RNCP1', demande: { dispositif: 'apprentissage', dateConclusion: '2025-02-30', niveauCertification: 9 } });
    expect(res.statusCode).toBe(422);
    const { erreur } = res.json();
    expect(erreur.message).toBe('Certaines informations sont à corriger.');
    expect(erreur.champs).toEqual(
      expect.arrayContaining([
        { chemin: 'rncp', message: 'Le code RNCP s’écrit RNCP suivi de 3 à 5 chiffres (exemple : RNCP35316)' },
        { chemin: 'demande.dateConclusion', message: 'Date invalide : format attendu AAAA-MM-JJ' },
        { chemin: 'demande.niveauCertification', message: 'Niveau de certification de 3 à 8' },
      ]),
    );
    expect((await estimer(null, { demande: CONTRAT_ROMPU })).statusCode).toBe(401);
  });

  it('contrôle la demande complète quand elle est fournie, avec la branche et l’effectif de l’établissement', async () => {
    const actionIndividuelle = {
      dispositif: 'action_individuelle', idcc: '9999', effectif: 400, dateDepot: '2026-11-22', dateDebut: '2027-01-11', dateFin: '2027-01-15',
      categorie: 'base', heures: 35, coutPedagogiqueCentimes: 140000, diplomante: false, salairesDemandes: true, dejaEngageAnneeCentimes: 0,
    };
    const controle = {
      dispositif: 'action_individuelle',
      employeur: { siret: auPainDore!.siret, effectif: 3, idcc: '0843' },
      stagiaire: { nom: 'DUPONT', prenom: 'Léa', emploi: 'Vendeuse' },
      action: { intitule: 'Hygiène alimentaire HACCP', categorie: 'base', organismeSiret: '73282932000074', dateDebut: '2027-01-11', dateFin: '2027-01-15', heures: 35, coutPedagogiqueCentimes: 140000 },
    };
    const res = await estimer(boulanger, { demande: actionIndividuelle, controle });
    expect(res.statusCode).toBe(200);
    const resultat = res.json<ResultatEstimation>();
    expect(resultat.estimation.eligible).toBe(true);
    expect(resultat.estimation.explications[0]).toBe(`Branche (IDCC 0843) et effectif (3 salariés) de l’établissement ${auPainDore!.siret}, tels que l’annuaire des adhérents les connaît.`);
    expect(resultat.controles?.length).toBeGreaterThan(0);
    expect(resultat.controles?.every((c) => c.niveau !== 'bloquant')).toBe(true);

    const autreDispositif = await estimer(boulanger, { demande: actionIndividuelle, controle: { ...controle, dispositif: 'pro_a' } });
    expect(autreDispositif.statusCode).toBe(422);
  });

  it('retranche ce que l’entreprise a déjà obtenu dans l’année en actions individuelles, et seulement cette année-là', async () => {
    const action = {
      dispositif: 'action_individuelle', idcc: '9999', effectif: 400, dateDebut: '2027-03-01', dateFin: '2027-03-05',
      categorie: 'base', heures: 35, coutPedagogiqueCentimes: 70000, diplomante: false, salairesDemandes: false, dejaEngageAnneeCentimes: 0,
    };
    const ligneEngage = async () => (await estimer(boulanger, { demande: action })).json<ResultatEstimation>().estimation.explications[1];
    expect(await ligneEngage()).toBe(`Déjà engagé en 2027 pour l’entreprise en actions individuelles : ${formaterEuros(0)}.`);
    const base = { etablissementId: auPainDore!.id, dispositif: 'action_individuelle' as const, montantEngageCentimes: 150000 };
    const [compte] = await db.select({ compteId: demandes.compteId }).from(demandes).where(eq(demandes.etablissementId, auPainDore!.id)).limit(1);
    await db.insert(demandes).values([
      { ...base, compteId: compte!.compteId, statut: 'pris_en_charge', dateDebut: '2027-01-10' },
      { ...base, compteId: compte!.compteId, statut: 'refuse', dateDebut: '2027-02-10' },
      { ...base, compteId: compte!.compteId, statut: 'solde', dateDebut: '2026-05-10' },
    ]);
    expect(await ligneEngage()).toBe(`Déjà engagé en 2027 pour l’entreprise en actions individuelles : ${formaterEuros(150000)}.`);
  });

  it('donne le NPEC en vigueur pour un formulaire : certification, convention collective et date', async () => {
    const res = await app.inject({ url: '/api/referentiel/npec?rncp=35316&idcc=843&date=2025-09-01', headers: boulanger.headers });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({
      npec: { rncp: 'RNCP35316', cpne: '843', montantAnnuelCentimes: 800000 },
      cpne: [{ code: '843', libelle: 'CPNE de la boulangerie-pâtisserie' }],
    });
    const avant = await app.inject({ url: '/api/referentiel/npec?rncp=RNCP35316&idcc=0843&date=2024-07-14', headers: boulanger.headers });
    expect(avant.json()).toMatchObject({ npec: null, cpne: [] });
  });

  it('calcule la rémunération minimale avec le SMIC en vigueur : 53 % de 1 823,03 € = 966,21 €', async () => {
    const res = await app.inject({
      method: 'POST',
      url: '/api/estimations/remuneration-minimale',
      headers: boulanger.headers,
      payload: { dateNaissance: '2004-01-15', dateDebutContrat: '2026-09-01', dateFinContrat: '2027-08-31' },
    });
    expect(res.statusCode).toBe(200);
    expect(res.json().periodes[0]).toMatchObject({ tauxPourcent: 53, baseMensuelleCentimes: 182303, montantMensuelMinimumCentimes: 96621 });
  });

  it('décrit l’estimation, la recherche de NPEC et l’administration du référentiel dans l’OpenAPI', async () => {
    const res = await app.inject({ url: '/api/docs/json' });
    expect(res.statusCode).toBe(200);
    const { paths } = res.json();
    expect(paths['/api/estimations'].post.requestBody.content['application/json'].schema.properties).toHaveProperty('demande');
    expect(paths['/api/estimations'].post.responses['200'].content['application/json'].schema.properties).toHaveProperty('referentielVersion');
    expect(Object.keys(paths['/api/estimations'].post.responses)).toEqual(expect.arrayContaining(['200', '401', '404', '422']));
    expect(paths['/api/referentiel/npec'].get.parameters.map((p: { name: string }) => p.name)).toEqual(['rncp', 'idcc', 'date']);
    expect(paths['/api/referentiel/{rubrique}/entrees'].post.responses).toHaveProperty('201');
  });
});
