import { ErreurSchema } from '@mse/shared/commun/erreur.schema';
import {
  ChoixEtablissementCourantSchema,
  EtablissementDetailSchema,
  PageEtablissementsSchema,
  RechercheEtablissementsSchema,
} from '@mse/shared/entreprise/etablissement.schema';
import { SessionSchema } from '@mse/shared/identite/session.schema';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppDeps } from '../../app';
import { Introuvable } from '../../errors';
import { exigerEmployeur, exigerSession } from '../../policies/espaces';
import { presenterSession } from '../identite/session.presenter';
import { choisirEtablissementCourant } from './choisir-etablissement-courant';
import { decoderCurseur, type Curseur } from './curseur';
import { presenterEtablissement, presenterPageEtablissements } from './etablissement.presenter';
import { rechercherEtablissements, trouverEtablissement } from './etablissements.repository';

const CURSEUR_INVALIDE = 'Curseur de pagination invalide : revenez à la première page';

/** The shared query schema, plus the decoding of the cursor, which only the server can read. */
const RechercheApiSchema = RechercheEtablissementsSchema.extend({
  apres: RechercheEtablissementsSchema.shape.apres.transform((texte, ctx): Curseur | null => {
    if (texte === undefined) return null;
    const curseur = decoderCurseur(texte);
    if (!curseur) ctx.addIssue({ code: 'custom', message: CURSEUR_INVALIDE });
    return curseur;
  }),
}).superRefine((r, ctx) => {
  if (r.apres && (r.apres.tri !== r.tri || r.apres.ordre !== r.ordre)) {
    ctx.addIssue({ code: 'custom', path: ['apres'], message: CURSEUR_INVALIDE });
  }
});

// A malformed SIRET in the URL is not a 400: it answers exactly like an establishment of another account.
const SiretUrlSchema = z.object({ siret: z.string().max(40) });

const erreurs = { 400: ErreurSchema, 401: ErreurSchema, 403: ErreurSchema, 404: ErreurSchema };

export function entrepriseRoutes(deps: AppDeps): FastifyPluginAsyncZod {
  const { db } = deps.database;
  return async (app) => {
    app.get(
      '/api/etablissements',
      {
        schema: {
          tags: ['entreprise'],
          summary: 'Mon entreprise : les établissements du compte (recherche, tri, pagination par curseur)',
          querystring: RechercheApiSchema,
          response: { 200: PageEtablissementsSchema, ...erreurs },
        },
      },
      async (request) => {
        const employeur = exigerEmployeur(request.session);
        return presenterPageEtablissements(await rechercherEtablissements(db, employeur, request.query), employeur);
      },
    );

    app.get(
      '/api/etablissements/:siret',
      {
        schema: {
          tags: ['entreprise'],
          summary: 'Mon entreprise : le détail d’un établissement du compte',
          params: SiretUrlSchema,
          response: { 200: EtablissementDetailSchema, ...erreurs },
        },
      },
      async (request) => {
        const employeur = exigerEmployeur(request.session);
        const trouve = await trouverEtablissement(db, employeur, request.params.siret);
        if (!trouve) throw new Introuvable();
        return presenterEtablissement(trouve, employeur);
      },
    );

    app.put(
      '/api/etablissement-courant',
      {
        schema: {
          tags: ['entreprise'],
          summary: 'Choisir l’établissement sur lequel je travaille (null : tous les établissements)',
          body: ChoixEtablissementCourantSchema,
          response: { 200: SessionSchema, ...erreurs },
        },
      },
      async (request) => {
        const session = exigerSession(request.session);
        const utilisateur = await choisirEtablissementCourant(db, exigerEmployeur(session), request.body.siret);
        return presenterSession(db, { ...session, utilisateur });
      },
    );
  };
}
