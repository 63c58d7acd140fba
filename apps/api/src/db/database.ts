import { fileURLToPath } from 'node:url';
import { drizzle, type NodePgDatabase } from 'drizzle-orm/node-postgres';
import { migrate } from 'drizzle-orm/node-postgres/migrator';
import pg from 'pg';
import * as schema from './schema';
import { startEmbeddedPostgres, withDatabase, type EmbeddedServer } from './embedded-server';

export type Db = NodePgDatabase<typeof schema>;
export type Database = { url: string; pool: pg.Pool; db: Db; close: () => Promise<void> };

export const MIGRATIONS_FOLDER = fileURLToPath(new URL('../../drizzle', import.meta.url));
const APP_DATABASE = 'mes_services';

export class DatabaseError extends Error {}

export function connect(url: string, max = 20): Database {
  const pool = new pg.Pool({ connectionString: url, max, connectionTimeoutMillis: 5_000 });
  // An idle client losing its server must not crash the process; the next query reports it.
  pool.on('error', () => undefined);
  const db = drizzle(pool, { schema, casing: 'snake_case' });
  return { url, pool, db, close: () => pool.end() };
}

function describeServer(url: string): string {
  try {
    const u = new URL(url);
    return `${u.hostname}:${u.port || 5432}${u.pathname}`;
  } catch {
    return 'DATABASE_URL';
  }
}

export async function assertReachable(url: string): Promise<void> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 5_000 });
  try {
    await client.connect();
    const { rows } = await client.query<{ v: number }>("select current_setting('server_version_num')::int as v");
    if ((rows[0]?.v ?? 0) < 150000) throw new DatabaseError('PostgreSQL 15 ou plus récent est requis.');
  } catch (error) {
    if (error instanceof DatabaseError) throw error;
    throw new DatabaseError(
      `Base de données injoignable (${describeServer(url)}) : ${(error as Error).message}. Vérifiez DATABASE_URL et que le serveur est démarré.`,
    );
  } finally {
    await client.end().catch(() => undefined);
  }
}

export async function ensureDatabase(serverUrl: string, name: string, template?: string): Promise<string> {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    const { rowCount } = await client.query('select 1 from pg_database where datname = $1', [name]);
    if (!rowCount) {
      await client.query(`create database "${name}"${template ? ` template "${template}"` : ''}`);
    }
  } finally {
    await client.end();
  }
  return withDatabase(serverUrl, name);
}

export async function runMigrations(database: Database): Promise<void> {
  try {
    await migrate(database.db, { migrationsFolder: MIGRATIONS_FOLDER });
  } catch (error) {
    const cause = (error as { cause?: Error }).cause?.message ?? (error as Error).message;
    throw new DatabaseError(`La migration du schéma a échoué, démarrage arrêté : ${cause}`);
  }
}

export type OpenedDatabase = { database: Database; embedded?: EmbeddedServer };

/** DATABASE_URL when set; otherwise our own embedded server. Then migrations, always. */
export async function openDatabase(options: {
  databaseUrl: string | undefined;
  pgDataDir: string;
  pgPort?: number;
  log: (line: string) => void;
  /** Only db:reset skips them, to wipe a database whatever state its schema is in. */
  skipMigrations?: boolean;
}): Promise<OpenedDatabase> {
  let embedded: EmbeddedServer | undefined;
  let url = options.databaseUrl;
  if (url) {
    await assertReachable(url);
  } else {
    embedded = await startEmbeddedPostgres({ dataDir: options.pgDataDir, port: options.pgPort, log: options.log });
    url = await ensureDatabase(embedded.url, APP_DATABASE);
  }
  const database = connect(url);
  try {
    if (!options.skipMigrations) await runMigrations(database);
  } catch (error) {
    await database.close();
    await embedded?.stop();
    throw error;
  }
  const close = async () => {
    await database.close();
    await embedded?.stop();
  };
  return { database: { ...database, close }, embedded };
}
