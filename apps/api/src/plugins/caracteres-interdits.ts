import type { FastifyInstance } from 'fastify';
import type { ChampEnErreur } from '../errors';

/**
 * The NUL character (U+0000) has no place in any text of the portal, and PostgreSQL refuses it in a
 * text value: a request carrying one in its path, query or JSON body is answered 400 with the field,
 * before any handler reads it.
 */
const NUL = '\u0000';

function champsAvecNul(valeur: unknown, chemin: string, trouves: ChampEnErreur[], profondeur = 0): void {
  if (trouves.length >= 20 || profondeur > 64) return;
  if (typeof valeur === 'string') {
    if (valeur.includes(NUL)) trouves.push({ chemin, message: 'Ce champ contient un caractère invisible interdit (caractère nul) : retapez-le.' });
    return;
  }
  if (valeur && typeof valeur === 'object') {
    for (const [cle, v] of Object.entries(valeur)) {
      const sousChemin = chemin ? `${chemin}.${cle}` : cle;
      if (cle.includes(NUL)) trouves.push({ chemin: sousChemin, message: 'Nom de champ invalide (caractère nul).' });
      champsAvecNul(v, sousChemin, trouves, profondeur + 1);
    }
  }
}

export function registerCaracteresInterdits(app: FastifyInstance): void {
  app.addHook('preValidation', async (request, reply) => {
    const champs: ChampEnErreur[] = [];
    champsAvecNul(request.params, '', champs);
    champsAvecNul(request.query, '', champs);
    if (!Buffer.isBuffer(request.body)) champsAvecNul(request.body, '', champs);
    if (champs.length) {
      return reply.status(400).send({ erreur: { code: 'requete_invalide', message: 'Certaines informations sont à corriger.', champs } });
    }
  });
}
