import { AccueilSchema } from '@mse/shared/accueil/accueil.schema';
import { ErreurSchema } from '@mse/shared/commun/erreur.schema';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppDeps } from '../../app';
import { actionsAccueil } from '../../policies/demandes';
import { exigerEmployeur } from '../../policies/espaces';
import { actualitesPubliees } from '../actualites/actualites.repository';
import { presenterAccueil } from './accueil.presenter';
import { compterDemandesParStatut, etablissementCourantVisible } from './accueil.repository';

const NOMBRE_ACTUALITES = 5;

export function accueilRoutes(deps: AppDeps): FastifyPluginAsyncZod {
  const { db } = deps.database;
  return async (app) => {
    app.get(
      '/api/accueil',
      {
        schema: {
          tags: ['accueil'],
          summary: 'Page d’accueil : mes demandes par groupe de statuts (établissement courant ou tous) et les dernières actualités',
          response: { 200: AccueilSchema, 401: ErreurSchema, 404: ErreurSchema },
        },
      },
      async (request) => {
        const employeur = exigerEmployeur(request.session);
        const courant = employeur.etablissementCourantId;
        // The three reads at once; the count's own scope keeps it from counting anything not visible.
        const [perimetre, actualites, parStatutCourant] = await Promise.all([
          etablissementCourantVisible(db, employeur),
          actualitesPubliees(db, deps.now(), NOMBRE_ACTUALITES),
          compterDemandesParStatut(db, employeur, courant),
        ]);
        // A current establishment no longer visible means "Tous": count again without it (rare).
        const parStatut = courant && !perimetre ? await compterDemandesParStatut(db, employeur, null) : parStatutCourant;
        return presenterAccueil({ parStatut, perimetre, actualites, actions: actionsAccueil(employeur) });
      },
    );
  };
}
