import multipart from '@fastify/multipart';
import { LOGO_TAILLE_MAX, ParametresAdminSchema, ParametresOpcoSchema } from '@mse/shared/administration/parametres.schema';
import { messageTailleFichier } from '@mse/shared/commun/fichier';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppDeps } from '../../app';
import { ErreurSchema } from '@mse/shared/commun/erreur.schema';
import { Introuvable } from '../../errors';
import { limitesMultipart, lireFormulaireMultipart } from '../../fichiers/multipart';
import { FichierIntrouvable, lireFichier, stockageDe } from '../../fichiers/stockage';
import { exigerAdministrateur } from '../../policies/administration';
import { contexte } from '../identite/contexte';
import { erreursAdministration } from './contenus.routes';
import { CHAMP_LOGO, deposerLogo, modifierParametresOpco } from './modifier-parametres';
import { lireParametres, urlLogo } from './parametres.repository';

const TAGS = ['administration'];

/** Back office (administrateur): the OPCO's name, logo and support contact; the logo itself is public. */
export function parametresRoutes(deps: AppDeps): FastifyPluginAsyncZod {
  const { db } = deps.database;
  const presenter = async () => {
    const p = await lireParametres(db, deps.config);
    return {
      opco: p.opco,
      logo: p.logo ? { url: urlLogo(p.logo), nom: p.logo.nom, taille: p.logo.taille } : null,
      modifieLe: p.modifieLe?.toISOString() ?? null,
      modifiePar: p.modifiePar,
    };
  };
  return async (app) => {
    await app.register(multipart, limitesMultipart(LOGO_TAILLE_MAX));

    app.get(
      '/api/administration/parametres',
      { schema: { tags: TAGS, summary: 'Les paramètres de l’OPCO : nom, logo, téléphone et horaires de l’assistance', response: { 200: ParametresAdminSchema, ...erreursAdministration } } },
      async (request) => {
        exigerAdministrateur(request.session);
        return presenter();
      },
    );

    app.put(
      '/api/administration/parametres',
      { schema: { tags: TAGS, summary: 'Modifier le nom de l’OPCO et le contact de l’assistance', body: ParametresOpcoSchema, response: { 200: ParametresAdminSchema, ...erreursAdministration } } },
      async (request) => {
        const acteur = exigerAdministrateur(request.session);
        await modifierParametresOpco(contexte(deps, request), acteur, request.body);
        return presenter();
      },
    );

    app.post(
      '/api/administration/parametres/logo',
      {
        schema: {
          tags: TAGS,
          summary: 'Remplacer le logo de l’OPCO',
          description: `Corps multipart/form-data : le fichier \`${CHAMP_LOGO}\` (PNG ou JPEG, ${LOGO_TAILLE_MAX / 1024} Ko au plus, type lu dans le contenu du fichier).`,
          consumes: ['multipart/form-data'],
          response: { 200: ParametresAdminSchema, 413: ErreurSchema, 415: ErreurSchema, 503: ErreurSchema, ...erreursAdministration },
        },
      },
      async (request) => {
        const acteur = exigerAdministrateur(request.session);
        const { fichier } = await lireFormulaireMultipart(request, { champFichier: CHAMP_LOGO, tailleMax: LOGO_TAILLE_MAX, messageTaille: () => messageTailleFichier(LOGO_TAILLE_MAX) });
        await deposerLogo(contexte(deps, request), acteur, fichier);
        return presenter();
      },
    );

    app.get(
      '/api/configuration/logo',
      { schema: { tags: ['portail'], summary: 'Le logo de l’OPCO (image PNG ou JPEG)' } },
      async (_request, reply) => {
        const { logo } = await lireParametres(db, deps.config);
        if (!logo) throw new Introuvable('Aucun logo n’a été déposé.');
        const octets = await lireFichier(stockageDe(deps.config), logo).catch((erreur: unknown) => {
          // Files restored without this one: the portal shows no logo rather than an error.
          if (erreur instanceof FichierIntrouvable) throw new Introuvable('Aucun logo n’a été déposé.');
          throw erreur;
        });
        // Its address carries a part of its checksum: a new logo has a new address.
        return reply.header('content-type', logo.type).header('cache-control', 'public, max-age=86400').header('x-content-type-options', 'nosniff').send(octets);
      },
    );
  };
}
