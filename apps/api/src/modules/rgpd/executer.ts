import { ConfigError, loadConfig } from '../../config/env';
import { openDatabase } from '../../db/database';
import { startQueue } from '../../plugins/queue';
import { purgerArchives } from './purger-archives';
import { traiterBrouillonsInactifs } from './relancer-brouillons';

/**
 * Runs the RGPD passes by hand, once, now (the same commands the daily jobs run; safe to run twice):
 *   node --import tsx apps/api/src/modules/rgpd/executer.ts brouillons|archives|tout
 * Uses DATABASE_URL (or the embedded database of PG_DATA_DIR while the app is stopped). The e-mails
 * are queued and sent by the app's workers, as usual.
 */
const say = (line: string) => process.stdout.write(`${line}\n`);

async function main(): Promise<void> {
  const quoi = process.argv[2] ?? 'tout';
  if (!['brouillons', 'archives', 'tout'].includes(quoi)) throw new ConfigError('Usage : executer.ts brouillons|archives|tout');
  const config = loadConfig();
  const { database } = await openDatabase({ databaseUrl: config.databaseUrl, pgDataDir: config.pgDataDir, pgPort: config.pgPort, log: say });
  const boss = config.smtpUrl ? await startQueue(database.url, (error) => say(`File de travaux : ${error.message}`)) : undefined;
  try {
    const ctx = { database, boss, config, now: new Date(), ip: 'commande-rgpd' };
    if (quoi !== 'archives') {
      const b = await traiterBrouillonsInactifs(ctx);
      say(`Brouillons inactifs : ${b.relance1} première(s) relance(s), ${b.relance2} seconde(s) relance(s), ${b.supprime} supprimé(s), ${b.rien} sans action.`);
    }
    if (quoi !== 'brouillons') {
      const a = await purgerArchives(ctx);
      say(`Dossiers archivés de plus de ${config.retentionArchivesAnnees} ans : ${a.supprimes} supprimé(s).`);
    }
  } finally {
    await boss?.stop({ graceful: true, wait: true, timeout: 10_000 });
    await database.close();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`Purge RGPD impossible : ${(error as Error).message}\n`);
  process.exit(1);
});
