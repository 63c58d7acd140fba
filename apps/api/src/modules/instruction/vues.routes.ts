import { ErreurSchema } from '@mse/shared/commun/erreur.schema';
import { CreerVueSchema, CriteresCorbeilleSchema, VueEnregistreeSchema } from '@mse/shared/instruction/instruction.schema';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppDeps } from '../../app';
import { DonneesInvalides } from '../../errors';
import { exigerInstructeur, exigerProprietaireDeLaVue } from '../../policies/instruction';
import { enregistrerVue, nombreDeVues, supprimerVue, vueParId, vuesDe } from './vues.repository';

const erreurs = { 400: ErreurSchema, 401: ErreurSchema, 403: ErreurSchema, 404: ErreurSchema, 422: ErreurSchema };
const VUES_MAX = 50;

/** Each staff member's saved views of the queues: a name and the criteria of the URL. */
export function vuesRoutes(deps: AppDeps): FastifyPluginAsyncZod {
  const { db } = deps.database;
  return async (app) => {
    app.get(
      '/api/opco/vues',
      { schema: { tags: ['instruction', 'back office'], summary: 'Mes vues enregistrées des corbeilles', response: { 200: z.object({ vues: z.array(VueEnregistreeSchema) }), ...erreurs } } },
      async (request) => ({ vues: await vuesDe(db, exigerInstructeur(request.session).id) }),
    );
    app.post(
      '/api/opco/vues',
      { schema: { tags: ['instruction', 'back office'], summary: 'Enregistrer une vue (le même nom la remplace)', body: CreerVueSchema, response: { 200: VueEnregistreeSchema, ...erreurs } } },
      async (request) => {
        const personnel = exigerInstructeur(request.session);
        const { nom, criteres } = request.body;
        const lues = CriteresCorbeilleSchema.safeParse(criteres);
        if (!lues.success) throw new DonneesInvalides(lues.error.issues.map((i) => ({ chemin: ['criteres', ...i.path.map(String)].join('.'), message: i.message })));
        const existantes = await vuesDe(db, personnel.id);
        if (!existantes.some((v) => v.nom === nom) && (await nombreDeVues(db, personnel.id)) >= VUES_MAX) {
          throw new DonneesInvalides([{ chemin: 'nom', message: `${VUES_MAX} vues au plus : supprimez-en une avant d’en enregistrer une autre.` }]);
        }
        const propres = Object.fromEntries(Object.entries(criteres).filter(([, v]) => v !== ''));
        return enregistrerVue(db, { utilisateurId: personnel.id, nom, criteres: propres, now: deps.now() });
      },
    );
    app.delete(
      '/api/opco/vues/:id',
      { schema: { tags: ['instruction', 'back office'], summary: 'Supprimer une de mes vues', params: z.object({ id: z.uuid() }), response: { 204: z.null(), ...erreurs } } },
      async (request, reply) => {
        const personnel = exigerInstructeur(request.session);
        exigerProprietaireDeLaVue(personnel, await vueParId(db, request.params.id));
        await supprimerVue(db, request.params.id, personnel.id);
        return reply.status(204).send(null);
      },
    );
  };
}
