import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { MOT_DE_PASSE_DEMO } from '../db/demo-data';
import { seedDemoIfEmpty } from '../db/seed';
import { testApp } from '../test/app';

/**
 * The browser-facing defences, as the HTTP answers show them: the content security policy, HSTS in
 * production, the session cookie's flags, CSRF, and the rate limits' 429 with Retry-After.
 */
const BOULANGER = 'julien.martin@au-pain-dore.test';
const SECRET = 'un-secret-de-production-de-plus-de-32-caracteres';

function directives(csp: string): Map<string, string[]> {
  return new Map(csp.split(';').map((d) => d.trim().split(/\s+/)).filter((d) => d[0]).map(([nom, ...valeurs]) => [nom!, valeurs]));
}

async function seConnecter(app: Awaited<ReturnType<typeof testApp>>['app'], ip = '127.0.0.1') {
  return app.inject({ method: 'POST', url: '/api/session', payload: { email: BOULANGER, motDePasse: MOT_DE_PASSE_DEMO }, remoteAddress: ip });
}

describe('en-têtes de sécurité (développement)', async () => {
  const ctx = await testApp();
  await seedDemoIfEmpty(ctx.database.db, ctx.clock.now);
  const { app } = ctx;

  it('CSP : scripts du seul portail, sans unsafe-inline ni unsafe-eval, aucun cadre ni objet', async () => {
    for (const url of ['/api/configuration', '/api/docs/static/index.html', '/page-inexistante']) {
      const res = await app.inject({ url });
      const csp = directives(String(res.headers['content-security-policy']));
      expect(csp.get('script-src'), url).toBeDefined();
      expect(csp.get('script-src'), url).not.toContain("'unsafe-inline'");
      expect(csp.get('script-src'), url).not.toContain("'unsafe-eval'");
      expect(csp.get('default-src')).toEqual(["'self'"]);
      if (url.startsWith('/api/docs')) continue; // the API documentation keeps swagger-ui's own, as strict for scripts

      expect(csp.get('object-src')).toEqual(["'none'"]);
      expect(csp.get('frame-ancestors')).toEqual(["'none'"]);
      expect(res.headers['x-content-type-options']).toBe('nosniff');
      expect(res.headers['x-powered-by']).toBeUndefined();
    }
  });

  it('pas de HSTS hors production (le portail local reste en http)', async () => {
    expect((await app.inject({ url: '/api/configuration' })).headers['strict-transport-security']).toBeUndefined();
  });

  it('cookie de session HttpOnly, SameSite=Lax, chemin /, sans Secure en http local', async () => {
    const res = await seConnecter(app);
    expect(res.statusCode).toBe(200);
    const cookie = res.cookies.find((c) => c.name === 'mse_session')!;
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Lax', path: '/' });
    expect(cookie.secure).toBeFalsy();
  });

  it('CSRF : une requête qui modifie, sans le jeton de la session ou avec un autre, est refusée (403)', async () => {
    const res = await seConnecter(app);
    const cookie = `mse_session=${res.cookies.find((c) => c.name === 'mse_session')!.value}`;
    const jeton = res.json().csrfToken as string;
    const corps = { civilite: 'Monsieur', nom: 'MARTIN', prenom: 'Julien', fonction: 'Gérant', telephone: '0601020304' };
    const sans = await app.inject({ method: 'PUT', url: '/api/compte/coordonnees', payload: corps, headers: { cookie } });
    expect(sans.statusCode).toBe(403);
    expect(sans.json().erreur.message).toContain('Jeton de sécurité');
    const faux = await app.inject({ method: 'PUT', url: '/api/compte/coordonnees', payload: corps, headers: { cookie, 'x-csrf-token': 'a'.repeat(jeton.length) } });
    expect(faux.statusCode).toBe(403);
    const bon = await app.inject({ method: 'PUT', url: '/api/compte/coordonnees', payload: corps, headers: { cookie, 'x-csrf-token': jeton } });
    expect(bon.statusCode).toBe(200);
    // Sign-out also changes the state: without the token, the session stays open.
    expect((await app.inject({ method: 'DELETE', url: '/api/session', headers: { cookie } })).statusCode).toBe(403);
    expect((await app.inject({ url: '/api/session', headers: { cookie } })).statusCode).toBe(200);
  });

  it('CSRF : un formulaire d’un autre site (urlencoded, text/plain, multipart) n’ouvre pas de session (4xx)', async () => {
    const json = JSON.stringify({ email: BOULANGER, motDePasse: MOT_DE_PASSE_DEMO });
    for (const [type, corps] of [['application/x-www-form-urlencoded', `email=${BOULANGER}&motDePasse=${MOT_DE_PASSE_DEMO}`], ['text/plain', json], ['multipart/form-data; boundary=x', json]] as const) {
      const res = await app.inject({ method: 'POST', url: '/api/session', payload: corps, headers: { 'content-type': type } });
      expect([400, 415], type).toContain(res.statusCode);
      expect(res.cookies.find((c) => c.name === 'mse_session')).toBeUndefined();
    }
  });

  it('pas de CORS : aucune origine étrangère n’est autorisée à lire les réponses', async () => {
    const res = await app.inject({ method: 'OPTIONS', url: '/api/session', headers: { origin: 'https://evil.example', 'access-control-request-method': 'POST' } });
    expect(res.headers['access-control-allow-origin']).toBeUndefined();
    expect(res.headers['access-control-allow-credentials']).toBeUndefined();
  });

  it('limite de débit par route : le 11e envoi du formulaire public d’assistance dans la minute reçoit 429 avec Retry-After', async () => {
    const ip = '10.99.0.1';
    const envoyer = (adresse: string) => app.inject({ method: 'POST', url: '/api/assistance/demandes-publiques', payload: {}, remoteAddress: adresse });
    for (let i = 0; i < 10; i++) expect((await envoyer(ip)).statusCode).not.toBe(429);
    const res = await envoyer(ip);
    expect(res.statusCode).toBe(429);
    expect(Number(res.headers['retry-after'])).toBeGreaterThan(0);
    expect(res.json().erreur.message).toMatch(/Trop de requêtes/);
    // Another address is not slowed down.
    expect((await envoyer('10.99.0.2')).statusCode).not.toBe(429);
  });

  it('limite par adresse IP : des échecs de connexion sur des comptes différents finissent en 429 avec Retry-After', async () => {
    let res;
    for (let i = 0; i < 40 && res?.statusCode !== 429; i++) {
      res = await app.inject({ method: 'POST', url: '/api/session', payload: { email: `x${i}@exemple.test`, motDePasse: 'faux' }, remoteAddress: '10.97.0.1' });
    }
    expect(res!.statusCode).toBe(429);
    expect(Number(res!.headers['retry-after'])).toBeGreaterThan(0);
    expect(res!.json().erreur.message).toMatch(/Trop de tentatives/);
  });

  it('limite par compte : après les échecs répétés sur une adresse email, 429 avec Retry-After, quelle que soit l’adresse IP', async () => {
    const cible = 'sophie.bernard@fleurs-de-lys.test';
    let res;
    for (let i = 0; i < 12; i++) res = await app.inject({ method: 'POST', url: '/api/session', payload: { email: cible, motDePasse: 'mauvais' }, remoteAddress: `10.98.0.${i + 1}` });
    expect(res!.statusCode).toBe(429);
    expect(Number(res!.headers['retry-after'])).toBeGreaterThan(0);
  });
});

