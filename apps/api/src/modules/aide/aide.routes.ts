import { FaqSchema, MonVoteSchema, RechercheFaqSchema, ResultatsFaqSchema, StatistiquesFaqSchema, VoteFaqSchema } from '@mse/shared/aide/faq.schema';
import { GuideSchema, GuidesSchema } from '@mse/shared/aide/guide.schema';
import { motsDeRecherche } from '@mse/shared/aide/recherche-faq';
import { ErreurSchema } from '@mse/shared/commun/erreur.schema';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppDeps } from '../../app';
import { Introuvable } from '../../errors';
import { exigerAdministrateurAide, peutVoterFaq } from '../../policies/aide';
import { exigerEmployeur } from '../../policies/espaces';
import { presenterFaq, presenterGuide, presenterQuestion } from './aide.presenter';
import { listerFaq, listerGuides, rechercherFaq, statistiquesFaq, trouverGuide } from './contenu.repository';
import { voterFaq } from './voter-faq';

const erreurs = { 400: ErreurSchema, 401: ErreurSchema, 403: ErreurSchema, 404: ErreurSchema };
const SlugUrlSchema = z.object({ slug: z.string().max(80) });

/** "1 - Comment ça marche ?" and "2 - La foire aux questions": public reading; voting and statistics need a role. */
export function aideRoutes(deps: AppDeps): FastifyPluginAsyncZod {
  const { db } = deps.database;
  return async (app) => {
    app.get(
      '/api/aide/guides',
      { schema: { tags: ['aide'], summary: 'Comment ça marche ? : les guides pas à pas', response: { 200: GuidesSchema } } },
      async () => ({ guides: (await listerGuides(db)).map(presenterGuide) }),
    );

    app.get(
      '/api/aide/guides/:slug',
      { schema: { tags: ['aide'], summary: 'Un guide pas à pas', params: SlugUrlSchema, response: { 200: GuideSchema, ...erreurs } } },
      async (request) => {
        const guide = await trouverGuide(db, request.params.slug);
        if (!guide) throw new Introuvable('Ce guide n’existe pas ou n’est plus publié.');
        return presenterGuide(guide);
      },
    );

    app.get(
      '/api/aide/faq',
      { schema: { tags: ['aide'], summary: 'La foire aux questions, par thématique', response: { 200: FaqSchema } } },
      async (request) => {
        const moi = request.session?.utilisateur;
        const votant = peutVoterFaq(moi);
        return presenterFaq(await listerFaq(db, votant ? moi.id : undefined), votant);
      },
    );

    app.get(
      '/api/aide/faq/recherche',
      {
        schema: {
          tags: ['aide'],
          summary: 'Rechercher dans la foire aux questions (sans tenir compte des accents, fautes de frappe tolérées)',
          querystring: RechercheFaqSchema,
          response: { 200: ResultatsFaqSchema, ...erreurs },
        },
      },
      async (request) => {
        const moi = request.session?.utilisateur;
        const votant = peutVoterFaq(moi);
        const lignes = await rechercherFaq(db, motsDeRecherche(request.query.q), votant ? moi.id : undefined);
        return { q: request.query.q, resultats: lignes.map((l) => presenterQuestion(l, votant)) };
      },
    );

    app.put(
      '/api/aide/faq/:slug/vote',
      { schema: { tags: ['aide'], summary: 'Cette réponse vous a-t-elle aidé ?', params: SlugUrlSchema, body: VoteFaqSchema, response: { 200: MonVoteSchema, ...erreurs } } },
      async (request) => {
        await voterFaq(db, exigerEmployeur(request.session), request.params.slug, request.body.utile, deps.now());
        return { monVote: request.body.utile ? ('oui' as const) : ('non' as const), message: 'Merci pour votre réponse.' };
      },
    );

    app.get(
      '/api/opco/aide/faq/statistiques',
      { schema: { tags: ['aide', 'back office'], summary: 'Avis sur les réponses de la foire aux questions (administrateurs)', response: { 200: StatistiquesFaqSchema, ...erreurs } } },
      async (request) => {
        exigerAdministrateurAide(request.session);
        return { questions: await statistiquesFaq(db) };
      },
    );
  };
}
