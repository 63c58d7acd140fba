import { AccesCollegueSchema, CollegueSchema, ColleguesSchema, EtatInvitationSchema, InvitationCollegueSchema } from '@mse/shared/collegues/collegue.schema';
import { ErreurSchema } from '@mse/shared/commun/erreur.schema';
import { JetonSchema, ReinitialisationSchema } from '@mse/shared/identite/compte.schema';
import { SessionSchema } from '@mse/shared/identite/session.schema';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppDeps } from '../../app';
import type { Db } from '../../db/database';
import { Introuvable } from '../../errors';
import { exigerGestionDesCollegues } from '../../policies/collegues';
import { exigerEmployeur, type Employeur } from '../../policies/espaces';
import { setSessionCookie } from '../../plugins/session';
import { contexte } from '../identite/contexte';
import { presenterSession } from '../identite/session.presenter';
import { accepterInvitation, lireInvitation } from './accepter-invitation';
import { presenterCollegue, presenterCollegues } from './collegue.presenter';
import { listerCollegues, trouverCollegue } from './collegues.repository';
import { inviterCollegue } from './inviter-collegue';
import { modifierAccesCollegue } from './modifier-acces-collegue';
import { renvoyerInvitation } from './renvoyer-invitation';
import { revoquerCollegue } from './revoquer-collegue';

// A malformed id answers like a colleague of another account: 404.
const IdUrlSchema = z.object({ id: z.string().max(64) });
const erreurs = { 400: ErreurSchema, 401: ErreurSchema, 403: ErreurSchema, 404: ErreurSchema, 409: ErreurSchema, 422: ErreurSchema, 429: ErreurSchema };
const limite = (max: number) => ({ rateLimit: { max, timeWindow: '1 minute' } });

async function collegueApres(db: Db, acteur: Employeur, id: string) {
  const collegue = await trouverCollegue(db, acteur.compteId, id);
  if (!collegue) throw new Introuvable();
  return presenterCollegue(collegue, acteur);
}

/** "Collègues" of Mon entreprise (owner only) and the invitee's page to choose a password. */
export function colleguesRoutes(deps: AppDeps): FastifyPluginAsyncZod {
  const { db } = deps.database;
  const secure = deps.config.env === 'production';
  return async (app) => {
    app.get(
      '/api/collegues',
      { schema: { tags: ['collègues'], summary: 'Mes collègues : leurs rôles et établissements (propriétaire du compte)', response: { 200: ColleguesSchema, ...erreurs } } },
      async (request) => {
        const acteur = exigerEmployeur(request.session);
        exigerGestionDesCollegues(acteur);
        return presenterCollegues(await listerCollegues(db, acteur.compteId), acteur);
      },
    );

    app.post(
      '/api/collegues',
      {
        schema: { tags: ['collègues'], summary: 'Inviter un collègue par email', body: InvitationCollegueSchema, response: { 201: CollegueSchema, ...erreurs } },
        config: limite(30),
      },
      async (request, reply) => {
        const acteur = exigerEmployeur(request.session);
        const id = await inviterCollegue(contexte(deps, request), acteur, request.body);
        return reply.status(201).send(await collegueApres(db, acteur, id));
      },
    );

    app.put(
      '/api/collegues/:id',
      { schema: { tags: ['collègues'], summary: 'Changer le rôle ou les établissements d’un collègue', params: IdUrlSchema, body: AccesCollegueSchema, response: { 200: CollegueSchema, ...erreurs } } },
      async (request) => {
        const acteur = exigerEmployeur(request.session);
        await modifierAccesCollegue(contexte(deps, request), acteur, request.params.id, request.body);
        return collegueApres(db, acteur, request.params.id);
      },
    );

    app.delete(
      '/api/collegues/:id',
      { schema: { tags: ['collègues'], summary: 'Révoquer l’accès d’un collègue', params: IdUrlSchema, response: { 204: z.null(), ...erreurs } } },
      async (request, reply) => {
        await revoquerCollegue(contexte(deps, request), exigerEmployeur(request.session), request.params.id);
        return reply.status(204).send(null);
      },
    );

    app.post(
      '/api/collegues/:id/invitation',
      {
        schema: { tags: ['collègues'], summary: 'Renvoyer l’invitation (nouveau lien valable 7 jours)', params: IdUrlSchema, response: { 200: CollegueSchema, ...erreurs } },
        config: limite(30),
      },
      async (request) => {
        const acteur = exigerEmployeur(request.session);
        await renvoyerInvitation(contexte(deps, request), acteur, request.params.id);
        return collegueApres(db, acteur, request.params.id);
      },
    );

    app.get(
      '/api/invitation',
      { schema: { tags: ['collègues'], summary: 'État d’un lien d’invitation', querystring: z.object({ jeton: JetonSchema }), response: { 200: EtatInvitationSchema, 400: ErreurSchema } } },
      async (request) => lireInvitation(db, request.query.jeton, deps.now()),
    );

    app.post(
      '/api/invitation',
      {
        schema: { tags: ['collègues'], summary: 'Accepter une invitation : choisir son mot de passe (lien reçu par email)', body: ReinitialisationSchema, response: { 200: SessionSchema, ...erreurs } },
        config: limite(20),
      },
      async (request, reply) => {
        const r = await accepterInvitation(contexte(deps, request), { ...request.body, userAgent: request.headers['user-agent'] });
        setSessionCookie(reply, r.token, false, secure);
        return presenterSession(db, { idHash: '', csrfToken: r.csrfToken, seSouvenir: false, utilisateur: r.utilisateur });
      },
    );
  };
}
