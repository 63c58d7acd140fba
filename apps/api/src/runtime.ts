import type PgBoss from 'pg-boss';
import type { Config } from './config/env';
import { openDatabase, type Database } from './db/database';
import { demoAccountsPresent, seedDemoIfEmpty } from './db/seed';
import { allJobs } from './jobs/jobs';
import { createMailer, type Mailer } from './mail/mailer';
import { createQueues, startQueue, startWorkers } from './plugins/queue';
import { initialiserReferentiels } from './modules/referentiel/initialiser-referentiel';
import { chargerBranches } from './referentiels/branches';
import { verifierBaseDeProduction } from './securite/production';

export type Runtime = {
  database: Database;
  boss: PgBoss;
  mailer: Mailer;
  demoAccounts: string[];
  stop: () => Promise<void>;
};

/** Database (embedded or DATABASE_URL), migrations, reference data, demo data, job queue and workers. */
export async function startRuntime(config: Config, log: (line: string) => void, options: { workers: boolean }): Promise<Runtime> {
  const { database } = await openDatabase({ databaseUrl: config.databaseUrl, pgDataDir: config.pgDataDir, pgPort: config.pgPort, log });
  try {
    await verifierBaseDeProduction(config, database);
    await chargerBranches(database.db);
    await initialiserReferentiels(database, { demo: config.demoData, log });
    let demoAccounts: string[] = [];
    if (config.demoData) {
      if (await seedDemoIfEmpty(database.db, new Date())) log('Données de démonstration chargées.');
      demoAccounts = await demoAccountsPresent(database.db);
    }
    const boss = await startQueue(database.url, (error) => log(`File de travaux : ${error.message}`));
    const mailer = createMailer(config.smtpUrl);
    const jobs = allJobs(config, database, mailer, boss);
    await createQueues(boss, jobs);
    if (options.workers) await startWorkers(boss, jobs);
    const stop = async () => {
      await boss.stop({ graceful: true, wait: true, timeout: 10_000 });
      mailer?.close();
      await database.close();
    };
    return { database, boss, mailer, demoAccounts, stop };
  } catch (error) {
    await database.close();
    throw error;
  }
}
