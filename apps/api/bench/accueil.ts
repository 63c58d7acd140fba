// The home page's one request, GET /api/accueil, on a table of millions of requests: generated in
// PostgreSQL with set-based SQL (generate_series), then measured beside bare Fastify.
// BENCH_DEMANDES (default 5 000 000) and BENCH_ETABLISSEMENTS (default 400 000) set the size.
import { count, eq, inArray } from 'drizzle-orm';
import type { PoolClient } from 'pg';
import { groupeMultiSiret, MOT_DE_PASSE_DEMO } from '../src/db/demo-data';
import { accesEtablissements, demandes, etablissements, utilisateurs } from '../src/db/schema';
import { hacherMotDePasse } from '../src/modules/identite/mot-de-passe';
import { etablissementCourantVisible, requeteDemandesParStatut } from '../src/modules/accueil/accueil.repository';
import type { Employeur } from '../src/policies/espaces';
import { centile, charge, tableau, type Banc, type Mesure } from './outils';

const NB_DEMANDES = Number(process.env.BENCH_DEMANDES ?? 5_000_000);
const NB_ETABLISSEMENTS = Number(process.env.BENCH_ETABLISSEMENTS ?? 400_000);
const DEMANDES_DU_COMPTE = 1_000;
const PROPRIETAIRE = 'cecile.moreau@aidomi-provence.test';
const COLLABORATEUR = 'bench.collaborateur@aidomi-provence.test';

/** Statuses weighted like a portal a few years old: mostly archived, a fair share in progress. */
const STATUTS_PONDERES = [
  'brouillon', 'brouillon', 'envoye', 'en_cours_de_traitement', 'en_cours_de_traitement', 'a_completer', 'pris_en_charge', 'pris_en_charge',
  'pris_en_charge', 'facturation_en_cours', 'solde', 'solde', 'solde', 'solde', 'solde', 'solde', 'annule', 'annule', 'refuse', 'refuse',
];
const statutsSql = `array[${STATUTS_PONDERES.map((s) => `'${s}'`).join(',')}]::statut_demande[]`;
const dispositifsSql = `array['apprentissage','professionnalisation','pro_a','action_individuelle']::dispositif[]`;

const secondes = (debut: number) => ((performance.now() - debut) / 1000).toFixed(1);

/**
 * Runs a bulk load with the table's secondary indexes and foreign keys set aside, then puts them back:
 * one sort per index instead of millions of random insertions, no per-row key check. The definitions
 * are read back from the catalogue, so the bench measures the schema as migrated. The keys come back
 * NOT VALID: the generated rows are right by construction, and PostgreSQL checks every row written after.
 */
export async function sansIndexNiCles(client: PoolClient, table: string, charger: () => Promise<void>): Promise<void> {
  const { rows: index } = await client.query<{ nom: string; definition: string }>(
    `select i.relname as nom, pg_get_indexdef(i.oid) as definition from pg_index x join pg_class i on i.oid = x.indexrelid
     where x.indrelid = $1::regclass and not x.indisprimary and not exists (select 1 from pg_constraint c where c.conindid = x.indexrelid)`,
    [table],
  );
  const { rows: cles } = await client.query<{ nom: string; definition: string }>(
    `select conname as nom, pg_get_constraintdef(oid) as definition from pg_constraint where conrelid = $1::regclass and contype = 'f'`,
    [table],
  );
  for (const c of cles) await client.query(`alter table ${table} drop constraint "${c.nom}"`);
  for (const i of index) await client.query(`drop index "${i.nom}"`);
  await charger();
  for (const i of index) await client.query(i.definition);
  for (const c of cles) await client.query(`alter table ${table} add constraint "${c.nom}" ${c.definition} not valid`);
}

