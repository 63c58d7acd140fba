import net from 'node:net';
import { fileURLToPath } from 'node:url';
import { buildApp } from './app';
import { ConfigError, loadConfig, type Config } from './config/env';
import { DatabaseError } from './db/database';
import { MOT_DE_PASSE_DEMO } from './db/demo-data';
import { EmbeddedServerError } from './db/embedded-server';
import { startRuntime } from './runtime';

const WEB_ROOT = fileURLToPath(new URL('../../web/dist', import.meta.url));
const say = (line: string) => process.stdout.write(`${line}\n`);

class PortError extends Error {}

function assertPortFree(config: Config): Promise<void> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.once('error', (error: NodeJS.ErrnoException) =>
      reject(
        new PortError(
          error.code === 'EADDRINUSE'
            ? `Le port ${config.port} est déjà utilisé : arrêtez l'autre programme ou choisissez un autre port, ex. PORT=${config.port + 1} npm start.`
            : `Impossible d'écouter sur ${config.host}:${config.port} (${error.code}) : changez HOST ou PORT.`,
        ),
      ),
    );
    probe.listen(config.port, config.host, () => probe.close(() => resolve()));
  });
}

async function main(): Promise<void> {
  const started = Date.now();
  const config = loadConfig();
  await assertPortFree(config);
  const runtime = await startRuntime(config, say, { workers: config.inlineWorker });
  const app = await buildApp({ config, database: runtime.database, boss: runtime.boss, now: () => new Date(), webRoot: WEB_ROOT });

  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    say(`${signal} reçu : arrêt en cours (requêtes en cours terminées, base de données arrêtée proprement)…`);
    const force = setTimeout(() => process.exit(1), 30_000);
    force.unref();
    try {
      await app.close();
      await runtime.stop();
      say('Arrêté.');
      process.exit(0);
    } catch (error) {
      say(`Arrêt incomplet : ${(error as Error).message}`);
      process.exit(1);
    }
  };
  process.on('SIGINT', () => void shutdown('SIGINT'));
  process.on('SIGTERM', () => void shutdown('SIGTERM'));

  await app.listen({ port: config.port, host: config.host });
  const url = config.host === '0.0.0.0' || config.host === '127.0.0.1' ? `http://localhost:${config.port}` : `http://${config.host}:${config.port}`;
  say('');
  say(`Mes services en ligne est prêt en ${((Date.now() - started) / 1000).toFixed(1)} s : ${url}`);
  say(`  Documentation de l'API : ${url}/api/docs`);
  if (!config.smtpUrl && config.env !== 'production') say(`  E-mails (pas de SMTP configuré) : ${url}/dev/emails`);
  if (runtime.demoAccounts.length) {
    say(`  Comptes de démonstration (mot de passe ${MOT_DE_PASSE_DEMO}, sauf le compte migré) :`);
    for (const email of runtime.demoAccounts) say(`    - ${email}`);
  }
  say('  Ctrl-C pour arrêter.');
}

main().catch((error: unknown) => {
  const known = error instanceof ConfigError || error instanceof DatabaseError || error instanceof EmbeddedServerError || error instanceof PortError;
  process.stderr.write(`Démarrage impossible : ${known ? (error as Error).message : String((error as Error)?.stack ?? error)}\n`);
  process.exit(1);
});
