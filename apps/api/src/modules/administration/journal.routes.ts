import { FiltresJournalSchema, JournalSchema, LIBELLES_EVENEMENTS, VerificationJournalSchema } from '@mse/shared/administration/journal.schema';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppDeps } from '../../app';
import { envoyerExport, parLots, TAILLE_LOT_EXPORT } from '../../exports/export';
import { exigerAdministrateur } from '../../policies/administration';
import { erreursAdministration } from './contenus.routes';
import { COLONNES_JOURNAL, presenterLigneJournal } from './journal.presenter';
import { pageJournal, verifierJournal } from './journal.repository';

const TAGS = ['administration'];
const EVENEMENTS = Object.entries(LIBELLES_EVENEMENTS)
  .map(([valeur, libelle]) => ({ valeur, libelle }))
  .sort((a, b) => a.libelle.localeCompare(b.libelle, 'fr'));

/** Back office (administrateur): the audit log, read only — listed, exported, and its chain checked. */
export function journalRoutes(deps: AppDeps): FastifyPluginAsyncZod {
  const { db } = deps.database;
  return async (app) => {
    app.get(
      '/api/administration/journal',
      { schema: { tags: TAGS, summary: 'Le journal d’audit, le plus récent d’abord, filtré (événement, personne, dates), 50 lignes par page', querystring: FiltresJournalSchema, response: { 200: JournalSchema, ...erreursAdministration } } },
      async (request) => {
        exigerAdministrateur(request.session);
        const { lignes, suivant } = await pageJournal(db, request.query);
        return { lignes: lignes.map(presenterLigneJournal), suivant, evenements: EVENEMENTS };
      },
    );

    app.get(
      '/api/administration/journal/export',
      { schema: { tags: TAGS, summary: 'Le journal d’audit filtré, en CSV (séparateur « ; », UTF-8)', querystring: FiltresJournalSchema, produces: ['text/csv'], response: erreursAdministration } },
      async (request, reply) => {
        exigerAdministrateur(request.session);
        const { apres: _depuis, ...filtres } = request.query;
        const jour = deps.now().toISOString().slice(0, 10);
        return envoyerExport(reply, {
          format: 'csv',
          nomFichier: `journal-audit-${jour}`,
          colonnes: COLONNES_JOURNAL,
          lots: parLots<Awaited<ReturnType<typeof pageJournal>>['lignes'][number], number>((apres) => pageJournal(db, { ...filtres, apres: apres ?? undefined }, TAILLE_LOT_EXPORT)),
        });
      },
    );

    app.get(
      '/api/administration/journal/verification',
      { schema: { tags: TAGS, summary: 'Recalcule l’empreinte de chaque ligne du journal et signale la première rompue', response: { 200: VerificationJournalSchema, ...erreursAdministration } } },
      async (request) => {
        exigerAdministrateur(request.session);
        const { lignesVerifiees, rupture } = await verifierJournal(db);
        return { intact: rupture === null, lignesVerifiees, premiereRompue: rupture };
      },
    );
  };
}
