import { ErreurSchema } from '@mse/shared/commun/erreur.schema';
import { PageFinancementsSchema, RechercheFinancementsSchema } from '@mse/shared/demande/liste.schema';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppDeps } from '../../app';
import { actionsLigneFinancement } from '../../policies/demandes';
import { exigerEmployeur } from '../../policies/espaces';
import { compterDemandesParStatut, etablissementCourantVisible } from '../accueil/accueil.repository';
import { decoderCurseur, type CurseurFinancements } from './curseur';
import { presenterPageFinancements } from './financements.presenter';
import { listerFinancements } from './financements.repository';

const CURSEUR_INVALIDE = 'Curseur de pagination invalide : revenez à la première page';

/** The shared query schema, plus the decoding of the cursor, which only the server can read. */
const RechercheApiSchema = RechercheFinancementsSchema.extend({
  apres: RechercheFinancementsSchema.shape.apres.transform((texte, ctx): CurseurFinancements | null => {
    if (texte === undefined) return null;
    const curseur = decoderCurseur(texte);
    if (!curseur) ctx.addIssue({ code: 'custom', message: CURSEUR_INVALIDE });
    return curseur;
  }),
}).superRefine((r, ctx) => {
  if (r.apres && r.apres.groupe !== r.groupe) ctx.addIssue({ code: 'custom', path: ['apres'], message: CURSEUR_INVALIDE });
});

export function financementsRoutes(deps: AppDeps): FastifyPluginAsyncZod {
  const { db } = deps.database;
  return async (app) => {
    app.get(
      '/api/financements',
      {
        schema: {
          tags: ['financements'],
          summary: 'Mes financements : les demandes d’un onglet (Brouillon, En cours, Archivé), les plus récemment modifiées d’abord, et le nombre de chaque onglet',
          querystring: RechercheApiSchema,
          response: { 200: PageFinancementsSchema, 400: ErreurSchema, 401: ErreurSchema, 404: ErreurSchema },
        },
      },
      async (request) => {
        const employeur = exigerEmployeur(request.session);
        // A current establishment no longer visible means "Tous", as on the home page.
        const perimetre = await etablissementCourantVisible(db, employeur);
        const [page, parStatut] = await Promise.all([
          listerFinancements(db, employeur, perimetre?.id ?? null, request.query),
          compterDemandesParStatut(db, employeur, perimetre?.id ?? null),
        ]);
        return presenterPageFinancements({ groupe: request.query.groupe, page, parStatut, perimetre, actions: (statut) => actionsLigneFinancement(employeur, statut) });
      },
    );
  };
}
