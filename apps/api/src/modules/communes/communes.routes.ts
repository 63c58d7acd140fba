import { CommunesSchema, RechercheCommunesSchema } from '@mse/shared/adresse/communes.schema';
import { ErreurSchema } from '@mse/shared/commun/erreur.schema';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppDeps } from '../../app';
import { exigerSession } from '../../policies/espaces';
import { communesDuCodePostal } from './communes';

export function communesRoutes(_deps: AppDeps): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/api/communes',
      {
        schema: {
          tags: ['référentiel'],
          summary: 'Les communes desservies par un code postal, pour compléter une adresse',
          querystring: RechercheCommunesSchema,
          response: { 200: CommunesSchema, 400: ErreurSchema, 401: ErreurSchema },
        },
      },
      async (request) => {
        exigerSession(request.session);
        return { communes: communesDuCodePostal(request.query.codePostal) };
      },
    );
  };
}
