import { ErreurSchema } from '@mse/shared/commun/erreur.schema';
import {
  CLES_CRITERES_FINANCEMENT,
  ExportFinancementsSchema,
  PageRechercheFinancementsSchema,
  RechercheAvanceeFinancementsObjetSchema,
  verifierIntervalles,
  type CriteresFinancements,
} from '@mse/shared/financement/criteres-recherche';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { z } from 'zod';
import type { AppDeps } from '../../app';
import { heureDeParis } from '../../exports/colonnes';
import { envoyerExport, parLots, TAILLE_LOT_EXPORT } from '../../exports/export';
import { actionsLigneFinancement } from '../../policies/demandes';
import { exigerEmployeur } from '../../policies/espaces';
import { etablissementCourantVisible } from '../accueil/accueil.repository';
import { decoderCurseur, type CurseurFinancements } from './curseur';
import { COLONNES_EXPORT_FINANCEMENTS, presenterPageFinancements } from './financements.presenter';
import { compterFinancementsParStatut, listerFinancements, type PositionPage } from './financements.repository';

const CURSEUR_INVALIDE = 'Curseur de pagination invalide : revenez à la première page';

const curseur = (schema: z.ZodOptional<z.ZodString>) =>
  schema.transform((texte, ctx): CurseurFinancements | null => {
    if (texte === undefined) return null;
    const c = decoderCurseur(texte);
    if (!c) ctx.addIssue({ code: 'custom', message: CURSEUR_INVALIDE });
    return c;
  });

/** The shared query schema, plus the decoding of the cursors, which only the server can read. */
const RechercheApiSchema = RechercheAvanceeFinancementsObjetSchema.extend({
  apres: curseur(RechercheAvanceeFinancementsObjetSchema.shape.apres),
  avant: curseur(RechercheAvanceeFinancementsObjetSchema.shape.avant),
}).superRefine((r, ctx) => {
  verifierIntervalles(r, ctx);
  if ([r.apres, r.avant, r.fin].filter(Boolean).length > 1) ctx.addIssue({ code: 'custom', path: ['apres'], message: 'Une seule position de page à la fois : apres, avant ou fin' });
  for (const cle of ['apres', 'avant'] as const) {
    const c = r[cle];
    if (c && (c.groupe !== r.groupe || c.tri !== r.tri || (r.ordre !== undefined && c.ordre !== r.ordre))) ctx.addIssue({ code: 'custom', path: [cle], message: CURSEUR_INVALIDE });
  }
});

/** The criteria out of the query (already read: amounts in cents). */
function pick(q: Partial<Record<string, unknown>>): CriteresFinancements {
  return Object.fromEntries(CLES_CRITERES_FINANCEMENT.map((k) => [k, q[k]])) as CriteresFinancements;
}

/** Today in Paris, YYYY-MM-DD (the file's name). */
function aujourdhui(now: Date): string {
  const [a, m, j] = heureDeParis(now);
  return `${a}-${String(m).padStart(2, '0')}-${String(j).padStart(2, '0')}`;
}

export function financementsRoutes(deps: AppDeps): FastifyPluginAsyncZod {
  const { db } = deps.database;
  return async (app) => {
    app.get(
      '/api/financements',
      {
        schema: {
          tags: ['financements'],
          summary:
            'Mes financements : les demandes d’un onglet (Brouillon, En cours, Archivé) répondant aux critères de la recherche avancée, triées par colonne, page par page, et le nombre de chaque onglet',
          querystring: RechercheApiSchema,
          response: { 200: PageRechercheFinancementsSchema, 400: ErreurSchema, 401: ErreurSchema, 404: ErreurSchema },
        },
      },
      async (request) => {
        const employeur = exigerEmployeur(request.session);
        const q = request.query;
        // A current establishment no longer visible means "Tous", as on the home page.
        const perimetre = await etablissementCourantVisible(db, employeur);
        const criteres = pick(q);
        const position: PositionPage = q.apres ? { apres: q.apres } : q.avant ? { avant: q.avant } : q.fin ? { fin: true } : null;
        const [page, parStatut] = await Promise.all([
          listerFinancements(db, employeur, perimetre?.id ?? null, { groupe: q.groupe, taille: q.taille, tri: q.tri, ordre: q.ordre, position, criteres }),
          compterFinancementsParStatut(db, employeur, perimetre?.id ?? null, criteres),
        ]);
        return presenterPageFinancements({ groupe: q.groupe, tri: q.tri, page, parStatut, perimetre, actions: (statut) => actionsLigneFinancement(employeur, statut) });
      },
    );

    app.get(
      '/api/financements/export',
      {
        schema: {
          tags: ['financements'],
          summary: 'Mes financements : la liste affichée (onglet, critères, tri) en CSV (Excel français) ou XLSX, envoyée au fil de l’eau',
          querystring: ExportFinancementsSchema,
          response: { 400: ErreurSchema, 401: ErreurSchema, 404: ErreurSchema },
        },
      },
      async (request, reply) => {
        const employeur = exigerEmployeur(request.session);
        const q = request.query;
        const perimetre = await etablissementCourantVisible(db, employeur);
        const criteres = pick(q);
        const lots = parLots((apres: CurseurFinancements | null) =>
          listerFinancements(db, employeur, perimetre?.id ?? null, { groupe: q.groupe, taille: TAILLE_LOT_EXPORT, tri: q.tri, ordre: q.ordre, position: apres ? { apres } : null, criteres }),
        );
        return envoyerExport(reply, {
          format: q.format,
          nomFichier: `mes-financements-${q.groupe.replace('_', '-')}-${aujourdhui(deps.now())}`,
          nomFeuille: 'Mes financements',
          colonnes: COLONNES_EXPORT_FINANCEMENTS,
          lots,
        });
      },
    );
  };
}
