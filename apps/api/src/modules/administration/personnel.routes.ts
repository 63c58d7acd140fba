import { ActivationPersonnelSchema, ActiverPersonnelSchema, ChangementRoleSchema, ListePersonnelSchema, NouveauPersonnelSchema } from '@mse/shared/administration/personnel.schema';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppDeps } from '../../app';
import { exigerAdministrateur, type Administrateur } from '../../policies/administration';
import { contexte } from '../identite/contexte';
import { activerComptePersonnel, lireActivation } from './activer-compte-personnel';
import { erreursAdministration } from './contenus.routes';
import { changerRolePersonnel, desactiverPersonnel, inviterPersonnel, renvoyerInvitationPersonnel } from './gerer-personnel';
import { presenterMembre } from './membre.presenter';
import { compterAdministrateursActifs, listerPersonnel } from './personnel.repository';

const TAGS = ['administration'];
const IdUrl = z.object({ id: z.string().max(64) });
const limite = (max: number) => ({ rateLimit: { max, timeWindow: '1 minute' } });

/** Back office (administrateur): the staff's accounts; and the public enrolment page of a new member. */
export function personnelRoutes(deps: AppDeps): FastifyPluginAsyncZod {
  const { db } = deps.database;
  const liste = async (acteur: Administrateur) => {
    const [membres, administrateurs] = await Promise.all([listerPersonnel(db, deps.now()), compterAdministrateursActifs(db)]);
    return { personnel: membres.map((m) => presenterMembre(m, acteur, administrateurs)) };
  };
  return async (app) => {
    app.get(
      '/api/administration/personnel',
      { schema: { tags: TAGS, summary: 'Les comptes du personnel de l’OPCO, leur rôle et leur état', response: { 200: ListePersonnelSchema, ...erreursAdministration } } },
      async (request) => liste(exigerAdministrateur(request.session)),
    );

    app.post(
      '/api/administration/personnel',
      { schema: { tags: TAGS, summary: 'Créer un compte du personnel : la personne reçoit un email pour choisir son mot de passe et son second facteur', body: NouveauPersonnelSchema, response: { 201: ListePersonnelSchema, ...erreursAdministration } } },
      async (request, reply) => {
        const acteur = exigerAdministrateur(request.session);
        await inviterPersonnel(contexte(deps, request), acteur, request.body);
        return reply.status(201).send(await liste(acteur));
      },
    );

    app.put(
      '/api/administration/personnel/:id/role',
      { schema: { tags: TAGS, summary: 'Changer le rôle d’un membre du personnel (jamais celui du dernier administrateur)', params: IdUrl, body: ChangementRoleSchema, response: { 200: ListePersonnelSchema, ...erreursAdministration } } },
      async (request) => {
        const acteur = exigerAdministrateur(request.session);
        await changerRolePersonnel(contexte(deps, request), acteur, request.params.id, request.body.role);
        return liste(acteur);
      },
    );

    app.post(
      '/api/administration/personnel/:id/desactivation',
      { schema: { tags: TAGS, summary: 'Désactiver un compte du personnel : ses sessions sont fermées', params: IdUrl, response: { 200: ListePersonnelSchema, ...erreursAdministration } } },
      async (request) => {
        const acteur = exigerAdministrateur(request.session);
        await desactiverPersonnel(contexte(deps, request), acteur, request.params.id);
        return liste(acteur);
      },
    );

    app.post(
      '/api/administration/personnel/:id/invitation',
      { schema: { tags: TAGS, summary: 'Renvoyer l’email d’activation (invitation expirée, compte désactivé à réactiver)', params: IdUrl, response: { 200: ListePersonnelSchema, ...erreursAdministration } } },
      async (request) => {
        const acteur = exigerAdministrateur(request.session);
        await renvoyerInvitationPersonnel(contexte(deps, request), acteur, request.params.id);
        return liste(acteur);
      },
    );

    app.get(
      '/api/opco/activation',
      { schema: { tags: ['identité'], summary: 'Activation d’un compte du personnel (lien reçu par email) : le secret du second facteur à enregistrer', querystring: z.object({ jeton: z.string().min(1).max(200) }), response: { 200: ActivationPersonnelSchema, ...erreursAdministration } }, config: limite(30) },
      async (request) => lireActivation({ database: deps.database, config: deps.config, now: deps.now() }, request.query.jeton),
    );

    app.post(
      '/api/opco/activation',
      { schema: { tags: ['identité'], summary: 'Activer son compte du personnel : mot de passe et premier code du second facteur', body: ActiverPersonnelSchema, response: { 204: z.null(), ...erreursAdministration } }, config: limite(10) },
      async (request, reply) => {
        await activerComptePersonnel(contexte(deps, request), request.body);
        return reply.status(204).send(null);
      },
    );
  };
}
