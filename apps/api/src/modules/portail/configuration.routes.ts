import { ConfigurationPubliqueSchema } from '@mse/shared/portail/configuration.schema';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppDeps } from '../../app';
import { lireParametres, urlLogo } from '../administration/parametres.repository';

export function configurationRoutes(deps: AppDeps): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/api/configuration',
      { schema: { tags: ['portail'], summary: "Nom et logo de l'OPCO, contact de l'assistance (paramètres de l'administrateur, à défaut la configuration)", response: { 200: ConfigurationPubliqueSchema } } },
      async () => {
        const { opco, logo } = await lireParametres(deps.database.db, deps.config);
        return { opco, logoUrl: logo ? urlLogo(logo) : null, environnement: deps.config.env };
      },
    );
  };
}
