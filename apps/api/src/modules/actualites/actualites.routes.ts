import { ActualiteSchema, ActualitesSchema } from '@mse/shared/actualites/actualite.schema';
import { ErreurSchema } from '@mse/shared/commun/erreur.schema';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppDeps } from '../../app';
import { Introuvable } from '../../errors';
import { actualitePubliee, actualitesPubliees } from './actualites.repository';

const MESSAGE_INTROUVABLE = "Cette actualité n'existe pas ou n'est plus publiée.";

export function actualitesRoutes(deps: AppDeps): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/api/actualites',
      { schema: { tags: ['portail'], summary: 'Dernières actualités publiées', response: { 200: ActualitesSchema } } },
      async () => {
        const rows = await actualitesPubliees(deps.database.db, deps.now(), 5);
        return { actualites: rows.map((r) => ({ ...r, publieLe: r.publieLe.toISOString() })) };
      },
    );

    app.get(
      '/api/actualites/:id',
      {
        schema: {
          tags: ['portail'],
          summary: 'Une actualité publiée (404 si elle ne l’est pas ou plus)',
          // A malformed id answers like an unknown one: 404, not 400.
          params: z.object({ id: z.string().max(64) }),
          response: { 200: ActualiteSchema, 404: ErreurSchema },
        },
      },
      async (request) => {
        const actualite = await actualitePubliee(deps.database.db, request.params.id, deps.now());
        if (!actualite) throw new Introuvable(MESSAGE_INTROUVABLE);
        return { ...actualite, publieLe: actualite.publieLe.toISOString() };
      },
    );
  };
}
