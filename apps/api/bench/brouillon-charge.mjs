// The people typing, in a worker thread: in the main thread their requests would share the event loop
// with the server being measured, and its wait would be counted as the server's latency. Plain
// JavaScript, since Node 20 workers do not inherit `--import tsx`: the main thread sends the contents.
import { randomUUID } from 'node:crypto';
import { parentPort, workerData } from 'node:worker_threads';

const tache = workerData;

async function appel(methode, url, corps) {
  const debut = performance.now();
  const r = await fetch(`${tache.base}${url}`, { method: methode, headers: { cookie: tache.cookie, 'x-csrf-token': tache.csrf, 'content-type': 'application/json' }, body: JSON.stringify(corps) });
  const json = await r.json();
  return { statut: r.status, json, ms: performance.now() - debut };
}

/** One person typing: every save starts from the version the previous one returned, as the form does. */
async function saisir(jusqua, mesures, erreurs) {
  const id = randomUUID();
  const donnees = structuredClone(tache.donnees);
  let version = (await appel('POST', '/api/demandes', { id, dispositif: 'apprentissage', donnees: {} })).json.version;
  for (let i = 0; Date.now() < jusqua; i++) {
    donnees.apprenti.prenom = `Léa ${i}`;
    const r = await appel('PUT', `/api/demandes/${id}`, { version, donnees });
    if (r.statut !== 200) {
      erreurs.n++;
      continue;
    }
    version = r.json.version;
    mesures.push(r.ms);
  }
}

/** The live estimate of a whole apprenticeship contract, for the establishment the person works on. */
async function estimer(jusqua, mesures, erreurs) {
  while (Date.now() < jusqua) {
    const r = await appel('POST', '/api/estimations', tache.estimation);
    if (r.statut === 200) mesures.push(r.ms);
    else erreurs.n++;
  }
}

const mesures = [];
const erreurs = { n: 0 };
const jusqua = Date.now() + tache.secondes * 1000;
await Promise.all(Array.from({ length: tache.personnes }, () => (tache.travail === 'saisir' ? saisir : estimer)(jusqua, mesures, erreurs)));
parentPort.postMessage({ mesures, erreurs: erreurs.n });
