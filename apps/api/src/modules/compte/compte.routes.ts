import { ErreurSchema } from '@mse/shared/commun/erreur.schema';
import {
  ChangementEmailSchema, ChangementMotDePasseSchema, CoordonneesReponseSchema, CoordonneesSchema, JetonSchema, MessageSchema,
} from '@mse/shared/identite/compte.schema';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppDeps } from '../../app';
import { exigerEmployeur, exigerSession } from '../../policies/espaces';
import { contexte } from '../identite/contexte';
import { changerMotDePasse } from './changer-mot-de-passe';
import { confirmerChangementEmail, demanderChangementEmail } from './changer-adresse-email';
import { modifierCoordonnees } from './modifier-coordonnees';

const erreurs = { 400: ErreurSchema, 401: ErreurSchema, 403: ErreurSchema, 404: ErreurSchema, 409: ErreurSchema, 422: ErreurSchema };

function presenter(u: { civilite: string | null; nom: string; prenom: string; fonction: string | null; telephone: string | null; email: string }) {
  return {
    civilite: (u.civilite === 'Monsieur' ? 'Monsieur' : 'Madame') as 'Madame' | 'Monsieur',
    nom: u.nom,
    prenom: u.prenom,
    fonction: u.fonction ?? '',
    telephone: u.telephone ?? '',
    email: u.email,
  };
}

/** "Gestion de compte" (arrow at the top right): details, login e-mail, password. */
export function compteRoutes(deps: AppDeps): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/api/compte/coordonnees',
      { schema: { tags: ['compte'], summary: 'Mes coordonnées', response: { 200: CoordonneesReponseSchema, ...erreurs } } },
      async (request) => presenter(exigerEmployeur(request.session)),
    );

    app.put(
      '/api/compte/coordonnees',
      { schema: { tags: ['compte'], summary: 'Modifier mes coordonnées', body: CoordonneesSchema, response: { 200: CoordonneesReponseSchema, ...erreurs } } },
      async (request) => presenter(await modifierCoordonnees(deps.database.db, exigerEmployeur(request.session), request.body, deps.now(), request.ip)),
    );

    app.post(
      '/api/compte/adresse-email',
      { schema: { tags: ['compte'], summary: 'Mettre à jour mon adresse email de connexion', body: ChangementEmailSchema, response: { 200: MessageSchema, ...erreurs } }, config: { rateLimit: { max: 10, timeWindow: '1 minute' } } },
      async (request) => {
        const { utilisateur } = exigerSession(request.session);
        await demanderChangementEmail(contexte(deps, request), utilisateur, request.body);
        return { message: `Un message a été envoyé à ${request.body.nouvelleAdresse} : cliquez sur le lien qu’il contient pour confirmer votre nouvelle adresse. D’ici là, continuez à vous connecter avec l’ancienne.` };
      },
    );

    app.post(
      '/api/compte/adresse-email/confirmer',
      { schema: { tags: ['compte'], summary: 'Confirmer la nouvelle adresse de connexion (lien reçu par email)', body: z.object({ jeton: JetonSchema }), response: { 200: MessageSchema, ...erreurs } } },
      async (request) => {
        await confirmerChangementEmail(contexte(deps, request), request.body.jeton);
        return { message: 'Votre nouvelle adresse email de connexion est confirmée.' };
      },
    );

    app.put(
      '/api/compte/mot-de-passe',
      { schema: { tags: ['compte'], summary: 'Mettre à jour mon mot de passe', body: ChangementMotDePasseSchema, response: { 200: MessageSchema, ...erreurs } }, config: { rateLimit: { max: 10, timeWindow: '1 minute' } } },
      async (request) => {
        await changerMotDePasse(contexte(deps, request), exigerSession(request.session), request.body);
        return { message: 'Votre mot de passe est modifié. Vos autres sessions ont été fermées.' };
      },
    );
  };
}