describe('en production', async () => {
  const ctx = await testApp({ env: { NODE_ENV: 'production', APP_SECRET: SECRET, DONNEES_CLE: '0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef', PUBLIC_URL: 'https://portail.opco.example' } });
  await seedDemoIfEmpty(ctx.database.db, ctx.clock.now);
  const { app } = ctx;

  it('HSTS d’un an sur toutes les réponses, et les requêtes http du navigateur passées en https', async () => {
    const res = await app.inject({ url: '/api/configuration' });
    const hsts = String(res.headers['strict-transport-security']);
    expect(Number(hsts.match(/max-age=(\d+)/)?.[1])).toBeGreaterThanOrEqual(31_536_000);
    expect(hsts).toContain('includeSubDomains');
    expect(directives(String(res.headers['content-security-policy'])).has('upgrade-insecure-requests')).toBe(true);
  });

  it('cookie de session Secure en plus de HttpOnly et SameSite=Lax', async () => {
    const res = await seConnecter(app);
    expect(res.statusCode).toBe(200);
    expect(res.cookies.find((c) => c.name === 'mse_session')).toMatchObject({ httpOnly: true, secure: true, sameSite: 'Lax', path: '/' });
  });

  it('la boîte mail de développement n’existe pas', async () => {
    expect((await app.inject({ url: '/api/dev/emails' })).statusCode).toBe(404);
  });
});

describe('la page web elle-même', () => {
  it('la page du portail (apps/web/index.html, gabarit de la construction) n’a aucun script en ligne que la CSP devrait tolérer', () => {
    const page = fs.readFileSync(new URL('../../../web/index.html', import.meta.url), 'utf8');
    expect(page).toMatch(/<script[^>]*\bsrc=/);
    expect(page).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/);
    expect(page).not.toMatch(/\son[a-z]+=/i);
  });
});
