// Volumetry (issue 7, "Scale and speed"): on 5 million requests, 400 000 establishments and 2 million
// reimbursements (volumetrie-donnees.ts), what an accountant with 10 000 requests on 40 establishments
// waits for — the home page, each tab's first and a deep page, typical advanced searches, the dossier
// page, Mes remboursements — and the streamed export of 100 000+ rows of a national network, beside bare
// Fastify. Each URL: server time at rest, autocannon under load, and the plan of its slowest SQL query.
import fs from 'node:fs';
import path from 'node:path';
import pg from 'pg';
import { centile, charge, DUREE, tableau, type Banc, type Mesure, type OptionsBanc } from './outils';
import { COMPTABLE, optionsVolumetrie, preparerVolumetrie, RESEAU } from './volumetrie-donnees';

const DOSSIER = process.env.BENCH_DOSSIER ?? '/var/tmp/mes-services-en-ligne/banc-volumetrie';

/** Its own database (one per scale), kept between runs in BENCH_DOSSIER. */
export function optionsBancVolumetrie(): OptionsBanc {
  return optionsVolumetrie(DOSSIER);
}

type Requete = { text: string; values: unknown[] };

/**
 * Every SQL statement the app sends while `travail` runs (pg.Client.prototype.query, which the pool
 * and transactions both go through): the very queries to EXPLAIN, whoever wrote the route.
 */
async function requetesDe(travail: () => Promise<unknown>): Promise<Requete[]> {
  const proto = pg.Client.prototype as unknown as { query: (...args: unknown[]) => unknown };
  const original = proto.query;
  const vues: Requete[] = [];
  proto.query = function (this: unknown, ...args: unknown[]) {
    const [premier, second] = args;
    if (typeof premier === 'string') vues.push({ text: premier, values: Array.isArray(second) ? second : [] });
    else if (premier && typeof premier === 'object' && 'text' in premier) {
      const q = premier as { text: string; values?: unknown[] };
      vues.push({ text: q.text, values: q.values ?? (Array.isArray(second) ? second : []) });
    }
    return original.apply(this, args);
  };
  try {
    await travail();
  } finally {
    proto.query = original;
  }
  return vues;
}

type Plan = { duree: number; total: number; requetes: number; resume: string; texte: string; sql: string };

