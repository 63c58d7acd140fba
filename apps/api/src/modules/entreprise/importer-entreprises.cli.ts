// npm run import:entreprises -- fichier.csv — loads the directory of member companies (see README).
import fs from 'node:fs';
import path from 'node:path';
import { ConfigError, loadConfig } from '../../config/env';
import { openDatabase } from '../../db/database';
import { chargerBranches } from '../../referentiels/branches';
import { ImportImpossible, importerEntreprises, type RapportImport } from './importer-entreprises';

const say = (line: string) => process.stdout.write(`${line}\n`);
const nombre = new Intl.NumberFormat('fr-FR');
const pluriel = (n: number, mot: string) => `${nombre.format(n)} ${mot}${n > 1 ? 's' : ''}`;

function resumer(rapport: RapportImport, secondes: number): string[] {
  return [
    ...rapport.rejets.map((r) => `ligne ${r.ligne}${r.siret ? ` (SIRET ${r.siret})` : ''} : ${r.motifs.join(' ; ')}`),
    `${pluriel(rapport.lignes, 'ligne')} lue${rapport.lignes > 1 ? 's' : ''} en ${secondes.toLocaleString('fr-FR', { maximumFractionDigits: 1 })} s : ` +
      `${pluriel(rapport.creees, 'établissement')} ajouté${rapport.creees > 1 ? 's' : ''}, ${nombre.format(rapport.modifiees)} mis à jour, ` +
      `${nombre.format(rapport.inchangees)} inchangé${rapport.inchangees > 1 ? 's' : ''}, ${pluriel(rapport.rejets.length, 'ligne')} rejetée${rapport.rejets.length > 1 ? 's' : ''}.`,
  ];
}

async function main(fichier: string | undefined): Promise<number> {
  if (!fichier) throw new ConfigError('Usage : npm run import:entreprises -- chemin/vers/annuaire.csv');
  const chemin = path.resolve(fichier);
  if (!fs.existsSync(chemin)) throw new ConfigError(`Fichier introuvable : ${chemin}`);
  const config = loadConfig();
  const { database } = await openDatabase({ databaseUrl: config.databaseUrl, pgDataDir: config.pgDataDir, pgPort: config.pgPort, log: say });
  try {
    // The IDCC of each line must be a branch of the OPCO: make sure the branches are there.
    await chargerBranches(database.db);
    say(`Import de l’annuaire des entreprises adhérentes : ${chemin}`);
    const debut = performance.now();
    const rapport = await importerEntreprises(database, fs.createReadStream(chemin));
    for (const ligne of resumer(rapport, (performance.now() - debut) / 1000)) say(ligne);
    return rapport.rejets.length ? 2 : 0;
  } finally {
    await database.close();
  }
}

main(process.argv[2]).then(
  (code) => process.exit(code),
  (error: unknown) => {
    const attendue = error instanceof ImportImpossible || error instanceof ConfigError;
    process.stderr.write(`${attendue ? '' : 'Import interrompu, rien n’a été enregistré : '}${(error as Error).message}\n`);
    process.exit(1);
  },
);
