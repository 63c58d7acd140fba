import { ErreurSchema } from '@mse/shared/commun/erreur.schema';
import { DISPOSITIFS } from '@mse/shared/demande/demande.schema';
import { ModifierDecisionAutomatiqueSchema, ParametresDecisionAutomatiqueSchema, type ParametresDecisionAutomatique } from '@mse/shared/instruction/decision-automatique';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppDeps } from '../../app';
import { audit } from '../../db/schema';
import type { Db } from '../../db/database';
import { DonneesInvalides } from '../../errors';
import { exigerAdministrateurDecisionAutomatique } from '../../policies/instruction';
import { brancheExiste, branchesConnues, ecrireRegle, reglesDecision } from './decision-automatique.repository';

const erreurs = { 400: ErreurSchema, 401: ErreurSchema, 403: ErreurSchema, 404: ErreurSchema, 422: ErreurSchema };

async function parametres(db: Db): Promise<ParametresDecisionAutomatique> {
  const regles = await reglesDecision(db);
  const modifieLe = regles.reduce<Date | null>((d, r) => (d === null || r.modifieLe > d ? r.modifieLe : d), null);
  return {
    dispositifs: DISPOSITIFS.map((dispositif) => ({ dispositif, active: regles.find((r) => r.dispositif === dispositif && r.idcc === null)?.active ?? false })),
    branches: await branchesConnues(db),
    exceptions: regles.filter((r) => r.idcc !== null).map((r) => ({ dispositif: r.dispositif, idcc: r.idcc!, libelle: r.libelle ?? r.idcc!, active: r.active })),
    modifieLe: modifieLe?.toISOString() ?? null,
  };
}

/** The administrator's switches of the automatic decision at sending, per scheme and per branch. */
export function decisionAutomatiqueRoutes(deps: AppDeps): FastifyPluginAsyncZod {
  const { db } = deps.database;
  return async (app) => {
    app.get(
      '/api/opco/parametres/decision-automatique',
      { schema: { tags: ['instruction', 'back office'], summary: 'La décision automatique à l’envoi, par dispositif et par branche', response: { 200: ParametresDecisionAutomatiqueSchema, ...erreurs } } },
      async (request) => {
        exigerAdministrateurDecisionAutomatique(request.session);
        return parametres(db);
      },
    );
    app.put(
      '/api/opco/parametres/decision-automatique',
      {
        schema: {
          tags: ['instruction', 'back office'],
          summary: 'Activer ou couper la décision automatique d’un dispositif, ou d’une branche (active: null rend la branche au défaut du dispositif)',
          body: ModifierDecisionAutomatiqueSchema,
          response: { 200: ParametresDecisionAutomatiqueSchema, ...erreurs },
        },
      },
      async (request) => {
        const personnel = exigerAdministrateurDecisionAutomatique(request.session);
        const { dispositif, idcc, active } = request.body;
        if (idcc !== null && !(await brancheExiste(db, idcc))) throw new DonneesInvalides([{ chemin: 'idcc', message: 'Cette branche n’est pas une branche de l’OPCO.' }]);
        await db.transaction(async (tx) => {
          await ecrireRegle(tx, { dispositif, idcc, active, par: personnel.id, le: deps.now() });
          await tx.insert(audit).values({ evenement: 'decision_automatique_modifiee', utilisateurId: personnel.id, ip: request.ip, details: { dispositif, idcc, active } });
        });
        return parametres(db);
      },
    );
  };
}
