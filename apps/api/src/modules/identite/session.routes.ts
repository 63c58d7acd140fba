import { ConnexionSchema } from '@mse/shared/identite/connexion.schema';
import { SessionSchema } from '@mse/shared/identite/session.schema';
import { ErreurSchema } from '@mse/shared/commun/erreur.schema';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppDeps } from '../../app';
import { exigerSession } from '../../policies/espaces';
import { clearSessionCookie, ipOf, setSessionCookie } from '../../plugins/session';
import { ouvrirSession } from './ouvrir-session';
import { presenterSession } from './session.presenter';
import { supprimerSession } from './sessions.repository';

export function sessionRoutes(deps: AppDeps): FastifyPluginAsyncZod {
  const secure = deps.config.env === 'production';
  return async (app) => {
    app.get(
      '/api/session',
      { schema: { tags: ['identité'], summary: 'La personne connectée et son entreprise', response: { 200: SessionSchema, 401: ErreurSchema } } },
      async (request) => presenterSession(deps.database.db, exigerSession(request.session)),
    );

    app.post(
      '/api/session',
      {
        schema: { tags: ['identité'], summary: 'Me connecter', body: ConnexionSchema, response: { 200: SessionSchema, 401: ErreurSchema, 429: ErreurSchema } },
        config: { rateLimit: { max: 30, timeWindow: '1 minute' } },
      },
      async (request, reply) => {
        const opened = await ouvrirSession(deps, {
          espace: 'entreprise',
          ...request.body,
          ip: ipOf(request),
          userAgent: request.headers['user-agent'],
          now: deps.now(),
        });
        setSessionCookie(reply, opened.token, request.body.seSouvenir, secure);
        return presenterSession(deps.database.db, {
          idHash: '',
          csrfToken: opened.csrfToken,
          seSouvenir: request.body.seSouvenir,
          utilisateur: opened.utilisateur,
        });
      },
    );

    app.delete(
      '/api/session',
      { schema: { tags: ['identité'], summary: 'Me déconnecter', response: { 204: z.null() } } },
      async (request, reply) => {
        if (request.session) await supprimerSession(deps.database.db, request.session.idHash);
        clearSessionCookie(reply, secure);
        return reply.status(204).send(null);
      },
    );
  };
}
