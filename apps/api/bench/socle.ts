// The foundation's figures: argon2id, the login command, and the first routes beside bare Fastify.
import { MOT_DE_PASSE_DEMO } from '../src/db/demo-data';
import { hacherMotDePasse } from '../src/modules/identite/mot-de-passe';
import { ouvrirSession } from '../src/modules/identite/ouvrir-session';
import { charge, DUREE, tableau, type Banc } from './outils';

export async function socle(banc: Banc): Promise<void> {
  const temps: number[] = [];
  for (let i = 0; i < 30; i++) {
    const t = performance.now();
    await hacherMotDePasse(`Mot-de-passe-${i}!`);
    temps.push(performance.now() - t);
  }
  temps.sort((a, b) => a - b);

  // The login command (password check + audit + session), 4 at a time, the rate limit put aside.
  let connexions = 0;
  const fin = Date.now() + DUREE * 1000;
  await Promise.all(
    Array.from({ length: 4 }, async () => {
      while (Date.now() < fin) {
        await ouvrirSession(
          { database: banc.database, config: banc.config },
          { espace: 'entreprise', email: 'julien.martin@au-pain-dore.test', motDePasse: MOT_DE_PASSE_DEMO, seSouvenir: false, ip: `10.0.0.${connexions % 250}`, userAgent: 'bench', now: new Date() },
        );
        connexions++;
      }
    }),
  );

  const { cookie } = await banc.connecter('cecile.moreau@aidomi-provence.test');
  const lignes = [
    ['Fastify nu (référence)', await charge(banc.nu)],
    ['GET /healthz', await charge(`${banc.base}/healthz`)],
    ['GET /api/session (bloc entreprise, 12 SIRET)', await charge(`${banc.base}/api/session`, { cookie })],
    ['GET /api/actualites', await charge(`${banc.base}/api/actualites`)],
  ] as const;

  console.log(`argon2id (m=19 Mio, t=2, p=1) : médiane ${temps[15]!.toFixed(1)} ms, p90 ${temps[27]!.toFixed(1)} ms`);
  console.log(`Commande de connexion (4 en parallèle, ${DUREE} s) : ${(connexions / DUREE).toFixed(0)} connexions/s`);
  tableau(lignes, lignes[0][1]);
}