/** EXPLAIN (ANALYZE, BUFFERS) of each read: the slowest one (its access paths and time), and all of them added up. */
async function planLePlusLent(banc: Banc, requetes: Requete[]): Promise<Plan | null> {
  let pire: Plan | null = null;
  let total = 0;
  let n = 0;
  for (const q of requetes) {
    if (!/^\s*(select|with)\b/i.test(q.text)) continue;
    const { rows } = await banc.database.pool.query<{ 'QUERY PLAN': string }>(`explain (analyze, buffers) ${q.text}`, q.values);
    const lignes = rows.map((r) => r['QUERY PLAN']);
    const duree = Number(/Execution Time: ([\d.]+)/.exec(lignes.at(-1) ?? '')?.[1] ?? NaN);
    total += duree;
    n++;
    if (pire && !(duree > pire.duree)) continue;
    const acces = [...new Set(lignes.filter((l) => /Scan |external|Disk:/.test(l)).map((l) => l.trim().replace(/^->\s*/, '').replace(/\s+\(cost.*$/, '').replace(/  +/g, ' ')))];
    pire = { duree, total: 0, requetes: 0, resume: acces.slice(0, 3).join(' ; '), texte: lignes.join('\n'), sql: q.text };
  }
  return pire && { ...pire, total, requetes: n };
}

type Ligne = { nom: string; repos: { p50: number; p99: number }; charge: Mesure; serveurCharge: { p50: number; p99: number }; plan: Plan | null; nombre?: number };

async function mesurer(banc: Banc, nom: string, chemin: string, cookie: string, compter?: (corps: unknown) => number): Promise<Ligne> {
  const url = `${banc.base}${chemin}`;
  const lire = async () => {
    const res = await fetch(url, { headers: { cookie } });
    const corps = await res.text();
    if (res.status !== 200) throw new Error(`${nom} — GET ${chemin} : ${res.status} ${corps.slice(0, 300)}`);
    return corps;
  };
  const corps = await lire();
  for (let i = 0; i < 5; i++) await lire();
  const requetes = await requetesDe(lire);
  banc.tempsServeur.delete(chemin);
  for (let i = 0; i < 100; i++) await lire();
  const repos = banc.tempsServeur.get(chemin) ?? [];
  banc.tempsServeur.delete(chemin);
  const mesure = await charge(url, { cookie });
  const enCharge = banc.tempsServeur.get(chemin) ?? [];
  const plan = await planLePlusLent(banc, requetes);
  return {
    nom,
    repos: { p50: centile(repos, 50), p99: centile(repos, 99) },
    charge: mesure,
    serveurCharge: { p50: centile(enCharge, 50), p99: centile(enCharge, 99) },
    plan,
    nombre: compter?.(JSON.parse(corps)),
  };
}

const qs = (p: Record<string, string | number | undefined>) =>
  new URLSearchParams(Object.entries(p).flatMap(([k, v]): [string, string][] => (v === undefined ? [] : [[k, String(v)]]))).toString();

type PageFin = { demandes: unknown[]; suivant: string | null; total?: number };

/** The cursor of the last page of a tab, walking it 100 rows at a time (as a person pressing « Suivant »). */
async function curseurProfond(banc: Banc, cookie: string, groupe: string): Promise<{ apres: string | null; pages: number }> {
  let apres: string | undefined;
  let dernier: string | null = null;
  let pages = 0;
  for (;;) {
    const res = await fetch(`${banc.base}/api/financements?${qs({ groupe, taille: 100, apres })}`, { headers: { cookie } });
    const page = (await res.json()) as PageFin;
    pages++;
    if (!page.suivant) return { apres: dernier, pages };
    dernier = page.suivant;
    apres = page.suivant;
  }
}

/** Downloads an export as a browser would, reading the stream; the process RSS sampled every 50 ms meanwhile. */
async function exporter(banc: Banc, chemin: string, cookie: string) {
  const avant = process.memoryUsage().rss;
  let max = avant;
  const echantillons: number[] = [];
  const sonde = setInterval(() => {
    const rss = process.memoryUsage().rss;
    echantillons.push(rss);
    max = Math.max(max, rss);
  }, 50);
  const t = performance.now();
  let premierOctet = 0;
  let octets = 0;
  let lignes = 0;
  try {
    const res = await fetch(`${banc.base}${chemin}`, { headers: { cookie } });
    if (res.status !== 200) throw new Error(`GET ${chemin} : ${res.status} ${(await res.text()).slice(0, 300)}`);
    const lecteur = res.body!.getReader();
    for (;;) {
      const { done, value } = await lecteur.read();
      if (done) break;
      premierOctet ||= performance.now() - t;
      octets += value.byteLength;
      for (let i = 0; i < value.length; i++) if (value[i] === 10) lignes++;
    }
  } finally {
    clearInterval(sonde);
  }
  const duree = (performance.now() - t) / 1000;
  const mo = (n: number) => Math.round(n / 2 ** 20);
  // Flat memory: the RSS of the second half of the export compared with its first half.
  const moitie = Math.floor(echantillons.length / 2);
  const debut = echantillons.slice(0, moitie);
  const fin = echantillons.slice(moitie);
  return {
    duree,
    premierOctet: premierOctet / 1000,
    octets,
    lignes,
    rss: { avant: mo(avant), max: mo(max), premiereMoitie: mo(Math.max(...debut, avant)), secondeMoitie: mo(Math.max(...fin, avant)), apres: mo(process.memoryUsage().rss) },
  };
}

export async function volumetrie(banc: Banc): Promise<void> {
  const t = performance.now();
  const options = optionsVolumetrie(DOSSIER);
  const etat = await preparerVolumetrie(banc, options);
  const { pool } = banc.database;
  const taille = async (table: string) => Number((await pool.query<{ n: string }>(`select count(*) as n from ${table}`)).rows[0]!.n);
  console.log(
    etat.reprise
      ? `Jeu de données repris (généré le ${etat.genereLe} en ${etat.dureeSecondes} s) : prêt en ${((performance.now() - t) / 1000).toFixed(1)} s`
      : `Jeu de données généré en ${etat.dureeSecondes} s : ${JSON.stringify(etat.etapes)}`,
  );
  const [nDemandes, nEtablissements, nRemboursements, nHistorique] = await Promise.all(['demandes', 'etablissements', 'remboursements', 'historique_demandes'].map(taille));
  const { rows: tailles } = await pool.query<{ base: string }>('select pg_size_pretty(pg_database_size(current_database())) as base');
  console.log(`${nDemandes!.toLocaleString('fr-FR')} demandes, ${nEtablissements!.toLocaleString('fr-FR')} établissements, ${nRemboursements!.toLocaleString('fr-FR')} remboursements, ${nHistorique!.toLocaleString('fr-FR')} lignes d’historique ; base ${tailles[0]!.base}`);

  const compte = async (email: string) => {
    const { rows } = await pool.query<{ compte: string; demandes: string; remboursements: string; etablissements: string }>(
      `select u.compte_id as compte, (select count(*) from demandes d where d.compte_id = u.compte_id) as demandes,
              (select count(*) from remboursements r where r.compte_id = u.compte_id) as remboursements,
              (select count(*) from compte_etablissements c where c.compte_id = u.compte_id) as etablissements
       from utilisateurs u where u.email = $1`,
      [email],
    );
    return rows[0]!;
  };
  const comptable = await compte(COMPTABLE.email);
  const reseau = await compte(RESEAU.email);
  console.log(`Compte mesuré (cabinet comptable) : ${comptable.demandes} demandes sur ${comptable.etablissements} établissements, ${comptable.remboursements} remboursements`);
  console.log(`Compte de l’export (réseau national) : ${reseau.demandes} demandes sur ${reseau.etablissements} établissements`);

  const { cookie } = await banc.connecter(COMPTABLE.email);
  const { cookie: cookieReseau } = await banc.connecter(RESEAU.email);

  // Real values of the accountant's data for the searches.
  const { rows: exemples } = await pool.query<{ numero: string; beneficiaire: string; organisme_siret: string; siret: string; id_dossier: string }>(
    `select (select numero from demandes where compte_id = $1 and numero is not null order by modifie_le desc offset 50 limit 1) as numero,
            (select beneficiaire from demandes where compte_id = $1 and statut = 'solde' order by modifie_le desc offset 10 limit 1) as beneficiaire,
            (select organisme_siret from demandes where compte_id = $1 order by modifie_le desc offset 20 limit 1) as organisme_siret,
            (select e.siret from compte_etablissements c join etablissements e on e.id = c.etablissement_id where c.compte_id = $1 order by e.siret offset 7 limit 1) as siret,
            (select d.id from demandes d where d.compte_id = $1 and d.statut = 'facturation_en_cours' and exists (select 1 from remboursements r where r.demande_id = d.id) order by d.modifie_le desc limit 1) as id_dossier`,
    [comptable.compte],
  );
  const ex = exemples[0]!;
  // The beneficiary typed without accents, one letter wrong: « Hélène Lefèvre » → « helene lefevbre ».
  const floue = ex.beneficiaire
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase()
    .replace(/(\w)(\w)$/, '$2$1');

  const lignes: Ligne[] = [];
  const etape = async (nom: string, chemin: string, c = cookie, compter?: (corps: unknown) => number) => {
    let l: Ligne;
    try {
      l = await mesurer(banc, nom, chemin, c, compter);
    } catch (error) {
      // A route still being built (or refusing a criterion) is reported, not fatal to the other figures.
      console.log(`  ${nom} : NON MESURÉ — ${(error as Error).message}`);
      return;
    }
    lignes.push(l);
    console.log(`  ${nom} : repos p99 ${l.repos.p99.toFixed(1)} ms, charge p99 ${l.charge.p99} ms, ${l.charge.rps} req/s${l.nombre !== undefined ? `, ${l.nombre} résultats` : ''}`);
  };
  const total = (corps: unknown) => (corps as PageFin).total ?? (corps as PageFin).demandes.length;

  const reference = await charge(banc.nu);
  await etape('GET /api/accueil (page d’accueil)', '/api/accueil');
  for (const [groupe, libelle] of [['brouillon', 'Brouillon'], ['en_cours', 'En cours'], ['archive', 'Archivé']] as const) {
    await etape(`Mes financements — ${libelle}, 1re page`, `/api/financements?${qs({ groupe })}`, cookie, total);
    const profond = await curseurProfond(banc, cookie, groupe);
    if (profond.apres) await etape(`Mes financements — ${libelle}, avant-dernière page (${profond.pages} pages de 100, curseur)`, `/api/financements?${qs({ groupe, apres: profond.apres })}`, cookie, total);
    await etape(`Mes financements — ${libelle}, dernière page (fin=1)`, `/api/financements?${qs({ groupe, fin: 1 })}`, cookie, total);
  }
  const recherches: [string, Record<string, string>][] = [
    [`bénéficiaire approché « ${floue} » (Archivé)`, { groupe: 'archive', beneficiaire: floue }],
    [`numéro de dossier partiel « ${ex.numero.slice(-6)} » (Archivé)`, { groupe: 'archive', numero: ex.numero.slice(-6) }],
    ['apprentissage soldé, trié par montant (Archivé)', { groupe: 'archive', dispositif: 'apprentissage', statut: 'solde', tri: 'montant' }],
    ['SIRET de l’organisme et début en 2025 (Archivé)', { groupe: 'archive', organisme: ex.organisme_siret, debutDu: '2025-01-01', debutAu: '2025-12-31' }],
    ['formation « BTS » et montant de 5 000 à 12 000 € (En cours)', { groupe: 'en_cours', formation: 'BTS', montantMin: '5000', montantMax: '12000' }],
    ['un établissement (SIRET), trié par bénéficiaire (Archivé)', { groupe: 'archive', etablissement: ex.siret, tri: 'beneficiaire' }],
  ];
  for (const [nom, criteres] of recherches) await etape(`Recherche — ${nom}`, `/api/financements?${qs(criteres)}`, cookie, total);
  await etape('Page dossier — GET /api/demandes/:id/dossier (Facturation en cours, avec remboursements)', `/api/demandes/${ex.id_dossier}/dossier`);
  for (const [onglet, libelle] of [['a_venir', 'À venir'], ['paye', 'Payé']] as const) {
    await etape(`Mes remboursements — ${libelle}, 1re page`, `/api/remboursements?${qs({ onglet })}`, cookie, (c) => (c as { remboursements: unknown[] }).remboursements.length);
  }
  await etape(`Mes remboursements — recherche bénéficiaire approché « ${floue} » (Payé)`, `/api/remboursements?${qs({ onglet: 'paye', beneficiaire: floue })}`, cookie, (c) => (c as { remboursements: unknown[] }).remboursements.length);
  await etape(`Réseau (${reseau.demandes} demandes) — Archivé, 1re page`, `/api/financements?${qs({ groupe: 'archive' })}`, cookieReseau, total);
  await etape(`Réseau — recherche bénéficiaire approché « ${floue} » (Archivé)`, `/api/financements?${qs({ groupe: 'archive', beneficiaire: floue })}`, cookieReseau, total);

  tableau(
    [['Fastify nu (référence)', reference], ...lignes.map((l) => [l.nom, l.charge] as [string, Mesure])],
    reference,
  );
  console.log(`\nTemps serveur (reply.elapsedTime, ms) — au repos : 100 requêtes l’une après l’autre ; en charge : autocannon, 10 connexions, ${DUREE} s`);
  console.log('| Mesure | résultats | repos p50 | repos p99 | charge p50 | charge p99 | SQL (EXPLAIN ANALYZE) |');
  console.log('|---|---|---|---|---|---|---|');
  for (const l of lignes) {
    const plan = l.plan ? `${l.plan.requetes} lectures, ${l.plan.total.toFixed(1)} ms en tout ; la plus lente ${l.plan.duree.toFixed(1)} ms — ${l.plan.resume}` : '—';
    console.log(`| ${l.nom} | ${l.nombre ?? ''} | ${l.repos.p50.toFixed(1)} | ${l.repos.p99.toFixed(1)} | ${l.serveurCharge.p50.toFixed(1)} | ${l.serveurCharge.p99.toFixed(1)} | ${plan} |`);
  }
  const fichierPlans = path.join(DOSSIER, `plans-${options.base}.txt`);
  fs.writeFileSync(fichierPlans, lignes.map((l) => `━━━ ${l.nom}\n${l.plan?.sql ?? ''}\n\n${l.plan?.texte ?? ''}\n`).join('\n'));
  console.log(`Plans complets : ${fichierPlans}`);

  console.log('\nExport du réseau national, Archivé (flux lu comme un navigateur) :');
  console.log('| Format | lignes | taille | durée | 1er octet | RSS avant | RSS max 1re moitié | RSS max 2de moitié | RSS après |');
  console.log('|---|---|---|---|---|---|---|---|---|');
  for (const format of ['csv', 'xlsx'] as const) {
    const r = await exporter(banc, `/api/financements/export?${qs({ format, groupe: 'archive' })}`, cookieReseau);
    const lignesExport = format === 'csv' ? `${(r.lignes - 1).toLocaleString('fr-FR')}` : '—';
    console.log(
      `| ${format.toUpperCase()} | ${lignesExport} | ${(r.octets / 2 ** 20).toFixed(1)} Mio | ${r.duree.toFixed(1)} s | ${r.premierOctet.toFixed(2)} s | ${r.rss.avant} Mio | ${r.rss.premiereMoitie} Mio | ${r.rss.secondeMoitie} Mio | ${r.rss.apres} Mio |`,
    );
  }
}
