// npm run import:npec -- fichier.xlsx [--idcc=0843,3127] — loads France compétences' NPEC referential (see README).
import fs from 'node:fs';
import path from 'node:path';
import { normaliserIdcc } from '@mse/shared/identifiants/idcc';
import { ConfigError, loadConfig } from '../../../config/env';
import { openDatabase } from '../../../db/database';
import { ImportNpecImpossible, importerNpec, resumerRapportNpec } from './importer-npec';

const say = (line: string) => process.stdout.write(`${line}\n`);

/** `--idcc=0843,3127` keeps only the CPNE covering those conventions (an OPCO's own branches). */
function lireIdcc(options: string[]): string[] | undefined {
  const option = options.find((o) => o.startsWith('--idcc='));
  if (!option) return undefined;
  const idcc = option.slice('--idcc='.length).split(/[,\s]+/).filter(Boolean).map(normaliserIdcc);
  if (idcc.length === 0 || idcc.some((i) => !/^\d{4}$/.test(i))) throw new ConfigError(`Option ${option} : une liste d'IDCC séparés par des virgules est attendue (exemple : --idcc=0843,3127).`);
  return idcc;
}

async function main(fichier: string | undefined, options: string[]): Promise<number> {
  if (!fichier || fichier.startsWith('--')) throw new ConfigError('Usage : npm run import:npec -- chemin/vers/referentiel-npec.xlsx [--idcc=0843,3127]');
  const idcc = lireIdcc(options);
  const chemin = path.resolve(fichier);
  if (!fs.existsSync(chemin)) throw new ConfigError(`Fichier introuvable : ${chemin}`);
  const config = loadConfig();
  const { database } = await openDatabase({ databaseUrl: config.databaseUrl, pgDataDir: config.pgDataDir, pgPort: config.pgPort, log: say });
  try {
    say(`Import du référentiel des NPEC : ${chemin}`);
    const debut = performance.now();
    const rapport = await importerNpec(database, chemin, idcc ? { idcc } : {});
    for (const rejet of rapport.rejets) say(`${rejet.onglet}, ligne ${rejet.ligne} : ${rejet.motifs.join(' ; ')}`);
    const secondes = ((performance.now() - debut) / 1000).toLocaleString('fr-FR', { maximumFractionDigits: 1 });
    say(`${resumerRapportNpec(rapport)} Durée : ${secondes} s.`);
    return rapport.rejets.length ? 2 : 0;
  } finally {
    await database.close();
  }
}

main(process.argv[2], process.argv.slice(3)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    const attendue = error instanceof ImportNpecImpossible || error instanceof ConfigError;
    process.stderr.write(`${attendue ? '' : 'Import interrompu, rien n’a été enregistré : '}${(error as Error).message}\n`);
    process.exit(1);
  },
);
