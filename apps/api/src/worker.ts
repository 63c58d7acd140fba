import { ConfigError, loadConfig } from './config/env';
import { startRuntime } from './runtime';

/** A worker process only (no HTTP): to scale background jobs out; start the app with WORKER=off then. */
const say = (line: string) => process.stdout.write(`${line}\n`);

async function main(): Promise<void> {
  const config = loadConfig();
  if (!config.databaseUrl) {
    throw new ConfigError('Le worker séparé partage la base de l’application : définissez DATABASE_URL.');
  }
  const runtime = await startRuntime(config, say, { workers: true });
  say('Worker démarré : traitement des travaux en file (e-mails, échéances…).');
  const stop = async () => {
    await runtime.stop();
    process.exit(0);
  };
  process.on('SIGINT', () => void stop());
  process.on('SIGTERM', () => void stop());
}

main().catch((error: unknown) => {
  process.stderr.write(`Démarrage du worker impossible : ${(error as Error).message}\n`);
  process.exit(1);
});
