import { randomUUID } from 'node:crypto';
import type { Writable } from 'node:stream';
import cookie from '@fastify/cookie';
import helmet from '@fastify/helmet';
import rateLimit from '@fastify/rate-limit';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import { utiliserMessagesFrancais } from '@mse/shared/commun/zod-fr';
import Fastify, { type FastifyInstance } from 'fastify';
import { jsonSchemaTransform, serializerCompiler, validatorCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod';
import type PgBoss from 'pg-boss';
import type { Config } from './config/env';
import type { Database } from './db/database';
import { accueilRoutes } from './modules/accueil/accueil.routes';
import { actualitesRoutes } from './modules/actualites/actualites.routes';
import { contenusRoutes } from './modules/administration/contenus.routes';
import { journalRoutes } from './modules/administration/journal.routes';
import { parametresRoutes } from './modules/administration/parametres.routes';
import { personnelRoutes } from './modules/administration/personnel.routes';
import { aideRoutes } from './modules/aide/aide.routes';
import { assistanceRoutes } from './modules/aide/assistance.routes';
import { colleguesRoutes } from './modules/collegues/collegues.routes';
import { communesRoutes } from './modules/communes/communes.routes';
import { demandesRoutes } from './modules/demandes/demandes.routes';
import { dossierRoutes } from './modules/dossier/dossier.routes';
import { boiteMailRoutes } from './modules/dev/boite-mail.routes';
import { configurationRoutes } from './modules/portail/configuration.routes';
import { entrepriseRoutes } from './modules/entreprise/entreprise.routes';
import { estimationsRoutes } from './modules/estimations/estimations.routes';
import { financementsRoutes } from './modules/financements/financements.routes';
import { referentielRoutes } from './modules/referentiel/referentiel.routes';
import { compteRoutes } from './modules/compte/compte.routes';
import { identiteRoutes } from './modules/identite/identite.routes';
import { instructionRoutes } from './modules/instruction/instruction.routes';
import { statistiquesRoutes } from './modules/statistiques/statistiques.routes';
import { facturationRoutes } from './modules/facturation/facturation.routes';
import { remboursementsRoutes } from './modules/remboursements/remboursements.routes';
import { rgpdRoutes } from './modules/rgpd/rgpd.routes';
import { sessionRoutes } from './modules/identite/session.routes';
import { santeRoutes } from './modules/sante/sante.routes';
import { registerMetriques } from './metrics/metriques';
import { registerCaracteresInterdits } from './plugins/caracteres-interdits';
import { registerErrorHandler } from './plugins/error-handler';
import { registerInventaireRoutes } from './plugins/inventaire-routes';
import { optionsJournal } from './plugins/journal';
import { registerSession } from './plugins/session';
import { registerWeb } from './plugins/web';

export type AppDeps = {
  config: Config;
  database: Database;
  boss?: PgBoss;
  /** The clock: tests pass their own; rules never read the system time themselves. */
  now: () => Date;
  /** Built web app to serve (apps/web/dist); absent in API tests. */
  webRoot?: string;
};

export async function buildApp(deps: AppDeps, options: { logger?: boolean; logDestination?: Writable } = {}): Promise<FastifyInstance> {
  utiliserMessagesFrancais();
  const app = Fastify({
    // JSON lines without personal data (plugins/journal.ts).
    logger: options.logger === false ? false : optionsJournal(deps.config, options.logDestination),
    genReqId: (req) => {
      const given = req.headers['x-request-id'];
      return typeof given === 'string' && /^[\w-]{1,64}$/.test(given) ? given : randomUUID();
    },
    trustProxy: deps.config.trustProxy,
    bodyLimit: 1024 * 1024,
    return503OnClosing: true,
  }).withTypeProvider<ZodTypeProvider>();

  registerInventaireRoutes(app);
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  registerErrorHandler(app);
  registerCaracteresInterdits(app);
  app.addHook('onSend', async (request, reply) => {
    reply.header('x-request-id', request.id);
  });

  await app.register(cookie);
  await app.register(helmet, {
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        // Mantine sets CSS variables through style attributes; scripts stay strictly 'self'.
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:'],
        connectSrc: ["'self'"],
        fontSrc: ["'self'", 'data:'],
        objectSrc: ["'none'"],
        frameAncestors: ["'none'"],
        baseUri: ["'self'"],
        formAction: ["'self'"],
        upgradeInsecureRequests: deps.config.env === 'production' ? [] : null,
      },
    },
    hsts: deps.config.env === 'production' ? { maxAge: 31_536_000, includeSubDomains: true } : false,
  });
  await app.register(rateLimit, { global: false });
  registerSession(app, deps);
  registerMetriques(app, deps);

  await app.register(swagger, {
    openapi: {
      info: {
        title: 'Mes services en ligne — API',
        description: "API du portail employeur et du back office de l'OPCO. Toutes les réponses d'erreur ont la forme { erreur: { code, message, champs? } }.",
        version: '0.1.0',
      },
    },
    transform: jsonSchemaTransform,
  });
  await app.register(swaggerUi, { routePrefix: '/api/docs', staticCSP: true });

  await app.register(santeRoutes(deps));
  await app.register(configurationRoutes(deps));
  await app.register(actualitesRoutes(deps));
  await app.register(sessionRoutes(deps));
  await app.register(entrepriseRoutes(deps));
  await app.register(accueilRoutes(deps));
  await app.register(financementsRoutes(deps));
  await app.register(colleguesRoutes(deps));
  await app.register(identiteRoutes(deps));
  await app.register(compteRoutes(deps));
  await app.register(referentielRoutes(deps));
  await app.register(estimationsRoutes(deps));
  await app.register(communesRoutes(deps));
  await app.register(aideRoutes(deps));
  await app.register(assistanceRoutes(deps));
  await app.register(demandesRoutes(deps));
  await app.register(dossierRoutes(deps));
  await app.register(instructionRoutes(deps));
  await app.register(statistiquesRoutes(deps));
  await app.register(facturationRoutes(deps));
  await app.register(contenusRoutes(deps));
  await app.register(parametresRoutes(deps));
  await app.register(personnelRoutes(deps));
  await app.register(journalRoutes(deps));
  await app.register(remboursementsRoutes(deps));
  await app.register(rgpdRoutes(deps));
  if (deps.config.env !== 'production') await app.register(boiteMailRoutes(deps));

  await registerWeb(app, deps.webRoot);
  return app;
}
