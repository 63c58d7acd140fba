// The mixed load's clients, in a worker thread (the main thread is the server being measured). Plain
// JavaScript, since Node 20 workers do not inherit `--import tsx`. Open loop: requests start at the
// asked rate whatever the server's answers, as people do; each operation is drawn by weight:
// sign-ins, home pages, searches, autosaves (each on a draft of its own, version followed) and
// submissions (a complete draft, its two pieces, the sending). Each person comes from their own
// address, as behind the reverse proxy. Latency of a request: from its planned start to its answer.
import { randomUUID } from 'node:crypto';
import { parentPort, workerData } from 'node:worker_threads';

/** @type {{ base: string, debit: number, secondes: number, personnes: { email: string, siret?: string, motDePasse: string, cookie: string, csrf: string, ip: string }[], brouillons: { personne: number, id: string, version: number }[], complet: object, pdf: number[], poids: Record<string, number>, recherches: string[], maxEnVol: number }} */
const t = workerData;
const PDF = Buffer.from(t.pdf);
const mesures = {};
const erreurs = {};
const exemples = [];
let enVol = 0;
let refusees = 0;

function noter(op, ms, ok, detail) {
  (mesures[op] ??= []).push(ms);
  if (!ok) {
    erreurs[op] = (erreurs[op] ?? 0) + 1;
    if (exemples.length < 10) exemples.push(`${op} : ${detail}`);
  }
}

async function appel(op, personne, methode, url, corps, json = true, surReponse = undefined) {
  const debut = performance.now();
  const headers = { cookie: personne.cookie, 'x-csrf-token': personne.csrf, 'x-forwarded-for': personne.ip };
  if (json && corps !== undefined) headers['content-type'] = 'application/json';
  try {
    const r = await fetch(`${t.base}${url}`, { method: methode, headers, body: corps === undefined ? undefined : json ? JSON.stringify(corps) : corps });
    const texte = await r.text();
    const ok = r.status >= 200 && r.status < 300;
    if (ok) surReponse?.(r);
    noter(op, performance.now() - debut, ok, `${r.status} ${texte.slice(0, 160)}`);
    return ok ? (texte ? JSON.parse(texte) : {}) : undefined;
  } catch (e) {
    noter(op, performance.now() - debut, false, String(e));
    return undefined;
  }
}

const libres = [...t.brouillons];
let tour = 0;
const OPERATIONS = {
  connexion: async (p) => {
    let cookie = '';
    const r = await appel('connexion', { ...p, cookie: '', csrf: '' }, 'POST', '/api/session', { email: p.email, motDePasse: p.motDePasse }, true, (rep) => {
      cookie = (rep.headers.get('set-cookie') ?? '').split(';')[0];
    });
    if (r && cookie) {
      // The new session replaces the old one for this person, as a browser's cookie would.
      p.csrf = r.csrfToken;
      p.cookie = cookie;
    }
  },
  accueil: (p) => appel('accueil', p, 'GET', '/api/accueil'),
  recherche: (p) => appel('recherche', p, 'GET', `/api/financements?${t.recherches[tour % t.recherches.length]}`),
  sauvegarde: async () => {
    const b = libres.shift();
    if (!b) return noter('sauvegarde', 0, false, 'aucun brouillon libre (trop de sauvegardes en vol)');
    const p = t.personnes[b.personne];
    const r = await appel('sauvegarde', p, 'PUT', `/api/demandes/${b.id}`, { version: b.version, donnees: { formation: { intitule: `Charge mixte ${tour}` } } });
    if (r) b.version = r.version;
    libres.push(b);
  },
  soumission: async (p) => {
    const id = randomUUID();
    const cree = await appel('soumission : brouillon complet', p, 'POST', '/api/demandes', { id, dispositif: 'apprentissage', siret: p.siret, donnees: t.complet });
    if (!cree) return;
    for (const type of ['cerfa_signe', 'convention_formation']) {
      const corps = new FormData();
      corps.set('type', type);
      corps.set('fichier', new Blob([PDF], { type: 'application/pdf' }), `${type}.pdf`);
      if (!(await appel('soumission : pièce', p, 'POST', `/api/demandes/${id}/pieces`, corps, false))) return;
    }
    await appel('soumission : envoi', p, 'POST', `/api/demandes/${id}/envoi`, { version: cree.version });
  },
};

// Each step of the run starts a new client with the drafts as they were prepared: read their current
// version first, as a browser reopening a draft does, so that a save never starts from a stale one.
await Promise.all(
  t.brouillons.map(async (b) => {
    const p = t.personnes[b.personne];
    const r = await fetch(`${t.base}/api/demandes/${b.id}`, { headers: { cookie: p.cookie, 'x-forwarded-for': p.ip } });
    if (r.ok) b.version = (await r.json()).version;
  }),
);

const tirage = Object.entries(t.poids).flatMap(([op, poids]) => Array.from({ length: poids }, () => op));
const debut = performance.now();
const jusqua = debut + t.secondes * 1000;
let lancees = 0;
const enCours = new Set();
await new Promise((resolve) => {
  const horloge = setInterval(() => {
    const maintenant = performance.now();
    const dues = Math.floor(((Math.min(maintenant, jusqua) - debut) / 1000) * t.debit);
    for (; lancees < dues; lancees++) {
      if (enVol >= t.maxEnVol) {
        refusees++;
        continue;
      }
      const op = tirage[Math.floor(Math.random() * tirage.length)];
      const personne = t.personnes[tour++ % t.personnes.length];
      enVol++;
      const promesse = OPERATIONS[op](personne).finally(() => {
        enVol--;
        enCours.delete(promesse);
      });
      enCours.add(promesse);
    }
    if (maintenant >= jusqua) {
      clearInterval(horloge);
      resolve();
    }
  }, 5);
});
await Promise.all(enCours);
parentPort.postMessage({ mesures, erreurs, exemples, lancees, refusees, secondes: (performance.now() - debut) / 1000 });
