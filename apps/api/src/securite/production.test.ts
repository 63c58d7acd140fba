import { spawn } from 'node:child_process';
import net from 'node:net';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../config/env';
import { seedDemoIfEmpty } from '../db/seed';
import { testDatabase } from '../test/database';

/**
 * `NODE_ENV=production npm start` (scripts/start.mjs runs apps/api/src/server.ts and passes its exit
 * code on) refuses to start with a default or missing secret, with demo data asked for, or on a
 * database that holds the demo accounts: a clear message and an exit code other than 0.
 */
const RACINE = fileURLToPath(new URL('../../../../', import.meta.url));
const CLE = '0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef';
const SECRET = 'f3b1c9d2e8a7465b9c0d1e2f3a4b5c6d7e8f9a0b1c2d3e4f';

function portLibre(): Promise<number> {
  return new Promise((resolve) => {
    const s = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = s.address() as net.AddressInfo;
      s.close(() => resolve(port));
    });
  });
}

/** The real server process, as `npm start` runs it; its exit code and what it wrote. */
function demarrer(env: Record<string, string>): Promise<{ code: number | null; sortie: string }> {
  return new Promise((resolve) => {
    const propre = Object.fromEntries(Object.entries(process.env).filter(([k]) => !/^(APP_SECRET|DATABASE_URL|DEMO_DATA|DONNEES_CLE|METRICS_TOKEN|NODE_ENV|PORT|VITEST.*)$/.test(k)));
    const enfant = spawn(process.execPath, ['--import', 'tsx', 'apps/api/src/server.ts'], { cwd: RACINE, env: { ...propre, LOG_LEVEL: 'warn', ...env } });
    let sortie = '';
    enfant.stdout.on('data', (d) => (sortie += d));
    enfant.stderr.on('data', (d) => (sortie += d));
    const delai = setTimeout(() => enfant.kill('SIGKILL'), 60_000);
    enfant.on('exit', (code) => {
      clearTimeout(delai);
      resolve({ code, sortie });
    });
  });
}

describe('mode production', () => {
  it('la configuration refuse un secret absent, celui du développement ou un exemple, et les données de démonstration', () => {
    expect(() => loadConfig({ NODE_ENV: 'production' })).toThrow(/APP_SECRET : obligatoire en production/);
    expect(() => loadConfig({ NODE_ENV: 'production', APP_SECRET: 'developpement-uniquement-ne-jamais-utiliser-en-production' })).toThrow(/APP_SECRET : valeur par défaut ou d’exemple refusée/);
    expect(() => loadConfig({ NODE_ENV: 'production', APP_SECRET: 'change-me-change-me-change-me-change-me' })).toThrow(/APP_SECRET : valeur par défaut/);
    expect(() => loadConfig({ NODE_ENV: 'production', APP_SECRET: SECRET, DONNEES_CLE: CLE, METRICS_TOKEN: 'exemple-de-jeton-metrics-a-remplacer-000' })).toThrow(/METRICS_TOKEN/);
    expect(() => loadConfig({ NODE_ENV: 'production', APP_SECRET: SECRET, DONNEES_CLE: CLE, DEMO_DATA: 'true' })).toThrow(/DEMO_DATA : les données de démonstration sont interdites en production/);
    expect(loadConfig({ NODE_ENV: 'production', APP_SECRET: SECRET, DONNEES_CLE: CLE })).toMatchObject({ demoData: false, appSecret: SECRET });
  });

  it('le serveur sans APP_SECRET s’arrête aussitôt, code 1, en nommant la variable', async () => {
    const { code, sortie } = await demarrer({ NODE_ENV: 'production', PORT: String(await portLibre()) });
    expect(code).toBe(1);
    expect(sortie).toContain('Démarrage impossible : Configuration invalide — APP_SECRET : obligatoire en production');
    expect(sortie).not.toMatch(/\bat .+:\d+:\d+/);
  }, 60_000);

  it('le serveur avec DEMO_DATA=true s’arrête, code 1', async () => {
    const { code, sortie } = await demarrer({ NODE_ENV: 'production', APP_SECRET: SECRET, DONNEES_CLE: CLE, DEMO_DATA: 'true', PORT: String(await portLibre()) });
    expect(code).toBe(1);
    expect(sortie).toContain('DEMO_DATA : les données de démonstration sont interdites en production');
  }, 60_000);

  it('le serveur refuse une base qui contient les comptes de démonstration (mot de passe public), code 1', async () => {
    const database = await testDatabase();
    await seedDemoIfEmpty(database.db, new Date('2026-11-22T09:00:00Z'));
    const { code, sortie } = await demarrer({ NODE_ENV: 'production', APP_SECRET: SECRET, DONNEES_CLE: CLE, DATABASE_URL: database.url, PORT: String(await portLibre()), WORKER: 'off' });
    expect(code).toBe(1);
    expect(sortie).toMatch(/Démarrage impossible : La base contient \d+ compte\(s\) de démonstration/);
    expect(sortie).toContain('refusé en production');
  }, 90_000);
});
