import { ajouterJours, jourDeLaSemaine } from '@mse/shared/commun/dates';
import { ErreurSchema } from '@mse/shared/commun/erreur.schema';
import { delaisDecision, dernierJourEnAlerte } from '@mse/shared/instruction/delai-legal';
import { PeriodeStatistiquesSchema, StatistiquesSchema, type Statistiques } from '@mse/shared/instruction/statistiques.schema';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppDeps } from '../../app';
import { exigerLecteurStatistiques } from '../../policies/statistiques';
import { dateDuJour } from '../referentiel/date-du-jour';
import { chargerReferentiel } from '../referentiel/referentiel.repository';
import { dossiersEnAlerte, delaisDeDecision, engagements, parSemaine } from './statistiques.repository';

const erreurs = { 400: ErreurSchema, 401: ErreurSchema, 403: ErreurSchema, 404: ErreurSchema };

/** The supervisor's dashboard: the last weeks of the back office's work, from SQL aggregates. */
export function statistiquesRoutes(deps: AppDeps): FastifyPluginAsyncZod {
  const { db } = deps.database;
  return async (app) => {
    app.get(
      '/api/opco/statistiques',
      { schema: { tags: ['statistiques', 'back office'], summary: 'Tableau de bord du superviseur (semaines commençant le lundi, heure de Paris)', querystring: PeriodeStatistiquesSchema, response: { 200: StatistiquesSchema, ...erreurs } } },
      async (request): Promise<Statistiques> => {
        exigerLecteurStatistiques(request.session);
        const au = dateDuJour(deps.now());
        const lundi = ajouterJours(au, -((jourDeLaSemaine(au) + 6) % 7));
        const du = ajouterJours(lundi, -7 * (request.query.semaines - 1));
        const { recues, decidees } = await parSemaine(db, du, au);
        const semaines = Array.from({ length: request.query.semaines }, (_, i) => {
          const debut = ajouterJours(du, 7 * i);
          const d = decidees.find((x) => x.debut === debut);
          return { debut, recues: recues.find((x) => x.debut === debut)?.n ?? 0, decidees: d?.n ?? 0, automatiques: d?.automatiques ?? 0 };
        });
        const delais = delaisDecision(await chargerReferentiel(db), au);
        return {
          du,
          au,
          semaines,
          delaiDecision: await delaisDeDecision(db, du, au),
          dossiersPlusDe15Jours: await dossiersEnAlerte(db, dernierJourEnAlerte(au, delais)),
          engagements: await engagements(db, du, au),
        };
      },
    );
  };
}
