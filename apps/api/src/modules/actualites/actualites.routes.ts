import { ActualitesSchema } from '@mse/shared/actualites/actualite.schema';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppDeps } from '../../app';
import { actualitesPubliees } from './actualites.repository';

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
  };
}
