import { ActualiteAdminSchema, ActualitesAdminSchema, SaisieActualiteSchema } from '@mse/shared/administration/actualite-admin.schema';
import { FaqAdminSchema, GuideAdminSchema, GuidesAdminSchema, SaisieGuideSchema, SaisieQuestionFaqSchema, SaisieThemeFaqSchema } from '@mse/shared/administration/aide-admin.schema';
import { ErreurSchema } from '@mse/shared/commun/erreur.schema';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppDeps } from '../../app';
import { Introuvable } from '../../errors';
import { exigerAdministrateur } from '../../policies/administration';
import { contexte } from '../identite/contexte';
import { presenterActualiteAdmin } from './actualite-admin.presenter';
import { listerActualitesAdmin } from './actualites-admin.repository';
import { faqAdmin, guideAdmin, guidesAdmin } from './aide-admin.repository';
import { creerActualite, modifierActualite, retirerActualite } from './enregistrer-actualite';
import { creerQuestion, creerTheme, modifierQuestion, modifierTheme, supprimerQuestion, supprimerTheme } from './modifier-faq';
import { modifierGuide } from './modifier-guide';

export const erreursAdministration = { 400: ErreurSchema, 401: ErreurSchema, 403: ErreurSchema, 404: ErreurSchema, 409: ErreurSchema, 422: ErreurSchema };
// A malformed id answers like an unknown one: 404, not 400.
const IdUrl = z.object({ id: z.string().max(64) });
const SlugUrl = z.object({ slug: z.string().max(80) });
const TAGS = ['administration'];

