// npm run bench — measured figures, never asserted in tests. Starts its own PostgreSQL (or uses
// DATABASE_URL), loads the demo data, then measures side by side with a bare Fastify route.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import autocannon from 'autocannon';
import Fastify from 'fastify';
import { buildApp } from '../src/app';
import { loadConfig } from '../src/config/env';
import { connect, ensureDatabase, runMigrations } from '../src/db/database';
import { MOT_DE_PASSE_DEMO } from '../src/db/demo-data';
import { startEmbeddedPostgres } from '../src/db/embedded-server';
import { seedDemoIfEmpty } from '../src/db/seed';
import { hacherMotDePasse } from '../src/modules/identite/mot-de-passe';
import { ouvrirSession } from '../src/modules/identite/ouvrir-session';
import { chargerBranches } from '../src/referentiels/branches';

const DUREE = Number(process.env.BENCH_SECONDS ?? 5);

async function charge(url: string, headers: Record<string, string> = {}) {
  const r = await autocannon({ url, connections: 10, duration: DUREE, headers });
  return { rps: Math.round(r.requests.average), p50: r.latency.p50, p99: r.latency.p99, erreurs: r.errors + r.non2xx };
}

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'mse-bench-'));
fs.chmodSync(dir, 0o755);
const server = process.env.DATABASE_URL ? undefined : await startEmbeddedPostgres({ dataDir: path.join(dir, 'pg'), ephemeral: true });
const url = await ensureDatabase(process.env.DATABASE_URL ?? server!.url, `mse_bench_${process.pid}`);
const database = connect(url);
await runMigrations(database);
await chargerBranches(database.db);
await seedDemoIfEmpty(database.db, new Date());
const config = loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent' });

// 1. argon2id
const temps: number[] = [];
for (let i = 0; i < 30; i++) {
  const t = performance.now();
  await hacherMotDePasse(`Mot-de-passe-${i}!`);
  temps.push(performance.now() - t);
}
temps.sort((a, b) => a - b);

// 2. The login command (password check + audit + session), 4 at a time, the rate limit put aside.
let connexions = 0;
const fin = Date.now() + DUREE * 1000;
await Promise.all(
  Array.from({ length: 4 }, async () => {
    while (Date.now() < fin) {
      await ouvrirSession({ database, config }, { espace: 'entreprise', email: 'julien.martin@au-pain-dore.test', motDePasse: MOT_DE_PASSE_DEMO, seSouvenir: false, ip: `10.0.0.${connexions % 250}`, userAgent: 'bench', now: new Date() });
      connexions++;
    }
  }),
);

// 3. HTTP: a bare Fastify route, then the portal's routes, in the same run.
const nu = Fastify();
nu.get('/', async () => ({ statut: 'ok' }));
await nu.listen({ port: 0, host: '127.0.0.1' });
const app = await buildApp({ config, database, now: () => new Date() }, { logger: false });
await app.listen({ port: 0, host: '127.0.0.1' });
const base = `http://127.0.0.1:${(app.server.address() as { port: number }).port}`;
const login = await app.inject({ method: 'POST', url: '/api/session', payload: { email: 'cecile.moreau@aidomi-provence.test', motDePasse: MOT_DE_PASSE_DEMO } });
const cookie = `mse_session=${login.cookies.find((c) => c.name === 'mse_session')!.value}`;

const lignes = [
  ['Fastify nu (référence)', await charge(`http://127.0.0.1:${(nu.server.address() as { port: number }).port}/`)],
  ['GET /healthz', await charge(`${base}/healthz`)],
  ['GET /api/session (bloc entreprise, 12 SIRET)', await charge(`${base}/api/session`, { cookie })],
  ['GET /api/actualites', await charge(`${base}/api/actualites`)],
] as const;
const reference = lignes[0][1].rps;

console.log(`\nMachine : ${os.cpus().length} cœurs ${os.cpus()[0]?.model ?? ''}, ${Math.round(os.totalmem() / 2 ** 30)} Gio, Node ${process.version}`);
console.log(`argon2id (m=19 Mio, t=2, p=1) : médiane ${temps[15]!.toFixed(1)} ms, p90 ${temps[27]!.toFixed(1)} ms`);
console.log(`Commande de connexion (4 en parallèle, ${DUREE} s) : ${(connexions / DUREE).toFixed(0)} connexions/s`);
console.log('\n| Route | req/s | p50 (ms) | p99 (ms) | erreurs | vs Fastify nu |');
console.log('|---|---|---|---|---|---|');
for (const [nom, r] of lignes) console.log(`| ${nom} | ${r.rps} | ${r.p50} | ${r.p99} | ${r.erreurs} | ${(r.rps / reference).toFixed(2)} |`);

await app.close();
await nu.close();
await database.close();
await server?.stop();
fs.rmSync(dir, { recursive: true, force: true });
