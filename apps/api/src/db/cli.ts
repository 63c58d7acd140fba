// npm run db:migrate | db:seed | db:reset — the database chores of a developer.
import { sql } from 'drizzle-orm';
import { ConfigError, loadConfig } from '../config/env';
import { chargerBranches } from '../referentiels/branches';
import { openDatabase } from './database';
import { seedDemoIfEmpty } from './seed';

const say = (line: string) => process.stdout.write(`${line}\n`);

async function main(command: string | undefined): Promise<void> {
  if (!command || !['migrate', 'seed', 'reset'].includes(command)) {
    throw new ConfigError('Usage : db:migrate | db:seed | db:reset');
  }
  const config = loadConfig();
  if (command !== 'migrate' && !config.demoData) {
    throw new ConfigError(`db:${command} est refusé : les données de démonstration sont désactivées (production ou DEMO_DATA=false).`);
  }
  const options = { databaseUrl: config.databaseUrl, pgDataDir: config.pgDataDir, pgPort: config.pgPort, log: say };
  let { database } = await openDatabase({ ...options, skipMigrations: command === 'reset' });
  try {
    if (command === 'reset') {
      say('Effacement de toutes les données de la base de développement…');
      await database.db.execute(sql`drop schema if exists public cascade`);
      await database.db.execute(sql`drop schema if exists drizzle cascade`);
      await database.db.execute(sql`drop schema if exists pgboss cascade`);
      await database.db.execute(sql`create schema public`);
      await database.close();
      database = (await openDatabase(options)).database;
    }
    await chargerBranches(database.db);
    say('Schéma à jour.');
    if (command !== 'migrate') {
      say((await seedDemoIfEmpty(database.db, new Date())) ? 'Données de démonstration chargées.' : 'La base contient déjà des comptes : rien n’a été chargé (npm run db:reset pour repartir de zéro).');
    }
  } finally {
    await database.close();
  }
}

main(process.argv[2]).catch((error: unknown) => {
  process.stderr.write(`${(error as Error).message}\n`);
  process.exit(1);
});