/** Loads the directory (one account per establishment) and the requests, with set-based SQL only. */
async function generer(banc: Banc): Promise<void> {
  const client = await banc.database.pool.connect();
  try {
    await client.query("set maintenance_work_mem = '512MB'; set synchronous_commit = off");
    let t = performance.now();
    // Ids in increasing order (establishment n and its account n share the id n, in their own tables):
    // primary keys grow at their end instead of splitting pages at random.
    await sansIndexNiCles(client, 'etablissements', async () => {
      await client.query(
        `insert into etablissements (id, siret, siren, raison_sociale, adresse, code_postal, ville, naf, idcc, effectif_entreprise, date_adhesion, numero_adherent)
         select lpad(to_hex(g), 32, '0')::uuid, '9' || lpad(g::text, 13, '0'), '9' || lpad(g::text, 8, '0'), 'ENTREPRISE ' || g, g || ' rue du Banc',
                lpad((1000 + g % 94000)::text, 5, '0'), 'VILLE ' || (g % 3000), '8810A', (array['0843','3127','2596','1978','1996'])[1 + g % 5],
                1 + g % 40, date '2012-01-01' + (g % 4000), 'BN' || g
         from generate_series(1, $1::int) g`,
        [NB_ETABLISSEMENTS],
      );
    });
    await client.query(`insert into comptes (id) select lpad(to_hex(g), 32, '0')::uuid from generate_series(1, $1::int) g`, [NB_ETABLISSEMENTS]);
    await sansIndexNiCles(client, 'compte_etablissements', async () => {
      await client.query(
        `insert into compte_etablissements (compte_id, etablissement_id) select lpad(to_hex(g), 32, '0')::uuid, lpad(to_hex(g), 32, '0')::uuid from generate_series(1, $1::int) g`,
        [NB_ETABLISSEMENTS],
      );
    });
    console.log(`${NB_ETABLISSEMENTS.toLocaleString('fr-FR')} établissements et comptes : ${secondes(t)} s`);

    t = performance.now();
    await sansIndexNiCles(client, 'demandes', async () => {
      await client.query(
        `insert into demandes (id, dispositif, statut, compte_id, etablissement_id, numero, beneficiaire, intitule_formation, organisme, date_debut, date_fin,
                               montant_estime_centimes, envoye_le, cree_le, modifie_le)
         select lpad(to_hex(g), 32, '0')::uuid, (${dispositifsSql})[1 + g % 4], s.statut,
                lpad(to_hex(e.n), 32, '0')::uuid, lpad(to_hex(e.n), 32, '0')::uuid,
                case when s.statut <> 'brouillon' then (array['AP','PRO','PROA','AI'])[1 + g % 4] || '-B-' || lpad(g::text, 8, '0') end,
                'Bénéficiaire ' || g, 'Formation ' || (g % 500), 'Organisme ' || (g % 2000),
                date '2020-01-01' + (g % 2500), date '2020-06-01' + (g % 2500), 50000 + (g * 37) % 1500000,
                case when s.statut <> 'brouillon' then timestamptz '2026-01-01' - (g % 2000) * interval '1 day' end,
                timestamptz '2026-01-01' - (g % 2000) * interval '1 day', timestamptz '2026-01-01' - (g % 1900) * interval '1 day'
         from generate_series(1, $1::int) g
         cross join lateral (select 1 + (g::bigint * 7919) % $2::int as n) e
         cross join lateral (select (${statutsSql})[1 + (g * 31) % ${STATUTS_PONDERES.length}] as statut) s`,
        [NB_DEMANDES, NB_ETABLISSEMENTS],
      );
      console.log(`${NB_DEMANDES.toLocaleString('fr-FR')} demandes : ${secondes(t)} s`);
      t = performance.now();
    });
    console.log(`index des demandes reconstruits : ${secondes(t)} s`);

    t = performance.now();
    // What autovacuum does in production: statistics, and the visibility map that allows index-only scans.
    await client.query('vacuum analyze demandes, etablissements, compte_etablissements, comptes');
    // Flush the load's dirty pages now rather than during the measures (superuser only: skipped otherwise).
    await client.query('checkpoint').catch(() => undefined);
    console.log(`vacuum analyze, checkpoint : ${secondes(t)} s`);
  } finally {
    client.release();
  }
}

/** The multi-establishment demo account gets exactly 1 000 requests over its 12 establishments; a colleague gets 2 of them. */
async function preparerComptes(banc: Banc): Promise<{ proprietaire: Employeur; collaborateur: Employeur }> {
  const { db, pool } = banc.database;
  const [proprietaire] = await db.select().from(utilisateurs).where(eq(utilisateurs.email, PROPRIETAIRE));
  const compteId = proprietaire!.compteId!;
  const [deja] = await db.select({ n: count() }).from(demandes).where(eq(demandes.compteId, compteId));
  const sites = await db.select({ id: etablissements.id }).from(etablissements).where(inArray(etablissements.siret, groupeMultiSiret().map((e) => e.siret)));
  await pool.query(
    `insert into demandes (dispositif, statut, compte_id, etablissement_id, beneficiaire, intitule_formation, montant_estime_centimes, modifie_le)
     select (${dispositifsSql})[1 + g % 4], (${statutsSql})[1 + (g * 31) % ${STATUTS_PONDERES.length}], $1::uuid, ($2::uuid[])[1 + g % $3::int],
            'Salarié ' || g, 'Formation ' || g, 100000, now() - g * interval '1 hour'
     from generate_series(1, $4::int) g`,
    [compteId, sites.map((s) => s.id), sites.length, DEMANDES_DU_COMPTE - (deja?.n ?? 0)],
  );
  await pool.query('vacuum analyze demandes');
  const [collaborateur] = await db
    .insert(utilisateurs)
    .values({ email: COLLABORATEUR, nom: 'BANC', prenom: 'Paul', role: 'collaborateur', compteId, motDePasseHash: await hacherMotDePasse(MOT_DE_PASSE_DEMO), emailConfirmeLe: new Date() })
    .returning();
  await db.insert(accesEtablissements).values(sites.slice(0, 2).map((s) => ({ utilisateurId: collaborateur!.id, etablissementId: s.id })));
  return { proprietaire: proprietaire as Employeur, collaborateur: collaborateur as Employeur };
}

