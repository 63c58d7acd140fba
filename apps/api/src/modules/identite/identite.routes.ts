import { ErreurSchema } from '@mse/shared/commun/erreur.schema';
import {
  ConnexionOpcoSchema, DemandeReinitialisationSchema, EtatJetonSchema, InscriptionSchema, JetonSchema, MessageSchema,
  MESSAGE_EMAIL_ENVOYE, MESSAGE_INSCRIPTION_ENVOYEE, ReinitialisationSchema,
} from '@mse/shared/identite/compte.schema';
import { SessionSchema } from '@mse/shared/identite/session.schema';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppDeps } from '../../app';
import { setSessionCookie } from '../../plugins/session';
import { contexte } from './contexte';
import { demanderReinitialisation } from './demander-reinitialisation';
import { confirmerInscription, inscrire } from './inscrire';
import { lireJeton, messageJeton } from './jetons.repository';
import { ouvrirSession } from './ouvrir-session';
import { reinitialiserMotDePasse } from './reinitialiser-mot-de-passe';
import { presenterSession } from './session.presenter';

const limite = (max: number) => ({ rateLimit: { max, timeWindow: '1 minute' } });
const erreurs = { 400: ErreurSchema, 422: ErreurSchema, 429: ErreurSchema };

/** Everything reached before signing in: forgotten password, first connection, sign-up, staff login. */
export function identiteRoutes(deps: AppDeps): FastifyPluginAsyncZod {
  const secure = deps.config.env === 'production';
  return async (app) => {
    app.post(
      '/api/mot-de-passe-oublie',
      { schema: { tags: ['identité'], summary: 'Mot de passe oublié ?', body: DemandeReinitialisationSchema, response: { 200: MessageSchema, ...erreurs } }, config: limite(20) },
      async (request) => {
        await demanderReinitialisation(contexte(deps, request), request.body.email);
        return { message: MESSAGE_EMAIL_ENVOYE };
      },
    );

    app.get(
      '/api/mot-de-passe/jeton',
      { schema: { tags: ['identité'], summary: 'État d’un lien de réinitialisation', querystring: z.object({ jeton: JetonSchema }), response: { 200: EtatJetonSchema } } },
      async (request) => {
        const { etat } = await lireJeton(deps.database.db, 'reinitialisation', request.query.jeton, deps.now());
        return etat === 'valide' ? { etat } : { etat, message: messageJeton(etat) };
      },
    );

    app.post(
      '/api/mot-de-passe/reinitialiser',
      { schema: { tags: ['identité'], summary: 'Choisir un nouveau mot de passe (lien reçu par email)', body: ReinitialisationSchema, response: { 200: SessionSchema, ...erreurs } }, config: limite(20) },
      async (request, reply) => {
        const r = await reinitialiserMotDePasse(contexte(deps, request), { ...request.body, userAgent: request.headers['user-agent'] });
        setSessionCookie(reply, r.token, false, secure);
        return presenterSession(deps.database.db, { idHash: '', csrfToken: r.csrfToken, seSouvenir: false, utilisateur: r.utilisateur });
      },
    );

    app.post(
      '/api/inscription',
      { schema: { tags: ['identité'], summary: 'Inscrivez-vous !', body: InscriptionSchema, response: { 200: MessageSchema, ...erreurs } }, config: limite(10) },
      async (request) => {
        const { confirmation: _confirmation, ...input } = request.body;
        await inscrire(contexte(deps, request), input);
        return { message: MESSAGE_INSCRIPTION_ENVOYEE };
      },
    );

    app.post(
      '/api/inscription/confirmer',
      { schema: { tags: ['identité'], summary: 'Confirmer son adresse email après inscription', body: z.object({ jeton: JetonSchema }), response: { 200: MessageSchema, ...erreurs } } },
      async (request) => {
        await confirmerInscription(contexte(deps, request), request.body.jeton);
        return { message: 'Votre adresse email est confirmée : vous pouvez vous connecter.' };
      },
    );

    app.post(
      '/api/opco/session',
      { schema: { tags: ['identité'], summary: 'Connexion du personnel de l’OPCO (mot de passe + code à usage unique)', body: ConnexionOpcoSchema, response: { 200: SessionSchema, 401: ErreurSchema, ...erreurs } }, config: limite(30) },
      async (request, reply) => {
        const opened = await ouvrirSession(deps, { espace: 'opco', ...request.body, seSouvenir: false, ip: request.ip, userAgent: request.headers['user-agent'], now: deps.now() });
        setSessionCookie(reply, opened.token, false, secure);
        return presenterSession(deps.database.db, { idHash: '', csrfToken: opened.csrfToken, seSouvenir: false, utilisateur: opened.utilisateur });
      },
    );
  };
}
