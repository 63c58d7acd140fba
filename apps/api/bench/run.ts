// npm run bench [-- scénario…] — measured figures, never asserted in tests. Starts its own PostgreSQL
// (or uses DATABASE_URL), loads the demo data, then runs each scenario (all by default) against the
// app and a bare Fastify route in the same process. Scenarios: see SCENARIOS below.
import os from 'node:os';
import { accueil } from './accueil';
import { brouillon } from './brouillon';
import { ouvrirBanc, type Banc } from './outils';
import { socle } from './socle';

const SCENARIOS: Record<string, { titre: string; executer: (banc: Banc) => Promise<void> }> = {
  socle: { titre: 'Socle : argon2id, connexion, premières routes', executer: socle },
  accueil: { titre: 'Page d’accueil : GET /api/accueil sur une grande table des demandes', executer: accueil },
  brouillon: { titre: 'Demander un financement : enregistrement automatique et estimation en direct', executer: brouillon },
};

const demandes = process.argv.slice(2).filter((a) => !a.startsWith('-'));
const inconnus = demandes.filter((s) => !SCENARIOS[s]);
if (inconnus.length) {
  console.error(`Scénario inconnu : ${inconnus.join(', ')}. Scénarios : ${Object.keys(SCENARIOS).join(', ')}.`);
  process.exit(2);
}

const banc = await ouvrirBanc();
console.log(`Machine : ${os.cpus().length} cœurs ${os.cpus()[0]?.model ?? ''}, ${Math.round(os.totalmem() / 2 ** 30)} Gio, Node ${process.version}`);
try {
  for (const nom of demandes.length ? demandes : Object.keys(SCENARIOS)) {
    console.log(`\n━━━ ${SCENARIOS[nom]!.titre} ━━━`);
    await SCENARIOS[nom]!.executer(banc);
  }
} finally {
  await banc.fermer();
}
