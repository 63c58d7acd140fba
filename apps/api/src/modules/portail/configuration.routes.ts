import { ConfigurationPubliqueSchema } from '@mse/shared/portail/configuration.schema';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppDeps } from '../../app';

export function configurationRoutes(deps: AppDeps): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/api/configuration',
      { schema: { tags: ['portail'], summary: "Nom de l'OPCO et contact de l'assistance", response: { 200: ConfigurationPubliqueSchema } } },
      async () => ({ opco: deps.config.opco, environnement: deps.config.env }),
    );
  };
}