/** Back office (administrateur): the news of the home page, the FAQ by theme and the "Comment ça marche ?" guides. */
export function contenusRoutes(deps: AppDeps): FastifyPluginAsyncZod {
  const { db } = deps.database;
  return async (app) => {
    app.get(
      '/api/administration/actualites',
      { schema: { tags: TAGS, summary: 'Toutes les actualités, publiées, à venir ou retirées', response: { 200: ActualitesAdminSchema, ...erreursAdministration } } },
      async (request) => {
        exigerAdministrateur(request.session);
        const now = deps.now();
        return { actualites: (await listerActualitesAdmin(db)).map((a) => presenterActualiteAdmin(a, now)) };
      },
    );

    app.post(
      '/api/administration/actualites',
      { schema: { tags: TAGS, summary: 'Créer une actualité (affichée sur l’accueil des employeurs entre ses dates)', body: SaisieActualiteSchema, response: { 201: ActualiteAdminSchema, ...erreursAdministration } } },
      async (request, reply) => {
        const acteur = exigerAdministrateur(request.session);
        const ctx = contexte(deps, request);
        return reply.status(201).send(presenterActualiteAdmin(await creerActualite(ctx, acteur, request.body), ctx.now));
      },
    );

    app.put(
      '/api/administration/actualites/:id',
      { schema: { tags: TAGS, summary: 'Modifier une actualité', params: IdUrl, body: SaisieActualiteSchema, response: { 200: ActualiteAdminSchema, ...erreursAdministration } } },
      async (request) => {
        const acteur = exigerAdministrateur(request.session);
        const ctx = contexte(deps, request);
        return presenterActualiteAdmin(await modifierActualite(ctx, acteur, request.params.id, request.body), ctx.now);
      },
    );

    app.post(
      '/api/administration/actualites/:id/retrait',
      { schema: { tags: TAGS, summary: 'Retirer une actualité de l’accueil dès maintenant', params: IdUrl, response: { 200: ActualiteAdminSchema, ...erreursAdministration } } },
      async (request) => {
        const acteur = exigerAdministrateur(request.session);
        const ctx = contexte(deps, request);
        return presenterActualiteAdmin(await retirerActualite(ctx, acteur, request.params.id), ctx.now);
      },
    );

    app.get(
      '/api/administration/faq',
      { schema: { tags: TAGS, summary: 'La foire aux questions à éditer : thématiques et questions, publiées ou non', response: { 200: FaqAdminSchema, ...erreursAdministration } } },
      async (request) => {
        exigerAdministrateur(request.session);
        return faqAdmin(db);
      },
    );

    app.post(
      '/api/administration/faq/themes',
      { schema: { tags: TAGS, summary: 'Ajouter une thématique', body: SaisieThemeFaqSchema, response: { 201: FaqAdminSchema, ...erreursAdministration } } },
      async (request, reply) => {
        const acteur = exigerAdministrateur(request.session);
        await creerTheme(contexte(deps, request), acteur, request.body);
        return reply.status(201).send(await faqAdmin(db));
      },
    );

    app.put(
      '/api/administration/faq/themes/:id',
      { schema: { tags: TAGS, summary: 'Renommer une thématique', params: IdUrl, body: SaisieThemeFaqSchema, response: { 200: FaqAdminSchema, ...erreursAdministration } } },
      async (request) => {
        const acteur = exigerAdministrateur(request.session);
        await modifierTheme(contexte(deps, request), acteur, request.params.id, request.body);
        return faqAdmin(db);
      },
    );

    app.delete(
      '/api/administration/faq/themes/:id',
      { schema: { tags: TAGS, summary: 'Supprimer une thématique vide', params: IdUrl, response: { 200: FaqAdminSchema, ...erreursAdministration } } },
      async (request) => {
        const acteur = exigerAdministrateur(request.session);
        await supprimerTheme(contexte(deps, request), acteur, request.params.id);
        return faqAdmin(db);
      },
    );

    app.post(
      '/api/administration/faq/questions',
      { schema: { tags: TAGS, summary: 'Ajouter une question (à la fin de sa thématique)', body: SaisieQuestionFaqSchema, response: { 201: FaqAdminSchema, ...erreursAdministration } } },
      async (request, reply) => {
        const acteur = exigerAdministrateur(request.session);
        await creerQuestion(contexte(deps, request), acteur, request.body);
        return reply.status(201).send(await faqAdmin(db));
      },
    );

    app.put(
      '/api/administration/faq/questions/:id',
      { schema: { tags: TAGS, summary: 'Modifier une question (son adresse ne change pas)', params: IdUrl, body: SaisieQuestionFaqSchema, response: { 200: FaqAdminSchema, ...erreursAdministration } } },
      async (request) => {
        const acteur = exigerAdministrateur(request.session);
        await modifierQuestion(contexte(deps, request), acteur, request.params.id, request.body);
        return faqAdmin(db);
      },
    );

    app.delete(
      '/api/administration/faq/questions/:id',
      { schema: { tags: TAGS, summary: 'Supprimer une question (et les avis donnés dessus)', params: IdUrl, response: { 200: FaqAdminSchema, ...erreursAdministration } } },
      async (request) => {
        const acteur = exigerAdministrateur(request.session);
        await supprimerQuestion(contexte(deps, request), acteur, request.params.id);
        return faqAdmin(db);
      },
    );

    app.get(
      '/api/administration/guides',
      { schema: { tags: TAGS, summary: 'Les guides « Comment ça marche ? », publiés ou non', response: { 200: GuidesAdminSchema, ...erreursAdministration } } },
      async (request) => {
        exigerAdministrateur(request.session);
        return { guides: await guidesAdmin(db) };
      },
    );

    app.put(
      '/api/administration/guides/:slug',
      { schema: { tags: TAGS, summary: 'Modifier un guide : titre, résumé, étapes', params: SlugUrl, body: SaisieGuideSchema, response: { 200: GuideAdminSchema, ...erreursAdministration } } },
      async (request) => {
        const acteur = exigerAdministrateur(request.session);
        await modifierGuide(contexte(deps, request), acteur, request.params.slug, request.body);
        const guide = await guideAdmin(db, request.params.slug);
        if (!guide) throw new Introuvable('Ce guide n’existe pas.');
        return guide;
      },
    );
  };
}
