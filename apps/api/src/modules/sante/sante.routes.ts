import { sql } from 'drizzle-orm';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppDeps } from '../../app';

const Statut = z.object({ statut: z.enum(['ok', 'indisponible']) });

/** Liveness (the process answers) and readiness (the database answers) for load balancers. */
export function santeRoutes(deps: AppDeps): FastifyPluginAsyncZod {
  return async (app) => {
    app.get('/healthz', { schema: { tags: ['exploitation'], response: { 200: Statut } } }, async () => ({ statut: 'ok' as const }));
    app.get('/readyz', { schema: { tags: ['exploitation'], response: { 200: Statut, 503: Statut } } }, async (_req, reply) => {
      try {
        await deps.database.db.execute(sql`select 1`);
        return { statut: 'ok' as const };
      } catch {
        return reply.status(503).send({ statut: 'indisponible' as const });
      }
    });
  };
}
