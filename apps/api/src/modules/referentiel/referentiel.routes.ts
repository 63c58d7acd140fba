import { ErreurSchema } from '@mse/shared/commun/erreur.schema';
import { RechercheNpecSchema, ResultatNpecSchema } from '@mse/shared/financement/estimation.schema';
import { EntreeReferentielSchema, NouvelleEntreeReferentielSchema, ReferentielAdministrationSchema } from '@mse/shared/referentiel/referentiel-admin.schema';
import { estRubrique } from '@mse/shared/referentiel/rubriques';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppDeps } from '../../app';
import { Introuvable } from '../../errors';
import { exigerAccesEstimations, exigerAdministrateurReferentiel, exigerLecteurReferentiel } from '../../policies/referentiel';
import { contexte } from '../identite/contexte';
import { ajouterEntreeReferentiel } from './ajouter-entree-referentiel';
import { corpsValide } from './corps-valide';
import { dateDuJour } from './date-du-jour';
import { trouverNpec } from './npec.repository';
import { presenterEntreeDansSaRubrique, presenterReferentiel } from './referentiel.presenter';
import { lignesAvecAuteurs } from './referentiel.repository';

const erreurs = { 401: ErreurSchema, 403: ErreurSchema, 404: ErreurSchema };

export function referentielRoutes(deps: AppDeps): FastifyPluginAsyncZod {
  const { db } = deps.database;
  return async (app) => {
    app.get(
      '/api/referentiel',
      {
        schema: {
          tags: ['référentiel'],
          summary: 'Back office : chaque rubrique du référentiel et ses valeurs datées (en vigueur, passées, à venir), avec leurs sources',
          response: { 200: ReferentielAdministrationSchema, ...erreurs },
        },
      },
      async (request) => {
        const acteur = exigerLecteurReferentiel(request.session);
        return presenterReferentiel(await lignesAvecAuteurs(db), acteur, dateDuJour(deps.now()));
      },
    );

    app.post(
      '/api/referentiel/:rubrique/entrees',
      {
        schema: {
          tags: ['référentiel'],
          summary: 'Back office (administrateur) : ajouter une valeur datée à une rubrique, sans jamais modifier les valeurs existantes',
          params: z.object({ rubrique: z.string().max(60) }),
          body: NouvelleEntreeReferentielSchema,
          response: { 201: EntreeReferentielSchema, 422: ErreurSchema, ...erreurs },
        },
        attachValidation: true,
      },
      async (request, reply) => {
        const acteur = exigerAdministrateurReferentiel(request.session);
        const { rubrique } = request.params;
        if (!estRubrique(rubrique)) throw new Introuvable('Cette rubrique du référentiel n’existe pas.');
        const ligne = await ajouterEntreeReferentiel(contexte(deps, request), acteur, rubrique, corpsValide(request, request.body));
        return reply.status(201).send(presenterEntreeDansSaRubrique(await lignesAvecAuteurs(db), ligne.id, dateDuJour(deps.now())));
      },
    );

    app.get(
      '/api/referentiel/npec',
      {
        schema: {
          tags: ['référentiel'],
          summary: 'Le NPEC en vigueur à une date pour une certification (RNCP) dans la branche d’une convention collective (IDCC)',
          querystring: RechercheNpecSchema,
          response: { 200: ResultatNpecSchema, 400: ErreurSchema, 401: ErreurSchema },
        },
      },
      async (request) => {
        exigerAccesEstimations(request.session);
        return trouverNpec(db, request.query);
      },
    );
  };
}
