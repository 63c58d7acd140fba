import { describe, expect, it } from 'vitest';
import { generateSync } from 'otplib';
import { MOT_DE_PASSE_DEMO, PERSONNEL_DEMO } from '../../db/demo-data';
import { seedDemoIfEmpty } from '../../db/seed';
import { testApp } from '../../test/app';

const MULTI = 'cecile.moreau@aidomi-provence.test';
const BOULANGER = 'julien.martin@au-pain-dore.test';
const MIGRE = 'sophie.bernard@fleurs-de-lys.test';

describe('connexion et session', async () => {
  const ctx = await testApp();
  await seedDemoIfEmpty(ctx.database.db, ctx.clock.now);
  const { app } = ctx;

  async function seConnecter(email: string, seSouvenir = false) {
    const res = await app.inject({ method: 'POST', url: '/api/session', payload: { email, motDePasse: MOT_DE_PASSE_DEMO, seSouvenir } });
    const cookie = res.cookies.find((c) => c.name === 'mse_session');
    return { res, cookie, headers: { cookie: `mse_session=${cookie?.value}` } };
  }

  it('connecte un employeur et montre le bloc entreprise « Multi-SIRET » de son compte', async () => {
    const { res, cookie } = await seConnecter(MULTI.toUpperCase());
    expect(res.statusCode).toBe(200);
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Lax', path: '/' });
    expect(cookie?.maxAge).toBeUndefined();
    const { entreprise, utilisateur } = res.json();
    expect(utilisateur).toMatchObject({ prenom: 'Cécile', nom: 'MOREAU', espace: 'entreprise' });
    expect(entreprise).toMatchObject({
      raisonSociale: 'AIDOMI PROVENCE',
      codePostal: '13002',
      ville: 'MARSEILLE',
      multiSiret: true,
      nombreEtablissements: 12,
      idcc: '3127',
      classe: 'plus de 50 salariés',
    });
    expect(entreprise.conventionLibelle).toMatch(/services à la personne/);
  });

  it('garde la session 30 jours avec « Se souvenir de moi »', async () => {
    const { cookie } = await seConnecter(BOULANGER, true);
    expect(cookie?.maxAge).toBe(30 * 24 * 3600);
  });

  it('donne la même réponse pour un mauvais mot de passe, une adresse inconnue et un compte migré', async () => {
    const reponses = await Promise.all(
      [
        { email: BOULANGER, motDePasse: 'Mauvais-mot-2026!' },
        { email: 'inconnu@nulle-part.test', motDePasse: MOT_DE_PASSE_DEMO },
        { email: MIGRE, motDePasse: MOT_DE_PASSE_DEMO },
      ].map((payload) => app.inject({ method: 'POST', url: '/api/session', payload })),
    );
    for (const res of reponses) {
      expect(res.statusCode).toBe(401);
      expect(res.json().erreur.message).toContain('Mot de passe oublié ?');
      expect(res.cookies).toHaveLength(0);
    }
    expect(new Set(reponses.map((r) => r.body)).size).toBe(1);
  });

  it('lit la session avec le cookie et la refuse sans', async () => {
    const { headers } = await seConnecter(BOULANGER);
    const res = await app.inject({ url: '/api/session', headers });
    expect(res.json().entreprise).toMatchObject({ raisonSociale: 'AU PAIN DORÉ', multiSiret: false, classe: 'moins de 11 salariés' });
    expect((await app.inject('/api/session')).statusCode).toBe(401);
  });

  it('expire une session sans « Se souvenir de moi » après 30 minutes d’inactivité', async () => {
    const { headers } = await seConnecter(BOULANGER);
    const debut = ctx.clock.now;
    ctx.clock.now = new Date(debut.getTime() + 20 * 60_000);
    expect((await app.inject({ url: '/api/session', headers })).statusCode).toBe(200);
    ctx.clock.now = new Date(debut.getTime() + 45 * 60_000);
    expect((await app.inject({ url: '/api/session', headers })).statusCode).toBe(200);
    ctx.clock.now = new Date(debut.getTime() + 80 * 60_000);
    expect((await app.inject({ url: '/api/session', headers })).statusCode).toBe(401);
    ctx.clock.now = debut;
  });

  it('refuse une déconnexion sans jeton CSRF puis déconnecte avec', async () => {
    const { res, headers } = await seConnecter(BOULANGER);
    const refus = await app.inject({ method: 'DELETE', url: '/api/session', headers });
    expect(refus.statusCode).toBe(403);
    const ok = await app.inject({ method: 'DELETE', url: '/api/session', headers: { ...headers, 'x-csrf-token': res.json().csrfToken } });
    expect(ok.statusCode).toBe(204);
    expect((await app.inject({ url: '/api/session', headers })).statusCode).toBe(401);
  });

  it('connecte le personnel de l’OPCO par son entrée, avec son code, sans bloc entreprise', async () => {
    const code = generateSync({ secret: PERSONNEL_DEMO[0]!.totpSecret, epoch: Math.floor(ctx.clock.now.getTime() / 1000) });
    const res = await app.inject({ method: 'POST', url: '/api/opco/session', payload: { email: 'gestionnaire@opco.test', motDePasse: MOT_DE_PASSE_DEMO, code } });
    expect(res.json()).toMatchObject({ utilisateur: { espace: 'opco', role: 'gestionnaire' }, entreprise: null });
  });
});
