// npm run audit:verifier — recomputes the audit log's chain of hashes and names the first broken row.
import { ConfigError, loadConfig } from '../../config/env';
import { openDatabase } from '../../db/database';
import { verifierJournal } from './journal.repository';

const say = (line: string) => process.stdout.write(`${line}\n`);

async function main(): Promise<number> {
  const config = loadConfig();
  const { database } = await openDatabase({ databaseUrl: config.databaseUrl, pgDataDir: config.pgDataDir, pgPort: config.pgPort, log: () => undefined });
  try {
    const debut = Date.now();
    const { lignesVerifiees, rupture } = await verifierJournal(database.db);
    const duree = `${((Date.now() - debut) / 1000).toFixed(1)} s`;
    if (rupture) {
      say(`Journal d’audit ROMPU à la ligne n° ${rupture.sequence} : ${rupture.motif}.`);
      say(`${lignesVerifiees} ligne(s) intacte(s) avant elle (${duree}).`);
      return 2;
    }
    say(`Journal d’audit intact : ${lignesVerifiees} ligne(s) vérifiée(s) en ${duree}.`);
    return 0;
  } finally {
    await database.close();
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    process.stderr.write(`${error instanceof ConfigError ? error.message : (error as Error).message}\n`);
    process.exit(1);
  },
);
