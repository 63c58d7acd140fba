import { ErreurSchema } from '@mse/shared/commun/erreur.schema';
import { MesDonneesSchema, nomFichierMesDonnees } from '@mse/shared/rgpd/mes-donnees.schema';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppDeps } from '../../app';
import { exigerEmployeur } from '../../policies/espaces';
import { contexte } from '../identite/contexte';
import { dateDuJour } from '../referentiel/date-du-jour';
import { mesDonnees } from './mes-donnees';

const erreurs = { 401: ErreurSchema, 404: ErreurSchema };

/** RGPD: « Télécharger mes données » (Mon compte). The purges are jobs (jobs/relancer-brouillons.ts, jobs/purger-archives.ts). */
export function rgpdRoutes(deps: AppDeps): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/api/compte/mes-donnees',
      {
        schema: { tags: ['compte'], summary: 'Télécharger mes données (RGPD) : un fichier JSON', response: { 200: MesDonneesSchema, ...erreurs } },
        config: { rateLimit: { max: 10, timeWindow: '1 minute' } },
      },
      async (request, reply) => {
        const employeur = exigerEmployeur(request.session);
        const ctx = contexte(deps, request);
        const donnees = await mesDonnees(ctx, employeur);
        return reply
          .header('cache-control', 'no-store')
          .header('content-disposition', `attachment; filename="${nomFichierMesDonnees(dateDuJour(ctx.now))}"`)
          .send(donnees);
      },
    );
  };
}
