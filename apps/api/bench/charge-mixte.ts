// npm run bench -- charge-mixte: the mixed load of issue #10 — sign-ins, home pages, searches,
// autosaves and submissions together, open loop, from many people at once (each their own address,
// the app behind a reverse proxy: TRUST_PROXY). Steps up the rate (CHARGE_PALIERS, operations per
// second, each held CHARGE_PALIER_S s), keeps the highest one held with p99 < 200 ms and no error,
// then holds it CHARGE_DUREE_S s (default 600: the documented 10-minute run) sampling the memory every
// 10 s (first, last, slope). CHARGE_DEBIT skips the search and holds that rate.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { exempleComplet } from '@mse/shared/demande/formulaire/exemples-complets';
import { buildApp } from '../src/app';
import { MOT_DE_PASSE_DEMO } from '../src/db/demo-data';
import { centile, type Banc } from './outils';

const PALIERS = (process.env.CHARGE_PALIERS ?? '2,5,10,20,40,60,80,120,160').split(',').map(Number);
const PALIER_S = Number(process.env.CHARGE_PALIER_S ?? 30);
const DUREE_S = Number(process.env.CHARGE_DUREE_S ?? 600);
const SEUIL_P99_MS = 200;
const COMPTES = ['julien.martin@au-pain-dore.test', 'cecile.moreau@aidomi-provence.test'];
const PERSONNES = Number(process.env.CHARGE_PERSONNES ?? 300);
/** Shares of the operations drawn (a submission is four requests: complete draft, two pieces, sending). */
const POIDS = { connexion: 5, accueil: 35, recherche: 20, sauvegarde: 30, soumission: 10 };
const RECHERCHES = ['groupe=en_cours', 'groupe=brouillon', 'groupe=en_cours&beneficiaire=Martin', 'groupe=archive&formation=boulangerie', 'groupe=en_cours&dispositif=apprentissage&tri=montant'];
const PDF = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n');

type Resultat = { mesures: Record<string, number[]>; erreurs: Record<string, number>; exemples: string[]; lancees: number; refusees: number; secondes: number };
type Bilan = { debit: number; requetes: number; rps: number; p50: number; p99: number; erreurs: number; tenu: boolean };

const mo = (octets: number) => octets / 2 ** 20;

function bilan(debit: number, r: Resultat): Bilan {
  const toutes = Object.values(r.mesures).flat();
  const erreurs = Object.values(r.erreurs).reduce((a, b) => a + b, 0) + r.refusees;
  const p99 = centile(toutes, 99);
  // Held: the rate reached (a saturated server answers fewer than asked), p99 under the bar, no error.
  const tenu = r.lancees - r.refusees >= 0.95 * debit * Math.floor(r.secondes) && p99 < SEUIL_P99_MS && erreurs === 0;
  return { debit, requetes: toutes.length, rps: Math.round(toutes.length / r.secondes), p50: centile(toutes, 50), p99, erreurs, tenu };
}

/** Least-squares slope of the samples, in MiB per minute. */
function pente(points: { s: number; octets: number }[]): number {
  const n = points.length;
  if (n < 2) return NaN;
  const mx = points.reduce((a, p) => a + p.s, 0) / n;
  const my = points.reduce((a, p) => a + mo(p.octets), 0) / n;
  const num = points.reduce((a, p) => a + (p.s - mx) * (mo(p.octets) - my), 0);
  const den = points.reduce((a, p) => a + (p.s - mx) ** 2, 0);
  return (num / den) * 60;
}

