import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import PgBoss from 'pg-boss';
import type { TestProject } from 'vitest/node';
import { assertReachable, connect, ensureDatabase, runMigrations } from '../db/database';
import { startEmbeddedPostgres, withDatabase, type EmbeddedServer } from '../db/embedded-server';
import { initialiserReferentiel } from '../modules/referentiel/initialiser-referentiel';
import { chargerBranches } from '../referentiels/branches';

declare module 'vitest' {
  export interface ProvidedContext {
    pgServerUrl: string;
    pgTemplate: string;
  }
}

/**
 * One PostgreSQL server for the whole API suite (our embedded one, or DATABASE_URL's), and one migrated
 * template database; each test file then gets a fresh copy of it (see database.ts).
 */
export default async function setup(project: TestProject) {
  let embedded: EmbeddedServer | undefined;
  let serverUrl = process.env.DATABASE_URL;
  let dataDir: string | undefined;
  if (serverUrl) {
    await assertReachable(serverUrl);
  } else {
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'mse-test-pg-'));
    fs.chmodSync(dataDir, 0o755);
    embedded = await startEmbeddedPostgres({ dataDir: path.join(dataDir, 'data'), ephemeral: true });
    serverUrl = embedded.url;
  }
  const template = `mse_modele_${process.pid}`;
  const templateUrl = await ensureDatabase(serverUrl, template);
  const database = connect(templateUrl, 2);
  await runMigrations(database);
  await chargerBranches(database.db);
  await initialiserReferentiel(database);
  await database.close();
  // pg-boss installs its own schema once here, so that every copy already has it.
  const boss = new PgBoss({ connectionString: templateUrl, schema: 'pgboss', supervise: false, schedule: false });
  await boss.start();
  await boss.stop({ graceful: false, wait: true });

  project.provide('pgServerUrl', serverUrl);
  project.provide('pgTemplate', template);

  return async () => {
    if (embedded) {
      await embedded.stop();
      fs.rmSync(dataDir!, { recursive: true, force: true });
      fs.rmSync(`${path.join(dataDir!, 'data')}.password`, { force: true });
    } else {
      const admin = connect(withDatabase(serverUrl!, 'postgres'), 1);
      const { rows } = await admin.pool.query<{ datname: string }>(
        "select datname from pg_database where datname like $1 or datname = $2",
        [`mse_t_${process.pid}_%`, template],
      );
      for (const r of rows) await admin.pool.query(`drop database if exists "${r.datname}" with (force)`);
      await admin.close();
    }
  };
}
