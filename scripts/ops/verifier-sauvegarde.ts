// Proves backup and restore end to end, for real:
//   node --import tsx scripts/ops/verifier-sauvegarde.ts
// A temporary PostgreSQL server (the pg_ctl of PG_BIN, the same version as its pg_dump), the schema,
// the demo data and pieces uploaded through the real app; then scripts/ops/sauvegarder.sh, everything
// wiped (database dropped, files deleted), scripts/ops/restaurer.sh, and a comparison: the row count and
// a checksum of every table, and the SHA-256 of every stored document against the one in the database.
// Exit code 0 when all match. PG_BIN defaults to the newest /usr/lib/postgresql/<version>/bin.
import { execFileSync, spawnSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildApp } from '../../apps/api/src/app';
import { loadConfig } from '../../apps/api/src/config/env';
import { connect, ensureDatabase, runMigrations, type Database } from '../../apps/api/src/db/database';
import { MOT_DE_PASSE_DEMO } from '../../apps/api/src/db/demo-data';
import { seedDemoIfEmpty } from '../../apps/api/src/db/seed';
import { initialiserReferentiel } from '../../apps/api/src/modules/referentiel/initialiser-referentiel';
import { chargerBranches } from '../../apps/api/src/referentiels/branches';
import { executer, portLibre, say, sha256 } from './outils';

const ICI = path.dirname(fileURLToPath(import.meta.url));

function pgBin(): string {
  if (process.env.PG_BIN) return process.env.PG_BIN;
  const racine = '/usr/lib/postgresql';
  const versions = fs.existsSync(racine) ? fs.readdirSync(racine).filter((v) => fs.existsSync(path.join(racine, v, 'bin', 'pg_ctl'))).sort((a, b) => Number(b) - Number(a)) : [];
  if (!versions.length) throw new Error('PostgreSQL introuvable : définissez PG_BIN (dossier de pg_ctl, pg_dump, pg_restore), ex. apt-get install postgresql-15.');
  return path.join(racine, versions[0]!, 'bin');
}