export async function chargeMixte(banc: Banc): Promise<void> {
  // The app as deployed behind the proxy, on the bench's database, its files in a throw-away directory.
  const fichiers = fs.mkdtempSync(path.join(os.tmpdir(), 'mse-charge-'));
  const app = await buildApp({ config: { ...banc.config, trustProxy: true, filesDir: fichiers }, database: banc.database, now: () => new Date() }, { logger: false });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const base = `http://127.0.0.1:${(app.server.address() as { port: number }).port}`;
  try {
    const personnes: { email: string; siret: string | undefined; motDePasse: string; cookie: string; csrf: string; ip: string }[] = [];
    const brouillons: { personne: number; id: string; version: number }[] = [];
    for (let i = 0; i < PERSONNES; i++) {
      const email = COMPTES[i % COMPTES.length]!;
      const ip = `10.${i >> 8}.${i & 255}.7`;
      const login = await app.inject({ method: 'POST', url: '/api/session', payload: { email, motDePasse: MOT_DE_PASSE_DEMO }, headers: { 'x-forwarded-for': ip } });
      if (login.statusCode !== 200) throw new Error(`connexion de ${email} refusée : ${login.body}`);
      // The multi-establishment account says which establishment each request is for.
      const { rows } = await banc.database.pool.query<{ siret: string }>(
        'select e.siret from etablissements e join compte_etablissements ce on ce.etablissement_id = e.id join utilisateurs u on u.compte_id = ce.compte_id where u.email = $1 order by e.siret',
        [email],
      );
      const siret = rows.length > 1 ? rows[i % rows.length]!.siret : undefined;
      const personne = { email, siret, motDePasse: MOT_DE_PASSE_DEMO, cookie: `mse_session=${login.cookies.find((c) => c.name === 'mse_session')!.value}`, csrf: login.json().csrfToken as string, ip };
      personnes.push(personne);
      // Two drafts each for the autosaves: one save at a time per draft, as the form does.
      for (let j = 0; j < 2; j++) {
        const cree = await app.inject({ method: 'POST', url: '/api/demandes', payload: { id: crypto.randomUUID(), dispositif: 'action_individuelle', siret, donnees: {} }, headers: { cookie: personne.cookie, 'x-csrf-token': personne.csrf, 'x-forwarded-for': ip } });
        if (cree.statusCode !== 201) throw new Error(`brouillon refusé : ${cree.body}`);
        brouillons.push({ personne: i, id: cree.json().id as string, version: cree.json().version as number });
      }
    }
    for (const q of RECHERCHES) {
      const r = await app.inject({ method: 'GET', url: `/api/financements?${q}`, headers: { cookie: personnes[0]!.cookie } });
      if (r.statusCode !== 200) throw new Error(`recherche ${q} refusée : ${r.body}`);
    }
    const complet = exempleComplet('apprentissage', new Date().toISOString().slice(0, 10));
    const lancer = (debit: number, secondes: number) =>
      new Promise<Resultat>((resolve, reject) => {
        const worker = new Worker(new URL('./charge-mixte-client.mjs', import.meta.url), {
          workerData: { base, debit, secondes, personnes, brouillons, complet, pdf: [...PDF], poids: POIDS, recherches: RECHERCHES, maxEnVol: 500 },
        });
        worker.once('message', resolve);
        worker.once('error', reject);
      });

    console.log(`${PERSONNES} personnes (${COMPTES.length} comptes employeur), opérations tirées : ${Object.entries(POIDS).map(([o, p]) => `${o} ${p} %`).join(', ')}.`);
    console.log(`Seuil : p99 < ${SEUIL_P99_MS} ms, aucune erreur, débit demandé atteint.`);
    let retenu = Number(process.env.CHARGE_DEBIT ?? 0);
    if (!retenu) {
      console.log(`\nRecherche du débit tenu (paliers de ${PALIER_S} s) :\n\n| opérations/s demandées | requêtes/s | p50 (ms) | p99 (ms) | erreurs | tenu |\n|---|---|---|---|---|---|`);
      for (const debit of PALIERS) {
        const b = bilan(debit, await lancer(debit, PALIER_S));
        console.log(`| ${debit} | ${b.rps} | ${b.p50.toFixed(1)} | ${b.p99.toFixed(1)} | ${b.erreurs} | ${b.tenu ? 'oui' : 'non'} |`);
        if (!b.tenu) break;
        retenu = debit;
      }
      if (!retenu) {
        console.log(`Aucun palier tenu (le plus bas : ${PALIERS[0]} opérations/s).`);
        return;
      }
    }

    console.log(`\nTenue : ${retenu} opérations/s pendant ${DUREE_S} s, mémoire relevée toutes les 10 s…`);
    const debut = performance.now();
    const releves: { s: number; rss: number; tas: number }[] = [];
    const relever = () => {
      const m = process.memoryUsage();
      releves.push({ s: (performance.now() - debut) / 1000, rss: m.rss, tas: m.heapUsed });
    };
    relever();
    const minuterie = setInterval(relever, 10_000);
    const r = await lancer(retenu, DUREE_S).finally(() => clearInterval(minuterie));
    relever();
    const b = bilan(retenu, r);
    console.log('\n| Opération | requêtes | p50 (ms) | p99 (ms) | erreurs |\n|---|---|---|---|---|');
    for (const [op, mesures] of Object.entries(r.mesures)) console.log(`| ${op} | ${mesures.length} | ${centile(mesures, 50).toFixed(1)} | ${centile(mesures, 99).toFixed(1)} | ${r.erreurs[op] ?? 0} |`);
    console.log(`| **toutes** | ${b.requetes} (${b.rps} req/s) | ${b.p50.toFixed(1)} | ${b.p99.toFixed(1)} | ${b.erreurs} |`);
    if (r.refusees) console.log(`${r.refusees} opérations non lancées : plus de 500 en vol.`);
    for (const e of r.exemples) console.log(`  erreur : ${e}`);
    // Memory after the first minute (warm-up: caches, JIT, pools filling) — a leak is a steady climb.
    const stables = releves.filter((x) => x.s >= Math.min(60, DUREE_S / 3));
    const premier = releves[0]!;
    const dernier = releves.at(-1)!;
    const penteRss = pente(stables.map((x) => ({ s: x.s, octets: x.rss })));
    const penteTas = pente(stables.map((x) => ({ s: x.s, octets: x.tas })));
    console.log(`\nMémoire du processus (serveur + PostgreSQL à part) sur ${releves.length} relevés : RSS ${mo(premier.rss).toFixed(0)} → ${mo(dernier.rss).toFixed(0)} Mio, tas ${mo(premier.tas).toFixed(0)} → ${mo(dernier.tas).toFixed(0)} Mio ; pente après la première minute : RSS ${penteRss.toFixed(2)} Mio/min, tas ${penteTas.toFixed(2)} Mio/min.`);
    const plate = !(penteTas > 2);
    console.log(`${b.tenu && plate ? 'TENU' : 'NON TENU'} : ${retenu} opérations/s (${b.rps} req/s), p99 ${b.p99.toFixed(1)} ms, ${b.erreurs} erreur(s), mémoire ${plate ? 'plate' : 'en hausse'} (seuil : tas < 2 Mio/min).`);
  } finally {
    await app.close();
    fs.rmSync(fichiers, { recursive: true, force: true });
  }
}
