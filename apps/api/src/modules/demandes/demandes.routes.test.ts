import { randomUUID } from 'node:crypto';
import { formaterSiret } from '@mse/shared/identifiants/siret';
import { and, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { demandes, etablissements } from '../../db/schema';
import { BOULANGER, FLEURISTE, MULTI, PDF, preparer } from './demandes.test-helper';

describe('les brouillons de « Demander un financement »', async () => {
  const { app, db, ctx, employeur, collegue } = await preparer();
  const julien = await employeur(BOULANGER);
  const cecile = await employeur(MULTI);
  const sophie = await employeur(FLEURISTE);
  const lecteur = await collegue(BOULANGER, 'lecture_seule', 'Léa', 'Roux');
  const collaborateur = await collegue(BOULANGER, 'collaborateur', 'Paul', 'Girard');
  const [auPainDore] = await db.select().from(etablissements).where(eq(etablissements.raisonSociale, 'AU PAIN DORÉ'));

  describe('la création', () => {
    it('crée le brouillon avec le bloc employeur de l’annuaire, sous ce que la personne a tapé', async () => {
      const id = randomUUID();
      const res = await julien.post('/api/demandes', { id, dispositif: 'action_individuelle', donnees: { stagiaire: { nom: 'Roux' }, employeur: { effectif: 999 } } });
      expect(res.statusCode).toBe(201);
      const d = res.json();
      expect(d).toMatchObject({
        id, numero: null, dispositif: 'action_individuelle', statut: 'brouillon', version: 1, envoyeLe: null, pieces: [],
        etablissement: { siret: auPainDore!.siret, siretFormate: formaterSiret(auPainDore!.siret), raisonSociale: 'AU PAIN DORÉ' },
        actions: ['enregistrer', 'envoyer', 'supprimer', 'dupliquer', 'deposerPiece'],
      });
      expect(d.donnees.stagiaire).toEqual({ nom: 'Roux' });
      expect(d.donnees.employeur).toMatchObject({ siret: auPainDore!.siret, raisonSociale: 'AU PAIN DORÉ', idcc: '0843', effectif: 999 });
    });

    it('rend le même brouillon quand la création est rejouée avec le même identifiant (200), sans en faire un second', async () => {
      const id = randomUUID();
      const corps = { id, dispositif: 'apprentissage', donnees: { apprenti: { nom: 'Durand' } } };
      expect((await julien.post('/api/demandes', corps)).statusCode).toBe(201);
      const rejouee = await julien.post('/api/demandes', { ...corps, donnees: { apprenti: { nom: 'Autre' } } });
      expect(rejouee.statusCode).toBe(200);
      expect(rejouee.json()).toMatchObject({ id, version: 1, donnees: { apprenti: { nom: 'Durand' } } });
      expect(await db.select({ id: demandes.id }).from(demandes).where(eq(demandes.id, id))).toHaveLength(1);
    });

    it('répond 404 à un identifiant déjà pris par un autre compte, sans rien révéler ni modifier', async () => {
      const { id } = await julien.brouillon('action_individuelle');
      const res = await sophie.post('/api/demandes', { id, dispositif: 'action_individuelle', donnees: {} });
      expect(res.statusCode).toBe(404);
      expect(res.body).not.toContain('AU PAIN');
    });

    it('demande l’établissement à un compte qui en a plusieurs, et refuse celui d’un autre compte (404)', async () => {
      const sans = await cecile.post('/api/demandes', { id: randomUUID(), dispositif: 'apprentissage', donnees: {} });
      expect(sans.statusCode).toBe(422);
      expect(sans.json().erreur.champs).toEqual([{ chemin: 'siret', message: 'Choisissez l’établissement pour lequel vous faites la demande.' }]);
      expect((await cecile.post('/api/demandes', { id: randomUUID(), dispositif: 'apprentissage', siret: auPainDore!.siret, donnees: {} })).statusCode).toBe(404);
    });

    it('refuse un contenu trop volumineux ou un dispositif inconnu (400)', async () => {
      const gros = await julien.post('/api/demandes', { id: randomUUID(), dispositif: 'apprentissage', donnees: { texte: 'x'.repeat(210_000) } });
      expect(gros.statusCode).toBe(400);
      expect(gros.json().erreur.champs[0].message).toBe('Le contenu de la demande est trop volumineux');
      expect((await julien.post('/api/demandes', { id: randomUUID(), dispositif: 'cpf', donnees: {} })).json().erreur.champs[0]).toMatchObject({ chemin: 'dispositif', message: 'Dispositif inconnu' });
    });
  });

  describe('l’enregistrement', () => {
    it('enregistre un brouillon incomplet ou faux tel quel et passe à la version suivante', async () => {
      const { id } = await julien.brouillon('action_individuelle');
      ctx.clock.now = new Date('2026-11-22T09:01:00Z');
      const res = await julien.put(`/api/demandes/${id}`, { version: 1, donnees: { stagiaire: { nom: 'Roux', prenom: 'Camille' }, action: { dateDebut: '2026-02-30', heures: -4, organismeSiret: '123' } } });
      expect(res.statusCode).toBe(200);
      expect(res.json()).toEqual({ version: 2, modifieLe: '2026-11-22T09:01:00.000Z' });
      const [ligne] = await db.select().from(demandes).where(eq(demandes.id, id));
      expect(ligne).toMatchObject({ version: 2, beneficiaire: 'Camille ROUX', dateDebut: null, organismeSiret: null });
      expect((await julien.get(`/api/demandes/${id}`)).json().donnees.action).toEqual({ dateDebut: '2026-02-30', heures: -4, organismeSiret: '123' });
    });

    it('refuse une version périmée (409) en disant qui a enregistré et quand', async () => {
      const { id } = await julien.brouillon('action_individuelle');
      ctx.clock.now = new Date('2026-11-22T09:02:00Z');
      expect((await collaborateur.put(`/api/demandes/${id}`, { version: 1, donnees: { stagiaire: { nom: 'Par Paul' } } })).statusCode).toBe(200);
      const perime = await julien.put(`/api/demandes/${id}`, { version: 1, donnees: { stagiaire: { nom: 'Par Julien' } } });
      expect(perime.statusCode).toBe(409);
      expect(perime.json()).toEqual({
        erreur: {
          code: 'version_perimee',
          message: 'Cette demande a été enregistrée entre-temps par Paul GIRARD : rechargez la version enregistrée, ou remplacez-la par votre saisie.',
          versionActuelle: 2,
          modifieLe: '2026-11-22T09:02:00.000Z',
          modifiePar: 'Paul GIRARD',
        },
      });
      expect((await julien.get(`/api/demandes/${id}`)).json().donnees.stagiaire).toEqual({ nom: 'Par Paul' });
      expect((await julien.put(`/api/demandes/${id}`, { version: 2, donnees: { stagiaire: { nom: 'Par Julien' } } })).json().version).toBe(3);
    });

    it('refuse de modifier ou de supprimer une demande déjà envoyée (409), mais la laisse dupliquer', async () => {
      const [envoyee] = await db.select().from(demandes).where(and(eq(demandes.etablissementId, auPainDore!.id), eq(demandes.statut, 'envoye'))).limit(1);
      const res = await julien.put(`/api/demandes/${envoyee!.id}`, { version: envoyee!.version, donnees: {} });
      expect(res.statusCode).toBe(409);
      expect(res.json().erreur).toEqual({ code: 'demande_envoyee', message: `La demande n° ${envoyee!.numero} est déjà envoyée : elle ne peut plus être modifiée. Dupliquez-la pour en préparer une nouvelle.` });
      expect((await julien.delete(`/api/demandes/${envoyee!.id}`)).statusCode).toBe(409);
      expect((await julien.get(`/api/demandes/${envoyee!.id}`)).json().actions).toEqual(['dupliquer']);
      const copie = await julien.post(`/api/demandes/${envoyee!.id}/duplication`);
      expect(copie.statusCode).toBe(201);
      expect(copie.json()).toMatchObject({ statut: 'brouillon', numero: null, version: 1, pieces: [], donnees: envoyee!.donnees });
      expect(copie.json().id).not.toBe(envoyee!.id);
    });
  });

  describe('les droits', () => {
    it('laisse un collègue en lecture seule lire une demande (200) mais rien y écrire (403)', async () => {
      const { id } = await julien.brouillon('action_individuelle');
      const lue = await lecteur.get(`/api/demandes/${id}`);
      expect(lue.statusCode).toBe(200);
      expect(lue.json().actions).toEqual([]);
      const refus = [
        await lecteur.post('/api/demandes', { id: randomUUID(), dispositif: 'apprentissage', donnees: {} }),
        await lecteur.put(`/api/demandes/${id}`, { version: 1, donnees: {} }),
        await lecteur.delete(`/api/demandes/${id}`),
        await lecteur.post(`/api/demandes/${id}/duplication`),
        await lecteur.deposer(id, 'programme', { nom: 'p.pdf', octets: PDF }),
        await lecteur.post(`/api/demandes/${id}/envoi`, { version: 1 }),
      ];
      expect(refus.map((r) => r.statusCode)).toEqual([403, 403, 403, 403, 403, 403]);
      expect(refus[1]!.json().erreur.message).toMatch(/^Votre accès est en lecture seule/);
      const cartes = (await lecteur.get('/api/demandes/dispositifs')).json();
      expect(cartes.peutDemander).toBe(false);
    });

    it('répond 404 sur chaque route à la demande d’un autre compte', async () => {
      const { id } = await julien.brouillon('action_individuelle');
      const piece = (await julien.deposer(id, 'programme', { nom: 'programme.pdf', octets: PDF })).json();
      const reponses = [
        await sophie.get(`/api/demandes/${id}`),
        await sophie.put(`/api/demandes/${id}`, { version: 1, donnees: {} }),
        await sophie.delete(`/api/demandes/${id}`),
        await sophie.post(`/api/demandes/${id}/duplication`),
        await sophie.deposer(id, 'programme', { nom: 'p.pdf', octets: PDF }),
        await sophie.get(`/api/demandes/${id}/pieces/${piece.id}`),
        await sophie.delete(`/api/demandes/${id}/pieces/${piece.id}`),
        await sophie.post(`/api/demandes/${id}/envoi`, { version: 1 }),
        await sophie.get(`/api/demandes/${id}/recepisse.pdf`),
        await sophie.get('/api/demandes/pas-un-identifiant'),
      ];
      expect(reponses.map((r) => r.statusCode)).toEqual(Array(10).fill(404));
      expect((await julien.get(`/api/demandes/${id}`)).json().pieces).toHaveLength(1);
    });

    it('répond 401 sans connexion et 403 sans le jeton CSRF', async () => {
      expect((await app.inject({ url: '/api/demandes/dispositifs' })).statusCode).toBe(401);
      const session = (await app.inject({ method: 'POST', url: '/api/session', payload: { email: BOULANGER, motDePasse: 'Portail-Demo-2026!' } })).cookies.find((c) => c.name === 'mse_session')!;
      const res = await app.inject({ method: 'POST', url: '/api/demandes', payload: { id: randomUUID(), dispositif: 'apprentissage' }, headers: { cookie: `mse_session=${session.value}` } });
      expect(res.statusCode).toBe(403);
    });
  });

  describe('la suppression et les dispositifs', () => {
    it('supprime un brouillon (204), qui n’existe plus ensuite', async () => {
      const { id } = await julien.brouillon('pro_a');
      expect((await julien.delete(`/api/demandes/${id}`)).statusCode).toBe(204);
      expect((await julien.get(`/api/demandes/${id}`)).statusCode).toBe(404);
    });

    it('ouvre les quatre dispositifs à la boulangerie de 3 salariés', async () => {
      const res = await julien.get('/api/demandes/dispositifs');
      expect(res.statusCode).toBe(200);
      expect(res.json()).toMatchObject({ etablissement: { siret: auPainDore!.siret, effectif: 3 }, peutDemander: true });
      expect(res.json().dispositifs.every((d: { eligible: boolean }) => d.eligible)).toBe(true);
    });

    it('ferme l’action individuelle à un établissement de 50 salariés et plus, en disant pourquoi', async () => {
      const [grand] = await db.select().from(etablissements).where(eq(etablissements.raisonSociale, 'AIDOMI PROVENCE')).limit(1);
      const res = await cecile.get(`/api/demandes/dispositifs?siret=${grand!.siret}`);
      expect(res.statusCode).toBe(200);
      const action = res.json().dispositifs.find((d: { dispositif: string }) => d.dispositif === 'action_individuelle');
      expect(grand!.effectifEntreprise).toBeGreaterThanOrEqual(50);
      expect(action).toEqual({ dispositif: 'action_individuelle', eligible: false, motif: expect.stringContaining(`votre établissement en compte ${grand!.effectifEntreprise}`) });
      expect((await cecile.get(`/api/demandes/dispositifs?siret=${auPainDore!.siret}`)).statusCode).toBe(404);
    });

    it('décrit les routes des demandes dans l’OpenAPI, avec leurs codes d’erreur', async () => {
      const { paths } = (await app.inject({ url: '/api/docs/json' })).json();
      expect(Object.keys(paths['/api/demandes/{id}'].put.responses)).toEqual(expect.arrayContaining(['200', '403', '404', '409']));
      expect(Object.keys(paths['/api/demandes/{id}/envoi'].post.responses)).toEqual(expect.arrayContaining(['200', '409', '422']));
      expect(paths['/api/demandes/{id}/recepisse.pdf'].get).toBeDefined();
      expect(paths['/api/demandes/dispositifs'].get.parameters.map((p: { name: string }) => p.name)).toEqual(['siret']);
    });
  });
});
