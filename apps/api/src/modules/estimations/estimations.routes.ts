import { ErreurSchema } from '@mse/shared/commun/erreur.schema';
import { DemandeEstimationSchema, ResultatEstimationSchema, ResultatRemunerationSchema } from '@mse/shared/financement/estimation.schema';
import { DemandeRemunerationMinimaleSchema } from '@mse/shared/remuneration/remuneration-minimale.schema';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppDeps } from '../../app';
import { exigerAccesEstimations } from '../../policies/referentiel';
import { corpsValide } from '../referentiel/corps-valide';
import { calculerRemuneration, estimerDemande } from './estimer-demande';

const erreurs = { 401: ErreurSchema, 403: ErreurSchema, 404: ErreurSchema, 422: ErreurSchema };

export function estimationsRoutes(deps: AppDeps): FastifyPluginAsyncZod {
  const { db } = deps.database;
  return async (app) => {
    app.post(
      '/api/estimations',
      {
        schema: {
          tags: ['estimations'],
          summary: 'Estimer une demande de financement : montants par nature, échéancier, lignes d’explication et contrôles, avec la version du référentiel utilisée',
          description:
            "Le serveur retrouve lui-même le NPEC (RNCP × CPNE de la convention collective de l'établissement, en vigueur à la date de conclusion) : le NPEC éventuellement envoyé dans la demande est ignoré. Une donnée invalide répond 422 avec un message par champ.",
          body: DemandeEstimationSchema,
          response: { 200: ResultatEstimationSchema, ...erreurs },
        },
        attachValidation: true,
      },
      async (request) => estimerDemande(db, exigerAccesEstimations(request.session), corpsValide(request, request.body), deps.now()),
    );

    app.post(
      '/api/estimations/remuneration-minimale',
      {
        schema: {
          tags: ['estimations'],
          summary: 'Rémunération minimale d’un apprenti, période par période, avec le SMIC en vigueur à chaque période',
          body: DemandeRemunerationMinimaleSchema,
          response: { 200: ResultatRemunerationSchema, ...erreurs },
        },
        attachValidation: true,
      },
      async (request) => {
        exigerAccesEstimations(request.session);
        return calculerRemuneration(db, corpsValide(request, request.body), deps.now());
      },
    );
  };
}
