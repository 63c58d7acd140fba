import { describe, expect, it } from 'vitest';
import { buildApp } from './app';
import { loadConfig } from './config/env';
import { seedDemoIfEmpty } from './db/seed';
import { testApp } from './test/app';
import { testDatabase } from './test/database';

describe('socle de l’API', async () => {
  const { app, database, clock } = await testApp();
  await seedDemoIfEmpty(database.db, clock.now);

  it('répond à /healthz et à /readyz quand la base répond', async () => {
    expect((await app.inject('/healthz')).json()).toEqual({ statut: 'ok' });
    expect((await app.inject('/readyz')).json()).toEqual({ statut: 'ok' });
  });

  it('donne le nom de l’OPCO et le contact de l’assistance depuis la configuration', async () => {
    const res = await app.inject('/api/configuration');
    expect(res.json().opco).toEqual({ nom: 'Opco EP', supportTelephone: '09 70 838 837', supportHoraires: 'du lundi au vendredi de 5h à 23h' });
  });

  it('liste les actualités publiées, la plus récente d’abord', async () => {
    const res = await app.inject('/api/actualites');
    const titres = res.json().actualites.map((a: { titre: string }) => a.titre);
    expect(titres[0]).toBe('Bienvenue sur votre nouvel espace');
    expect(titres).toContain('Comment ça marche ?');
  });

  it('répond 404 en JSON et en français à une route inconnue', async () => {
    const res = await app.inject('/api/inexistant');
    expect(res.statusCode).toBe(404);
    expect(res.json().erreur.message).toBe("Cette ressource n'existe pas ou ne vous est pas accessible.");
  });

  it('refuse un corps invalide avec un message français sur chaque champ', async () => {
    const res = await app.inject({ method: 'POST', url: '/api/session', payload: { email: 'pas-un-email', motDePasse: '', inattendu: 1 } });
    expect(res.statusCode).toBe(400);
    const champs = res.json().erreur.champs as { chemin: string; message: string }[];
    expect(champs).toEqual(
      expect.arrayContaining([
        { chemin: 'email', message: 'Saisissez une adresse email valide, par exemple nom@entreprise.fr.' },
        { chemin: 'motDePasse', message: 'Saisissez votre mot de passe.' },
      ]),
    );
  });

  it('refuse un JSON mal formé sans trace de pile', async () => {
    const res = await app.inject({ method: 'POST', url: '/api/session', headers: { 'content-type': 'application/json' }, payload: '{"email":' });
    expect(res.statusCode).toBe(400);
    expect(res.body).not.toMatch(/at .*\.ts|stack/i);
    expect(res.json().erreur.message).toBe('La requête est mal formée.');
  });

  it('publie la documentation OpenAPI des routes', async () => {
    const res = await app.inject('/api/docs/json');
    const spec = res.json();
    expect(spec.openapi).toMatch(/^3\./);
    expect(Object.keys(spec.paths)).toEqual(expect.arrayContaining(['/api/session', '/api/actualites', '/api/configuration', '/healthz', '/readyz']));
  });

  it('envoie un identifiant de requête et des en-têtes de sécurité', async () => {
    const res = await app.inject({ url: '/healthz', headers: { 'x-request-id': 'abc-123' } });
    expect(res.headers['x-request-id']).toBe('abc-123');
    expect(res.headers['content-security-policy']).toContain("script-src 'self'");
    expect(res.headers['x-content-type-options']).toBe('nosniff');
  });
});

describe('erreurs inattendues', () => {
  it('répond 500 avec un message français et sans détail technique', async () => {
    const database = await testDatabase();
    const app = await buildApp({ config: loadConfig({ NODE_ENV: 'test' }), database, now: () => new Date() }, { logger: false });
    app.get('/api/test-panne', async () => {
      throw new Error('secret interne: mot de passe de la base');
    });
    const res = await app.inject('/api/test-panne');
    expect(res.statusCode).toBe(500);
    expect(res.json()).toEqual({ erreur: { code: 'erreur_interne', message: 'Une erreur interne est survenue. Réessayez plus tard.' } });
    await app.close();
  });
});
