import { groupeDuStatut } from '@mse/shared/demande/statut';
import { and, eq, inArray } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { groupeMultiSiret, MOT_DE_PASSE_DEMO } from '../../db/demo-data';
import { accesEtablissements, actualites, compteEtablissements, comptes, demandes, etablissements, utilisateurs } from '../../db/schema';
import { seedDemoIfEmpty } from '../../db/seed';
import { testApp } from '../../test/app';
import { creerSession } from '../identite/sessions.repository';

const MULTI = 'cecile.moreau@aidomi-provence.test';
const groupe = groupeMultiSiret();
const [MARSEILLE, NICE, GAP] = [groupe[0]!, groupe[4]!, groupe[10]!];

describe('la page d’accueil : mes demandes par groupe de statuts et les actualités', async () => {
  const ctx = await testApp();
  await seedDemoIfEmpty(ctx.database.db, ctx.clock.now);
  const { app, database } = ctx;
  const { db } = database;
  const [cecile] = await db.select().from(utilisateurs).where(eq(utilisateurs.email, MULTI));
  const idDe = async (siret: string) => (await db.select({ id: etablissements.id }).from(etablissements).where(eq(etablissements.siret, siret)))[0]!.id;

  /** Opens a session straight in the database: the people made up here have no password. */
  async function session(utilisateurId: string) {
    const { token, csrfToken } = await creerSession(db, { utilisateurId, seSouvenir: false, ip: '127.0.0.1', userAgent: undefined, now: ctx.clock.now });
    const headers = { cookie: `mse_session=${token}`, 'x-csrf-token': csrfToken };
    return {
      accueil: () => app.inject({ url: '/api/accueil', headers }),
      choisir: (siret: string | null) => app.inject({ method: 'PUT', url: '/api/etablissement-courant', payload: { siret }, headers }),
    };
  }

  /** What the chart should show, counted independently of the route: by group, on these establishments. */
  async function attendu(compteId: string, etablissementIds?: string[]) {
    const lignes = await db
      .select({ statut: demandes.statut })
      .from(demandes)
      .where(and(eq(demandes.compteId, compteId), etablissementIds ? inArray(demandes.etablissementId, etablissementIds) : undefined));
    const n = (g: string) => lignes.filter((l) => groupeDuStatut(l.statut) === g).length;
    return {
      total: lignes.length,
      groupes: [
        { groupe: 'brouillon', libelle: 'Brouillon', nombre: n('brouillon') },
        { groupe: 'en_cours', libelle: 'En cours', nombre: n('en_cours') },
        { groupe: 'archive', libelle: 'Archivé', nombre: n('archive') },
      ],
    };
  }

  it('compte les demandes de tous les établissements du compte par Brouillon, En cours, Archivé, avec les actualités, en une réponse', async () => {
    const res = await (await session(cecile!.id)).accueil();
    expect(res.statusCode).toBe(200);
    const accueil = res.json();
    const attendus = await attendu(cecile!.compteId!);
    expect(attendus.total).toBeGreaterThanOrEqual(30);
    expect(accueil.demandes).toEqual(attendus);
    expect(accueil.demandes.groupes.every((g: { nombre: number }) => g.nombre > 0)).toBe(true);
    expect(accueil.perimetre).toBeNull();
    expect(accueil.actions).toEqual(['demanderFinancement']);
    expect(accueil.actualites.map((a: { titre: string }) => a.titre)).toEqual([
      'Bienvenue sur votre nouvel espace',
      'Comment ça marche ?',
      'Contrats d’apprentissage : les règles de financement depuis le 1er juillet 2025',
    ]);
    expect(accueil.actualites[0]).toEqual({ id: expect.any(String), titre: expect.any(String), resume: expect.stringMatching(/fait peau neuve/), publieLe: expect.any(String) });
  });

  it('ne compte que les demandes de l’établissement courant quand il en est choisi un, puis de nouveau toutes', async () => {
    const cecileSession = await session(cecile!.id);
    expect((await cecileSession.choisir(GAP.siret)).statusCode).toBe(200);
    const surGap = (await cecileSession.accueil()).json();
    expect(surGap.perimetre).toEqual({ siret: GAP.siret, raisonSociale: 'AIDOMI PROVENCE – GAP' });
    expect(surGap.demandes).toEqual(await attendu(cecile!.compteId!, [await idDe(GAP.siret)]));
    expect(surGap.demandes.total).toBeLessThan((await attendu(cecile!.compteId!)).total);

    await cecileSession.choisir(null);
    const tous = (await cecileSession.accueil()).json();
    expect(tous.perimetre).toBeNull();
    expect(tous.demandes).toEqual(await attendu(cecile!.compteId!));
  });

  it('ne montre à un collègue que les demandes des établissements qui lui sont accordés, et à la lecture seule aucun bouton pour demander', async () => {
    for (const role of ['collaborateur', 'lecture_seule'] as const) {
      const [u] = await db.insert(utilisateurs).values({ email: `${role}@aidomi-provence.test`, nom: 'DURAND', prenom: 'Paul', role, compteId: cecile!.compteId, emailConfirmeLe: ctx.clock.now }).returning();
      const accordes = [await idDe(NICE.siret), await idDe(GAP.siret)];
      await db.insert(accesEtablissements).values(accordes.map((etablissementId) => ({ utilisateurId: u!.id, etablissementId })));
      const collegue = await session(u!.id);
      const accueil = (await collegue.accueil()).json();
      expect(accueil.demandes).toEqual(await attendu(cecile!.compteId!, accordes));
      expect(accueil.actions).toEqual(role === 'collaborateur' ? ['demanderFinancement'] : []);
      // Marseille is not theirs: choosing it is refused, and the counts stay those of Nice and Gap.
      expect((await collegue.choisir(MARSEILLE.siret)).statusCode).toBe(404);
      expect((await collegue.choisir(NICE.siret)).statusCode).toBe(200);
      expect((await collegue.accueil()).json().demandes).toEqual(await attendu(cecile!.compteId!, [accordes[0]!]));
    }
  });

  it('revient à tous les établissements visibles quand l’établissement courant ne l’est plus', async () => {
    const [u] = await db.insert(utilisateurs).values({ email: 'ancien@aidomi-provence.test', nom: 'ROUX', prenom: 'Léa', role: 'collaborateur', compteId: cecile!.compteId, emailConfirmeLe: ctx.clock.now }).returning();
    const [nice, gap] = [await idDe(NICE.siret), await idDe(GAP.siret)];
    await db.insert(accesEtablissements).values([nice, gap].map((etablissementId) => ({ utilisateurId: u!.id, etablissementId })));
    const lea = await session(u!.id);
    await lea.choisir(NICE.siret);
    // The grant disappears behind the command's back (the command itself also resets the choice).
    await db.delete(accesEtablissements).where(and(eq(accesEtablissements.utilisateurId, u!.id), eq(accesEtablissements.etablissementId, nice)));
    const accueil = (await lea.accueil()).json();
    expect(accueil.perimetre).toBeNull();
    expect(accueil.demandes).toEqual(await attendu(cecile!.compteId!, [gap]));
  });

  it('donne des compteurs à zéro à un compte sans demande', async () => {
    const [compte] = await db.insert(comptes).values({}).returning();
    const [libre] = await db
      .select({ id: etablissements.id })
      .from(etablissements)
      .where(eq(etablissements.raisonSociale, 'BOUCHERIE GAILLARD'));
    await db.insert(compteEtablissements).values({ compteId: compte!.id, etablissementId: libre!.id });
    const [u] = await db.insert(utilisateurs).values({ email: 'nouveau@boucherie-gaillard.test', nom: 'GAILLARD', prenom: 'Marc', role: 'proprietaire', compteId: compte!.id, emailConfirmeLe: ctx.clock.now }).returning();
    const accueil = (await (await session(u!.id)).accueil()).json();
    expect(accueil.demandes).toEqual({
      total: 0,
      groupes: [
        { groupe: 'brouillon', libelle: 'Brouillon', nombre: 0 },
        { groupe: 'en_cours', libelle: 'En cours', nombre: 0 },
        { groupe: 'archive', libelle: 'Archivé', nombre: 0 },
      ],
    });
    expect(accueil.actions).toEqual(['demanderFinancement']);
  });

  it('demande de se connecter aux inconnus (401) et cache la page au personnel de l’OPCO (404)', async () => {
    expect((await app.inject('/api/accueil')).statusCode).toBe(401);
    const [gestionnaire] = await db.select().from(utilisateurs).where(eq(utilisateurs.email, 'gestionnaire@opco.test'));
    expect((await (await session(gestionnaire!.id)).accueil()).statusCode).toBe(404);
  });

  it('se connecte avec le mot de passe de démonstration et ouvre la page d’accueil', async () => {
    const login = await app.inject({ method: 'POST', url: '/api/session', payload: { email: MULTI, motDePasse: MOT_DE_PASSE_DEMO } });
    const cookie = login.cookies.find((c) => c.name === 'mse_session')!.value;
    expect((await app.inject({ url: '/api/accueil', headers: { cookie: `mse_session=${cookie}` } })).statusCode).toBe(200);
  });
});

