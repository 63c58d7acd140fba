// Shared by the benchmark scenarios: the database, the app beside a bare Fastify route, the load tool.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import autocannon from 'autocannon';
import Fastify, { type FastifyInstance } from 'fastify';
import pg from 'pg';
import { buildApp } from '../src/app';
import { loadConfig, type Config } from '../src/config/env';
import { connect, ensureDatabase, runMigrations, type Database } from '../src/db/database';
import { MOT_DE_PASSE_DEMO } from '../src/db/demo-data';
import { startEmbeddedPostgres } from '../src/db/embedded-server';
import { seedDemoIfEmpty } from '../src/db/seed';
import { initialiserReferentiel } from '../src/modules/referentiel/initialiser-referentiel';
import { chargerBranches } from '../src/referentiels/branches';

export const DUREE = Number(process.env.BENCH_SECONDS ?? 5);

export type Mesure = { rps: number; p50: number; p99: number; erreurs: number };

/**
 * autocannon in a worker thread: in the main thread it would share the event loop with the very server
 * it measures, and count its own work as the server's latency.
 */
export async function charge(url: string, headers: Record<string, string> = {}, connexions = 10): Promise<Mesure> {
  const r = await autocannon({ url, connections: connexions, duration: DUREE, headers, workers: 1 });
  return { rps: Math.round(r.requests.average), p50: r.latency.p50, p99: r.latency.p99, erreurs: r.errors + r.non2xx };
}

export function centile(valeurs: number[], p: number): number {
  if (valeurs.length === 0) return NaN;
  const tries = [...valeurs].sort((a, b) => a - b);
  return tries[Math.min(tries.length - 1, Math.floor((p / 100) * tries.length))]!;
}

export function tableau(lignes: readonly (readonly [string, Mesure])[], reference: Mesure): void {
  console.log('\n| Route | req/s | p50 (ms) | p99 (ms) | erreurs | vs Fastify nu |');
  console.log('|---|---|---|---|---|---|');
  for (const [nom, r] of lignes) console.log(`| ${nom} | ${r.rps} | ${r.p50} | ${r.p99} | ${r.erreurs} | ${(r.rps / reference.rps).toFixed(2)} |`);
}

export type Banc = {
  database: Database;
  config: Config;
  /** The portal, listening; `tempsServeur` collects reply.elapsedTime (ms) per URL. */
  app: FastifyInstance;
  base: string;
  /** A bare Fastify route in the same process: the reference every ratio is taken against. */
  nu: string;
  tempsServeur: Map<string, number[]>;
  connecter: (email: string, motDePasse?: string) => Promise<{ cookie: string; csrf: string }>;
};

/**
 * Where a scenario keeps its data set between runs (the volumetry one), instead of a throw-away
 * database; `neuve`: drop that database first (a generation left unfinished).
 */
export type OptionsBanc = { dossier?: string; base?: string; neuve?: boolean };

/** A throw-away PostgreSQL (or DATABASE_URL), migrated and loaded with the demo data, and the app on it. */
export async function ouvrirBanc(options: OptionsBanc = {}): Promise<Banc & { fermer: () => Promise<void> }> {
  const dir = options.dossier ?? fs.mkdtempSync(path.join(os.tmpdir(), 'mse-bench-'));
  fs.mkdirSync(dir, { recursive: true });
  fs.chmodSync(dir, 0o755);
  const server = process.env.DATABASE_URL ? undefined : await startEmbeddedPostgres({ dataDir: path.join(dir, 'pg'), ephemeral: true });
  const serverUrl = process.env.DATABASE_URL ?? server!.url;
  if (options.neuve && options.base) {
    const client = new pg.Client({ connectionString: serverUrl });
    await client.connect();
    await client.query(`drop database if exists "${options.base}" with (force)`).finally(() => client.end());
  }
  const url = await ensureDatabase(serverUrl, options.base ?? `mse_bench_${process.pid}`);
  const database = connect(url);
  await runMigrations(database);
  await chargerBranches(database.db);
  // As at start-up: the rules' dated values, without which no estimate can be made.
  await initialiserReferentiel(database);
  await seedDemoIfEmpty(database.db, new Date());
  const config = loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent' });

  const nuApp = Fastify();
  nuApp.get('/', async () => ({ statut: 'ok' }));
  await nuApp.listen({ port: 0, host: '127.0.0.1' });
  const app = await buildApp({ config, database, now: () => new Date() }, { logger: false });
  const tempsServeur = new Map<string, number[]>();
  app.addHook('onResponse', async (request, reply) => {
    const liste = tempsServeur.get(request.url) ?? [];
    liste.push(reply.elapsedTime);
    tempsServeur.set(request.url, liste);
  });
  await app.listen({ port: 0, host: '127.0.0.1' });

  return {
    database,
    config,
    app,
    base: `http://127.0.0.1:${(app.server.address() as { port: number }).port}`,
    nu: `http://127.0.0.1:${(nuApp.server.address() as { port: number }).port}/`,
    tempsServeur,
    connecter: async (email, motDePasse = MOT_DE_PASSE_DEMO) => {
      const login = await app.inject({ method: 'POST', url: '/api/session', payload: { email, motDePasse } });
      if (login.statusCode !== 200) throw new Error(`connexion de ${email} refusée : ${login.body}`);
      return { cookie: `mse_session=${login.cookies.find((c) => c.name === 'mse_session')!.value}`, csrf: login.json().csrfToken };
    },
    fermer: async () => {
      await app.close();
      await nuApp.close();
      await database.close();
      await server?.stop();
      if (!options.dossier) fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}
