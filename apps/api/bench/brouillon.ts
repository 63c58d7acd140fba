// "Demander un financement": what a person filling a form waits for — the autosave round trip (PUT of
// the whole content, version checked) and the live estimate (POST /api/estimations) — alone and with
// ten people typing at once, each on their own draft.
import { Worker } from 'node:worker_threads';
import { exempleComplet } from '@mse/shared/demande/formulaire/exemples-complets';
import { FORMULAIRES } from '@mse/shared/demande/formulaire/formulaires';
import { centile, charge, DUREE, type Banc } from './outils';

type Tache = { travail: 'saisir' | 'estimer'; personnes: number };

export async function brouillon(banc: Banc): Promise<void> {
  const { cookie, csrf } = await banc.connecter('julien.martin@au-pain-dore.test');
  const donnees = exempleComplet('apprentissage', new Date().toISOString().slice(0, 10));
  // Without a SIRET, the estimate is for the establishment the baker works on.
  const { siret: _exemple, ...estimation } = FORMULAIRES.apprentissage.versEstimation(donnees)!;
  const lancer = (tache: Tache) =>
    new Promise<{ mesures: number[]; erreurs: number }>((resolve, reject) => {
      const worker = new Worker(new URL('./brouillon-charge.mjs', import.meta.url), { workerData: { ...tache, base: banc.base, cookie, csrf, donnees, estimation, secondes: DUREE } });
      worker.once('message', resolve);
      worker.once('error', reject);
    });

  const nu = await charge(banc.nu);
  console.log(`Fastify nu (référence, autocannon 10 connexions) : ${nu.rps} req/s, p99 ${nu.p99} ms`);
  console.log('\n| Appel | personnes | req/s | aller-retour p50 (ms) | p99 (ms) | erreurs |');
  console.log('|---|---|---|---|---|---|');
  for (const [nom, travail] of [
    ['PUT /api/demandes/:id (enregistrement automatique, contrat d’apprentissage entier)', 'saisir'],
    ['POST /api/estimations (apprentissage, NPEC cherché par le serveur)', 'estimer'],
  ] as const) {
    for (const personnes of [1, 10]) {
      const { mesures, erreurs } = await lancer({ travail, personnes });
      console.log(`| ${nom} | ${personnes} | ${Math.round(mesures.length / DUREE)} | ${centile(mesures, 50).toFixed(1)} | ${centile(mesures, 99).toFixed(1)} | ${erreurs} |`);
    }
  }
}