describe('une actualité', async () => {
  const ctx = await testApp();
  await seedDemoIfEmpty(ctx.database.db, ctx.clock.now);
  const { app } = ctx;
  const { db } = ctx.database;
  const introuvable = { erreur: { code: 'introuvable', message: "Cette actualité n'existe pas ou n'est plus publiée." } };

  it('s’ouvre depuis la liste avec son titre, sa date et son texte complet', async () => {
    const [premiere] = (await app.inject('/api/actualites')).json().actualites;
    const res = await app.inject(`/api/actualites/${premiere.id}`);
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ ...premiere, contenu: expect.stringMatching(/Mot de passe oublié/) });
  });

  it('répond 404 à une actualité pas encore publiée, retirée, inconnue ou à un identifiant mal formé', async () => {
    const jour = 86_400_000;
    const [future] = await db.insert(actualites).values({ titre: 'Bientôt', resume: 'r', contenu: 'c', publieLe: new Date(ctx.clock.now.getTime() + jour) }).returning();
    const [retiree] = await db
      .insert(actualites)
      .values({ titre: 'Retirée', resume: 'r', contenu: 'c', publieLe: new Date(ctx.clock.now.getTime() - 9 * jour), depublieLe: new Date(ctx.clock.now.getTime() - jour) })
      .returning();
    for (const id of [future!.id, retiree!.id, '00000000-0000-4000-8000-000000000000', 'pas-un-identifiant']) {
      const res = await app.inject(`/api/actualites/${id}`);
      expect(res.statusCode).toBe(404);
      expect(res.json()).toEqual(introuvable);
    }
    const titres = (await app.inject('/api/actualites')).json().actualites.map((a: { titre: string }) => a.titre);
    expect(titres).not.toContain('Bientôt');
    expect(titres).not.toContain('Retirée');
  });
});
