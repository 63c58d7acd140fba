import { describe, expect, it } from 'vitest';
import { seedDemoIfEmpty } from '../../db/seed';
import { testApp } from '../../test/app';
import { connecterEmployeur, connecterPersonnel } from '../referentiel/connexions.test-helper';

describe('communes d’un code postal', async () => {
  const ctx = await testApp();
  const { app } = ctx;
  await seedDemoIfEmpty(ctx.database.db, ctx.clock.now);
  const employeur = await connecterEmployeur(app, 'julien.martin@au-pain-dore.test');
  const communes = (codePostal: string, qui: { headers: Record<string, string> } | null = employeur) =>
    app.inject({ method: 'GET', url: `/api/communes?codePostal=${encodeURIComponent(codePostal)}`, headers: qui?.headers ?? {} });

  it('donne la commune d’un code postal qui n’en dessert qu’une', async () => {
    const res = await communes('84000');
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ communes: [{ nom: 'Avignon', codeInsee: '84007' }] });
  });

  it('donne toutes les communes d’un code postal partagé, une fois chacune, par ordre alphabétique', async () => {
    const res = await communes('01400');
    const noms = res.json<{ communes: { nom: string; codeInsee: string }[] }>().communes;
    expect(noms.length).toBeGreaterThan(5);
    expect(noms).toContainEqual({ nom: 'Châtillon-sur-Chalaronne', codeInsee: '01093' });
    expect(new Set(noms.map((c) => c.codeInsee)).size).toBe(noms.length);
    expect(noms.map((c) => c.nom)).toEqual([...noms.map((c) => c.nom)].sort((a, b) => a.localeCompare(b, 'fr')));
  });

  it('répond une liste vide pour un code postal qui ne dessert aucune commune', async () => {
    const res = await communes('99999');
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ communes: [] });
  });

  it('refuse un code postal mal formé avec un message en français (400)', async () => {
    const res = await communes('8400');
    expect(res.statusCode).toBe(400);
    expect(res.json().erreur.champs).toEqual([{ chemin: 'codePostal', message: 'Le code postal comporte 5 chiffres' }]);
    expect((await app.inject({ method: 'GET', url: '/api/communes', headers: employeur.headers })).statusCode).toBe(400);
  });

  it('sert aussi le personnel de l’OPCO, mais personne sans session (401)', async () => {
    const gestionnaire = await connecterPersonnel(app, 'gestionnaire@opco.test', ctx.clock.now);
    expect((await communes('84000', gestionnaire)).statusCode).toBe(200);
    const anonyme = await communes('84000', null);
    expect(anonyme.statusCode).toBe(401);
    expect(anonyme.json().erreur.message).toBe('Vous devez vous connecter pour accéder à cette page.');
  });
});
