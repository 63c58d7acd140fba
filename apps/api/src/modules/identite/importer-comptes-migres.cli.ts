// npm run import:comptes -- comptes.csv — accounts of the previous portal (see README).
import fs from 'node:fs';
import path from 'node:path';
import { ConfigError, loadConfig } from '../../config/env';
import { openDatabase } from '../../db/database';
import { importerComptesMigres } from './importer-comptes-migres';

const say = (line: string) => process.stdout.write(`${line}\n`);

async function main(fichier: string | undefined): Promise<number> {
  if (!fichier) throw new ConfigError('Usage : npm run import:comptes -- chemin/vers/comptes.csv');
  const chemin = path.resolve(fichier);
  if (!fs.existsSync(chemin)) throw new ConfigError(`Fichier introuvable : ${chemin}`);
  const config = loadConfig();
  const { database } = await openDatabase({ databaseUrl: config.databaseUrl, pgDataDir: config.pgDataDir, pgPort: config.pgPort, log: say });
  try {
    const r = await importerComptesMigres(database, fs.createReadStream(chemin));
    for (const rejet of r.rejets) say(`ligne ${rejet.ligne} : ${rejet.motif}`);
    say(`${r.lignes} ligne(s) : ${r.crees} compte(s) créé(s), ${r.inchanges} déjà présent(s), ${r.rejets.length} rejetée(s).`);
    return r.rejets.length ? 2 : 0;
  } finally {
    await database.close();
  }
}

main(process.argv[2]).then(
  (code) => process.exit(code),
  (error: unknown) => {
    process.stderr.write(`${(error as Error).message}\n`);
    process.exit(1);
  },
);
