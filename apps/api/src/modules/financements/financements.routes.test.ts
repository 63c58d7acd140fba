import { groupeDuStatut, type GroupeStatut } from '@mse/shared/demande/statut';
import { and, desc, eq, inArray, sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { groupeMultiSiret } from '../../db/demo-data';
import { accesEtablissements, demandes, etablissements, utilisateurs } from '../../db/schema';
import { seedDemoIfEmpty } from '../../db/seed';
import { testApp } from '../../test/app';
import { creerSession } from '../identite/sessions.repository';
import { encoderCurseur } from './curseur';

const MULTI = 'cecile.moreau@aidomi-provence.test';
const BOULANGER = 'julien.martin@au-pain-dore.test';
const groupe = groupeMultiSiret();
const [MARSEILLE, NICE, GAP] = [groupe[0]!, groupe[4]!, groupe[10]!];
const GROUPES: GroupeStatut[] = ['brouillon', 'en_cours', 'archive'];

type Ligne = { id: string; statut: string; numero: string | null; etablissement: { siret: string }; actions: string[] };

describe('Mes financements : GET /api/financements', async () => {
  const ctx = await testApp();
  await seedDemoIfEmpty(ctx.database.db, ctx.clock.now);
  const { app, database } = ctx;
  const { db } = database;
  const utilisateur = async (email: string) => (await db.select().from(utilisateurs).where(eq(utilisateurs.email, email)))[0]!;
  const cecile = await utilisateur(MULTI);
  const julien = await utilisateur(BOULANGER);
  const idDe = async (siret: string) => (await db.select({ id: etablissements.id }).from(etablissements).where(eq(etablissements.siret, siret)))[0]!.id;

  async function session(utilisateurId: string) {
    const { token, csrfToken } = await creerSession(db, { utilisateurId, seSouvenir: false, ip: '127.0.0.1', userAgent: undefined, now: ctx.clock.now });
    const headers = { cookie: `mse_session=${token}`, 'x-csrf-token': csrfToken };
    return {
      lister: (query: string) => app.inject({ url: `/api/financements?${query}`, headers }),
      choisir: (siret: string | null) => app.inject({ method: 'PUT', url: '/api/etablissement-courant', payload: { siret }, headers }),
      accueil: () => app.inject({ url: '/api/accueil', headers }),
      /** Every row of a tab, following the cursors page after page. */
      async tout(g: GroupeStatut, taille = 100) {
        const lignes: Ligne[] = [];
        let apres: string | null = null;
        let pages = 0;
        do {
          const res = await this.lister(`groupe=${g}&taille=${taille}${apres ? `&apres=${apres}` : ''}`);
          expect(res.statusCode).toBe(200);
          const page = res.json();
          lignes.push(...page.demandes);
          apres = page.suivant;
          pages++;
        } while (apres && pages < 50);
        return { lignes, pages };
      },
    };
  }

  /** The ids the list should show, read independently of the route: newest change first. */
  async function attendus(compteId: string, g: GroupeStatut, etablissementIds?: string[]) {
    const lignes = await db
      .select({ id: demandes.id, statut: demandes.statut })
      .from(demandes)
      .where(and(eq(demandes.compteId, compteId), etablissementIds ? inArray(demandes.etablissementId, etablissementIds) : undefined))
      .orderBy(desc(demandes.modifieLe), desc(demandes.id));
    return lignes.filter((l) => groupeDuStatut(l.statut) === g).map((l) => l.id);
  }

  it('liste les demandes de chaque onglet, les plus récemment modifiées d’abord, avec le nombre de chaque onglet', async () => {
    const s = await session(cecile.id);
    for (const g of GROUPES) {
      const res = await s.lister(`groupe=${g}`);
      expect(res.statusCode).toBe(200);
      const page = res.json();
      const ids = await attendus(cecile.compteId!, g);
      expect(page.groupe).toBe(g);
      expect(page.demandes.map((l: Ligne) => l.id)).toEqual(ids.slice(0, 20));
      expect(page.demandes.every((l: Ligne) => groupeDuStatut(l.statut as never) === g)).toBe(true);
      expect(page.compteurs).toEqual([
        { groupe: 'brouillon', libelle: 'Brouillon', nombre: (await attendus(cecile.compteId!, 'brouillon')).length },
        { groupe: 'en_cours', libelle: 'En cours', nombre: (await attendus(cecile.compteId!, 'en_cours')).length },
        { groupe: 'archive', libelle: 'Archivé', nombre: (await attendus(cecile.compteId!, 'archive')).length },
      ]);
      expect(page.perimetre).toBeNull();
    }
  });

  it('donne les mêmes nombres que le diagramme de l’accueil', async () => {
    const s = await session(cecile.id);
    const accueil = (await s.accueil()).json();
    const page = (await s.lister('groupe=en_cours')).json();
    expect(page.compteurs).toEqual(accueil.demandes.groupes);
  });

  it('décrit chaque ligne : numéro (null pour un brouillon), établissement, dates, montants, et les actions permises', async () => {
    const s = await session(cecile.id);
    const brouillons = (await s.lister('groupe=brouillon')).json().demandes;
    expect(brouillons.length).toBeGreaterThan(0);
    for (const l of brouillons) {
      expect(l.numero).toBeNull();
      expect(l.statut).toBe('brouillon');
      expect(l.actions).toEqual(['reprendre', 'dupliquer', 'supprimer']);
    }
    const [envoyee] = (await s.lister('groupe=en_cours')).json().demandes;
    expect(envoyee).toEqual({
      id: expect.any(String),
      numero: expect.stringMatching(/^[A-Z]{2,3}-\d{4}-\d{6}$/),
      dispositif: expect.any(String),
      statut: expect.any(String),
      beneficiaire: expect.any(String),
      intituleFormation: expect.any(String),
      organisme: expect.any(String),
      dateDebut: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/),
      dateFin: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/),
      montantEstimeCentimes: expect.any(Number),
      montantEngageCentimes: envoyee.statut === 'pris_en_charge' || envoyee.statut === 'facturation_en_cours' ? expect.any(Number) : null,
      etablissement: { siret: expect.stringMatching(/^\d{14}$/), siretFormate: expect.stringMatching(/^\d{3} \d{3} \d{3} \d{5}$/), raisonSociale: expect.stringMatching(/^AIDOMI/), ville: expect.any(String) },
      envoyeLe: expect.any(String),
      modifieLe: expect.any(String),
      actions: ['consulter'],
    });
  });

  it('ne montre jamais les demandes d’un autre compte', async () => {
    const [deCecile, deJulien] = [await session(cecile.id), await session(julien.id)];
    const idsJulien = (await db.select({ id: demandes.id }).from(demandes).where(eq(demandes.compteId, julien.compteId!))).map((d) => d.id);
    const idsCecile = (await db.select({ id: demandes.id }).from(demandes).where(eq(demandes.compteId, cecile.compteId!))).map((d) => d.id);
    expect(idsJulien.length).toBeGreaterThan(0);
    const vusParCecile = (await Promise.all(GROUPES.map(async (g) => (await deCecile.tout(g)).lignes.map((l) => l.id)))).flat();
    const vusParJulien = (await Promise.all(GROUPES.map(async (g) => (await deJulien.tout(g)).lignes.map((l) => l.id)))).flat();
    expect(vusParCecile.sort()).toEqual([...idsCecile].sort());
    expect(vusParJulien.sort()).toEqual([...idsJulien].sort());
    expect(vusParCecile.some((id) => idsJulien.includes(id))).toBe(false);
    const compteurs = (await deJulien.lister('groupe=brouillon')).json().compteurs;
    expect(compteurs.reduce((s: number, c: { nombre: number }) => s + c.nombre, 0)).toBe(idsJulien.length);
  });

  it('parcourt un onglet page par page sans doublon ni oubli, même quand des demandes ont été modifiées au même instant', async () => {
    // Several requests changed within the same microsecond: only the id tells them apart.
    const ids = await attendus(cecile.compteId!, 'en_cours');
    await db.update(demandes).set({ modifieLe: sql`'2026-11-20 10:00:00.123456+00'::timestamptz` }).where(inArray(demandes.id, ids.slice(3, 9)));
    const s = await session(cecile.id);
    const attendu = await attendus(cecile.compteId!, 'en_cours');
    expect(attendu.length).toBeGreaterThan(15);
    const { lignes, pages } = await s.tout('en_cours', 4);
    expect(lignes.map((l) => l.id)).toEqual(attendu);
    expect(pages).toBe(Math.ceil(attendu.length / 4));
    // An exact fit still ends with a null cursor.
    const exacte = (await s.lister(`groupe=en_cours&taille=${attendu.length}`)).json();
    expect(exacte.demandes).toHaveLength(attendu.length);
    expect(exacte.suivant).toBeNull();
  });

  it('ne liste que l’établissement courant quand il en est choisi un, puis de nouveau tous', async () => {
    const s = await session(cecile.id);
    expect((await s.choisir(GAP.siret)).statusCode).toBe(200);
    const gap = await idDe(GAP.siret);
    for (const g of GROUPES) {
      const page = (await s.lister(`groupe=${g}&taille=100`)).json();
      expect(page.perimetre).toEqual({ siret: GAP.siret, raisonSociale: 'AIDOMI PROVENCE – GAP' });
      expect(page.demandes.map((l: Ligne) => l.id)).toEqual(await attendus(cecile.compteId!, g, [gap]));
      expect(page.demandes.every((l: Ligne) => l.etablissement.siret === GAP.siret)).toBe(true);
      expect(page.compteurs).toEqual((await s.accueil()).json().demandes.groupes);
    }
    await s.choisir(null);
    expect((await s.lister('groupe=en_cours')).json().perimetre).toBeNull();
  });

  it('ne montre à un collègue que les établissements qui lui sont accordés, et à la lecture seule ses brouillons sans action', async () => {
    for (const role of ['collaborateur', 'lecture_seule'] as const) {
      const [u] = await db
        .insert(utilisateurs)
        .values({ email: `${role}.financements@aidomi-provence.test`, nom: 'DURAND', prenom: 'Paul', role, compteId: cecile.compteId, emailConfirmeLe: ctx.clock.now })
        .returning();
      const accordes = [await idDe(NICE.siret), await idDe(GAP.siret)];
      await db.insert(accesEtablissements).values(accordes.map((etablissementId) => ({ utilisateurId: u!.id, etablissementId })));
      const collegue = await session(u!.id);
      for (const g of GROUPES) {
        const { lignes } = await collegue.tout(g, 5);
        expect(lignes.map((l) => l.id)).toEqual(await attendus(cecile.compteId!, g, accordes));
        expect(lignes.some((l) => l.etablissement.siret === MARSEILLE.siret)).toBe(false);
      }
      const page = (await collegue.lister('groupe=brouillon')).json();
      expect(page.compteurs.map((c: { nombre: number }) => c.nombre)).toEqual(await Promise.all(GROUPES.map(async (g) => (await attendus(cecile.compteId!, g, accordes)).length)));
      const actions = page.demandes.map((l: Ligne) => l.actions);
      expect(actions.length).toBeGreaterThan(0);
      for (const a of actions) expect(a).toEqual(role === 'collaborateur' ? ['reprendre', 'dupliquer', 'supprimer'] : ['consulter']);
    }
  });

  it('refuse un onglet inconnu, une taille hors limites et un curseur illisible ou d’un autre onglet (400, message en français)', async () => {
    const s = await session(cecile.id);
    const inconnu = await s.lister('groupe=termine');
    expect(inconnu.statusCode).toBe(400);
    expect(inconnu.json().erreur.champs).toEqual([{ chemin: 'groupe', message: 'Onglet inconnu : choisissez brouillon, en_cours ou archive' }]);
    expect((await s.lister('')).statusCode).toBe(400);
    for (const taille of ['0', '101', 'abc']) {
      const res = await s.lister(`groupe=en_cours&taille=${taille}`);
      expect(res.statusCode).toBe(400);
      expect(res.json().erreur.champs[0].message).toBe('La taille de page est un nombre entier de 1 à 100');
    }
    const suivant = (await s.lister('groupe=en_cours&taille=2')).json().suivant;
    const illisibles = [
      'nimporte-quoi',
      Buffer.from('["en_cours","hier","x"]').toString('base64url'),
      encoderCurseur({ groupe: 'en_cours', tri: 'modifie', ordre: 'desc', valeur: '2026-11-20T10:00:00.123Z', id: '00000000-0000-4000-8000-000000000000' }),
      encoderCurseur({ groupe: 'en_cours', tri: 'montant', ordre: 'desc', valeur: '12 euros', id: '00000000-0000-4000-8000-000000000000' }),
    ];
    for (const apres of [...illisibles, suivant]) {
      const res = await s.lister(`groupe=${apres === suivant ? 'archive' : 'en_cours'}&apres=${apres}`);
      expect(res.statusCode).toBe(400);
      expect(res.json().erreur.champs[0]).toEqual({ chemin: 'apres', message: 'Curseur de pagination invalide : revenez à la première page' });
    }
  });

  it('demande de se connecter aux inconnus (401) et cache la liste au personnel de l’OPCO (404)', async () => {
    expect((await app.inject('/api/financements?groupe=en_cours')).statusCode).toBe(401);
    const gestionnaire = await utilisateur('gestionnaire@opco.test');
    expect((await (await session(gestionnaire.id)).lister('groupe=en_cours')).statusCode).toBe(404);
  });
});