/** The plan and execution time of the count the route runs for this person (the very query of the repository). */
async function plan(banc: Banc, employeur: Employeur): Promise<string> {
  const courant = await etablissementCourantVisible(banc.database.db, employeur);
  const requete = requeteDemandesParStatut(banc.database.db, employeur, courant?.id ?? null).toSQL();
  const { rows } = await banc.database.pool.query<{ 'QUERY PLAN': string }>(`explain (analyze, buffers) ${requete.sql}`, requete.params);
  const lignes = rows.map((r) => r['QUERY PLAN']);
  const acces = lignes.find((l) => /Scan/.test(l))?.trim().replace(/\s+\(cost.*$/, '') ?? '?';
  const execution = lignes.find((l) => l.startsWith('Execution Time'))?.replace('Execution Time: ', '') ?? '?';
  return `${acces} — ${execution}`;
}

async function lireEmployeur(banc: Banc, id: string): Promise<Employeur> {
  const [u] = await banc.database.db.select().from(utilisateurs).where(eq(utilisateurs.id, id));
  return u as Employeur;
}

/** Server time of the route (Fastify's reply.elapsedTime), one request at a time: no queueing in it. */
async function tempsAuRepos(banc: Banc, cookie: string, n = 300): Promise<{ p50: number; p99: number }> {
  banc.tempsServeur.delete('/api/accueil');
  for (let i = 0; i < n; i++) {
    const res = await fetch(`${banc.base}/api/accueil`, { headers: { cookie } });
    if (res.status !== 200) throw new Error(`GET /api/accueil : ${res.status}`);
    await res.arrayBuffer();
  }
  const temps = banc.tempsServeur.get('/api/accueil') ?? [];
  return { p50: centile(temps, 50), p99: centile(temps, 99) };
}

async function sousCharge(banc: Banc, cookie: string): Promise<{ mesure: Mesure; p50: number; p99: number }> {
  banc.tempsServeur.delete('/api/accueil');
  const mesure = await charge(`${banc.base}/api/accueil`, { cookie });
  const temps = banc.tempsServeur.get('/api/accueil') ?? [];
  return { mesure, p50: centile(temps, 50), p99: centile(temps, 99) };
}

export async function accueil(banc: Banc): Promise<void> {
  const debut = performance.now();
  await generer(banc);
  const { proprietaire, collaborateur } = await preparerComptes(banc);
  const [{ total }] = (await banc.database.pool.query<{ total: string }>('select count(*) as total from demandes')).rows as [{ total: string }];
  console.log(`Jeu de données prêt en ${secondes(debut)} s : ${Number(total).toLocaleString('fr-FR')} demandes ; le compte mesuré en a ${DEMANDES_DU_COMPTE}.`);

  const cecile = await banc.connecter(PROPRIETAIRE);
  const paul = await banc.connecter(COLLABORATEUR);
  const gap = groupeMultiSiret()[10]!.siret;
  const variantes: { nom: string; cookie: string; avant?: () => Promise<unknown>; apres?: () => Promise<unknown>; employeur: Employeur }[] = [
    { nom: 'propriétaire, tous les établissements (1 000 demandes)', cookie: cecile.cookie, employeur: proprietaire },
    {
      nom: 'propriétaire, un établissement courant',
      cookie: cecile.cookie,
      employeur: proprietaire,
      avant: () => banc.app.inject({ method: 'PUT', url: '/api/etablissement-courant', payload: { siret: gap }, headers: { cookie: cecile.cookie, 'x-csrf-token': cecile.csrf } }),
      apres: () => banc.app.inject({ method: 'PUT', url: '/api/etablissement-courant', payload: { siret: null }, headers: { cookie: cecile.cookie, 'x-csrf-token': cecile.csrf } }),
    },
    { nom: 'collaborateur, 2 établissements accordés', cookie: paul.cookie, employeur: collaborateur },
  ];

  const reference = await charge(banc.nu);
  const lignes: [string, Mesure][] = [['Fastify nu (référence)', reference]];
  const serveur: string[] = [];
  for (const v of variantes) {
    await v.avant?.();
    const repos = await tempsAuRepos(banc, v.cookie);
    const charge10 = await sousCharge(banc, v.cookie);
    const sql = await plan(banc, await lireEmployeur(banc, v.employeur.id));
    await v.apres?.();
    lignes.push([`GET /api/accueil — ${v.nom}`, charge10.mesure]);
    serveur.push(`| ${v.nom} | ${repos.p50.toFixed(1)} | ${repos.p99.toFixed(1)} | ${charge10.p50.toFixed(1)} | ${charge10.p99.toFixed(1)} | ${sql} |`);
  }
  tableau(lignes, reference);
  console.log('\nTemps serveur de GET /api/accueil (reply.elapsedTime, ms) — au repos : 300 requêtes l’une après l’autre ; en charge : 10 connexions');
  console.log('| Qui | repos p50 | repos p99 | charge p50 | charge p99 | comptage en SQL (plan, exécution) |');
  console.log('|---|---|---|---|---|---|');
  for (const l of serveur) console.log(l);
}