/** initdb and pg_ctl refuse root: as root, they run as the postgres user. */
function enTantQuePostgres(commande: string, args: string[]) {
  const root = process.getuid?.() === 0;
  const r = spawnSync(root ? 'runuser' : commande, root ? ['-u', 'postgres', '--', commande, ...args] : args, { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`${commande} a échoué : ${r.stderr || r.stdout}`);
}

type Etat = { tables: Record<string, string>; documents: Record<string, string> };

/** Each table's count and a checksum of its rows (order-independent); each document's SHA-256, read from disk. */
async function etat(database: Database, filesDir: string): Promise<Etat> {
  const { rows } = await database.pool.query<{ schema: string; nom: string }>(
    "select table_schema as schema, table_name as nom from information_schema.tables where table_schema in ('public', 'drizzle') and table_type = 'BASE TABLE' order by 1, 2",
  );
  const tables: Record<string, string> = {};
  for (const { schema, nom } of rows) {
    const r = await database.pool.query<{ e: string }>(`select count(*) || ':' || coalesce(md5(string_agg(md5(t::text), '' order by md5(t::text))), '-') as e from "${schema}"."${nom}" t`);
    tables[`${schema}.${nom}`] = r.rows[0]!.e;
  }
  const documents: Record<string, string> = {};
  const pieces = await database.pool.query<{ cle: string; sha256: string }>('select cle, sha256 from pieces_demandes union all select cle, sha256 from pieces_jointes_assistance');
  for (const { cle, sha256: attendu } of pieces.rows) {
    const chemin = path.join(filesDir, cle);
    const lu = fs.existsSync(chemin) ? sha256(fs.readFileSync(chemin)) : 'absent';
    documents[cle] = lu === attendu ? attendu : `ATTENDU ${attendu}, LU ${lu}`;
  }
  return { tables, documents };
}

/** A small valid PDF, different each time (so each document has its own hash). */
const pdf = (n: number) => Buffer.from(`%PDF-1.4\n% document de vérification ${n} ${randomUUID()}\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n`);

function multipart(champs: Record<string, string>, nom: string, octets: Buffer) {
  const limite = '----mse-sauvegarde';
  const parties: Buffer[] = Object.entries(champs).map(([k, v]) => Buffer.from(`--${limite}\r\ncontent-disposition: form-data; name="${k}"\r\n\r\n${v}\r\n`));
  parties.push(Buffer.from(`--${limite}\r\ncontent-disposition: form-data; name="fichier"; filename="${nom}"\r\ncontent-type: application/pdf\r\n\r\n`), octets, Buffer.from(`\r\n--${limite}--\r\n`));
  return { payload: Buffer.concat(parties), headers: { 'content-type': `multipart/form-data; boundary=${limite}` } };
}

async function main(): Promise<number> {
  const bin = pgBin();
  const version = execFileSync(path.join(bin, 'pg_dump'), ['--version'], { encoding: 'utf8' }).trim();
  say(`PostgreSQL : ${bin} (${version})`);
  const dossier = fs.mkdtempSync(path.join(os.tmpdir(), 'mse-verif-sauvegarde-'));
  fs.chmodSync(dossier, 0o777);
  const donnees = path.join(dossier, 'pg');
  const filesDir = path.join(dossier, 'fichiers');
  const sauvegardes = path.join(dossier, 'sauvegardes');
  const port = await portLibre();
  let serveurLance = false;
  try {
    enTantQuePostgres(path.join(bin, 'initdb'), ['-D', donnees, '-A', 'trust', '-U', 'postgres', '-E', 'UTF8', '--no-locale']);
    enTantQuePostgres(path.join(bin, 'pg_ctl'), ['-D', donnees, '-l', path.join(dossier, 'pg.log'), '-o', `-p ${port} -k ${dossier} -c listen_addresses=127.0.0.1`, '-w', 'start']);
    serveurLance = true;
    const serveur = `postgres://postgres@127.0.0.1:${port}/postgres`;
    const url = await ensureDatabase(serveur, 'mse');

    say('1. Base neuve : schéma, référentiels, données de démonstration, pièces déposées par le portail…');
    let database = connect(url, 4);
    await runMigrations(database);
    await chargerBranches(database.db);
    await initialiserReferentiel(database);
    await seedDemoIfEmpty(database.db, new Date());
    const config = loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent', DATABASE_URL: url, FILES_DIR: filesDir });
    const app = await buildApp({ config, database, now: () => new Date() }, { logger: false });
    const connexion = await app.inject({ method: 'POST', url: '/api/session', payload: { email: 'julien.martin@au-pain-dore.test', motDePasse: MOT_DE_PASSE_DEMO } });
    if (connexion.statusCode !== 200) throw new Error(`connexion de démonstration refusée : ${connexion.body}`);
    const entetes = { cookie: `mse_session=${connexion.cookies.find((c) => c.name === 'mse_session')!.value}`, 'x-csrf-token': connexion.json().csrfToken as string };
    for (let i = 0; i < 5; i++) {
      const brouillon = await app.inject({ method: 'POST', url: '/api/demandes', headers: entetes, payload: { id: randomUUID(), dispositif: 'action_individuelle', donnees: {} } });
      const f = multipart({ type: 'programme' }, `programme ${i + 1}.pdf`, pdf(i));
      const depot = await app.inject({ method: 'POST', url: `/api/demandes/${brouillon.json().id}/pieces`, headers: { ...entetes, ...f.headers }, payload: f.payload });
      if (depot.statusCode !== 201) throw new Error(`dépôt refusé : ${depot.body}`);
    }
    await app.close();
    const avant = await etat(database, filesDir);
    await database.close();
    const lignes = Object.values(avant.tables).reduce((n, e) => n + Number(e.split(':')[0]), 0);
    say(`   ${Object.keys(avant.tables).length} tables, ${lignes} lignes, ${Object.keys(avant.documents).length} documents.`);
    const corrompus = Object.entries(avant.documents).filter(([, v]) => v.startsWith('ATTENDU'));
    if (corrompus.length) throw new Error(`documents déjà incohérents avant la sauvegarde : ${corrompus.map(([k]) => k).join(', ')}`);

    say('2. Sauvegarde (scripts/ops/sauvegarder.sh)…');
    const env = { ...process.env, DATABASE_URL: url, FILES_DIR: filesDir, PG_BIN: bin };
    const sortie = execFileSync('bash', [path.join(ICI, 'sauvegarder.sh'), sauvegardes], { env, encoding: 'utf8' });
    const faite = sortie.trim().split('\n').pop()!.replace('Sauvegarde terminée : ', '');
    const taille = fs.readdirSync(faite).map((f) => `${f} ${Math.ceil(fs.statSync(path.join(faite, f)).size / 1024)} ko`).join(', ');
    say(`   ${faite} : ${taille}`);

    say('3. Tout effacer : base supprimée, fichiers supprimés…');
    const admin = connect(serveur, 1);
    await admin.pool.query('drop database mse with (force)');
    await admin.pool.query('create database mse');
    await admin.close();
    fs.rmSync(filesDir, { recursive: true, force: true });

    say('4. Restauration (scripts/ops/restaurer.sh)…');
    execFileSync('bash', [path.join(ICI, 'restaurer.sh'), faite], { env, stdio: ['ignore', 'inherit', 'inherit'] });

    say('5. Comparaison…');
    database = connect(url, 2);
    const apres = await etat(database, filesDir);
    await database.close();
    const ecarts = [
      ...Object.keys({ ...avant.tables, ...apres.tables }).filter((t) => avant.tables[t] !== apres.tables[t]).map((t) => `table ${t} : avant ${avant.tables[t]}, après ${apres.tables[t]}`),
      ...Object.keys({ ...avant.documents, ...apres.documents }).filter((d) => avant.documents[d] !== apres.documents[d]).map((d) => `document ${d} : avant ${avant.documents[d]}, après ${apres.documents[d]}`),
    ];
    if (ecarts.length) {
      say(`ÉCHEC : ${ecarts.length} écart(s)`);
      for (const e of ecarts) say(`  - ${e}`);
      return 1;
    }
    say(`RÉUSSI : ${Object.keys(apres.tables).length} tables (${lignes} lignes, nombre et contenu identiques) et ${Object.keys(apres.documents).length} documents (SHA-256 identiques) restaurés.`);
    return 0;
  } finally {
    if (serveurLance) enTantQuePostgres(path.join(bin, 'pg_ctl'), ['-D', donnees, '-m', 'fast', '-w', 'stop']);
    fs.rmSync(dossier, { recursive: true, force: true });
  }
}

executer(main, 'Vérification impossible');
