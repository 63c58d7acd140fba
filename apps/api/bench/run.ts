// npm run bench [-- scénario…] — measured figures, never asserted in tests. Starts its own PostgreSQL
// (or uses DATABASE_URL), loads the demo data, then runs each scenario (all by default) against the
// app and a bare Fastify route in the same process. Scenarios: see SCENARIOS below.
import os from 'node:os';
import { accueil } from './accueil';
import { brouillon } from './brouillon';
import { chargeMixte } from './charge-mixte';
import { ouvrirBanc, type Banc, type OptionsBanc } from './outils';
import { socle } from './socle';
import { optionsBancVolumetrie, volumetrie } from './volumetrie';

/** `banc`: a scenario that keeps its own data set between runs gets its own database (opened for it alone). */
const SCENARIOS: Record<string, { titre: string; executer: (banc: Banc) => Promise<void>; banc?: () => OptionsBanc }> = {
  socle: { titre: 'Socle : argon2id, connexion, premières routes', executer: socle },
  accueil: { titre: 'Page d’accueil : GET /api/accueil sur une grande table des demandes', executer: accueil },
  brouillon: { titre: 'Demander un financement : enregistrement automatique et estimation en direct', executer: brouillon },
  'charge-mixte': { titre: 'Charge mixte : connexions, accueil, recherches, enregistrements automatiques et envois', executer: chargeMixte },
  volumetrie: { titre: 'Volumétrie : listes, recherches, dossier, remboursements et export sur 5 millions de demandes', executer: volumetrie, banc: optionsBancVolumetrie },
};

const demandes = process.argv.slice(2).filter((a) => !a.startsWith('-'));
const inconnus = demandes.filter((s) => !SCENARIOS[s]);
if (inconnus.length) {
  console.error(`Scénario inconnu : ${inconnus.join(', ')}. Scénarios : ${Object.keys(SCENARIOS).join(', ')}.`);
  process.exit(2);
}

console.log(`Machine : ${os.cpus().length} cœurs ${os.cpus()[0]?.model ?? ''}, ${Math.round(os.totalmem() / 2 ** 30)} Gio, Node ${process.version}`);
let commun: Awaited<ReturnType<typeof ouvrirBanc>> | undefined;
try {
  for (const nom of demandes.length ? demandes : Object.keys(SCENARIOS)) {
    const scenario = SCENARIOS[nom]!;
    console.log(`\n━━━ ${scenario.titre} ━━━`);
    if (scenario.banc) {
      const propre = await ouvrirBanc(scenario.banc());
      try {
        await scenario.executer(propre);
      } finally {
        await propre.fermer();
      }
    } else {
      commun ??= await ouvrirBanc();
      await scenario.executer(commun);
    }
  }
} finally {
  await commun?.fermer();
}
