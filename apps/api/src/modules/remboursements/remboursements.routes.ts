import multipart from '@fastify/multipart';
import { ErreurSchema } from '@mse/shared/commun/erreur.schema';
import { messageTaillePieceDemande, TAILLE_MAX_PIECE_DEMANDE } from '@mse/shared/demande/piece-demande';
import { ContexteRemboursementSchema, RemboursementDetailSchema } from '@mse/shared/remboursement/demande-remboursement.schema';
import { CLES_CRITERES_REMBOURSEMENTS, ExportRemboursementsSchema, PageRemboursementsSchema, RechercheRemboursementsSchema, RemboursementCreeSchema } from '@mse/shared/remboursement/liste.schema';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppDeps } from '../../app';
import { Introuvable } from '../../errors';
import { envoyerExport, parLots, TAILLE_LOT_EXPORT } from '../../exports/export';
import { stockageDe } from '../../fichiers/stockage';
import { envoyerFichierStocke } from '../../fichiers/telechargement';
import { exigerEmployeur } from '../../policies/espaces';
import { etablissementCourantVisible } from '../accueil/accueil.repository';
import { contexte } from '../identite/contexte';
import { dateDuJour } from '../referentiel/date-du-jour';
import { decoderCurseur, type CurseurRemboursements } from './curseur';
import { contexteRemboursement, demanderRemboursement } from './demander-remboursement';
import { CHAMP_DONNEES, FICHIERS_MAX, limitesMultipartRemboursement, lireFormulaireRemboursement } from './formulaire-remboursement';
import { COLONNES_EXPORT_REMBOURSEMENTS, presenterDetail, presenterPage } from './remboursements.presenter';
import { compterParStatut, listerRemboursements, piecesDuRemboursement, trouverPieceRemboursement, trouverRemboursement } from './remboursements.repository';

const CURSEUR_INVALIDE = 'Curseur de pagination invalide : revenez à la première page';
const REMBOURSEMENT_INTROUVABLE = 'Ce remboursement n’existe pas ou ne vous est pas accessible.';

/** The shared query schema, plus the decoding of the cursor, which only the server can read. */
const RechercheApiSchema = RechercheRemboursementsSchema.transform((r, ctx) => {
  let apres: CurseurRemboursements | null = null;
  if (r.apres !== undefined) {
    apres = decoderCurseur(r.apres);
    if (!apres || apres.onglet !== r.onglet || apres.tri !== r.tri) ctx.addIssue({ code: 'custom', path: ['apres'], message: CURSEUR_INVALIDE });
  }
  return { ...r, apres };
});

const IdUrlSchema = z.object({ id: z.string().max(64) });
const PieceUrlSchema = IdUrlSchema.extend({ pieceId: z.string().max(64) });
const erreurs = { 400: ErreurSchema, 401: ErreurSchema, 403: ErreurSchema, 404: ErreurSchema, 409: ErreurSchema, 415: ErreurSchema, 422: ErreurSchema, 429: ErreurSchema, 503: ErreurSchema };
const TAGS = ['remboursements'];
const FORMULAIRE = `Corps multipart/form-data : le champ \`${CHAMP_DONNEES}\` (JSON : cleIdempotence, montants par nature en centimes, stagiaires et heures réalisées, derniereDemande), puis les fichiers \`facture\` (une ou plusieurs), \`certificat_realisation\` et, si des salaires sont demandés, \`justificatif_salaire\` — PDF, JPEG ou PNG, ${FICHIERS_MAX} fichiers au plus.`;

/** « Mes remboursements » and « Demander un remboursement » (issue 7), on the employer's side. */
export function remboursementsRoutes(deps: AppDeps): FastifyPluginAsyncZod {
  const { db } = deps.database;
  return async (app) => {
    // Multipart is accepted by these routes only (the plugin is encapsulated in this one).
    await app.register(multipart, limitesMultipartRemboursement(TAILLE_MAX_PIECE_DEMANDE));

    app.get(
      '/api/demandes/:id/remboursement',
      { schema: { tags: TAGS, summary: 'Avant de demander un remboursement : montant engagé, déjà demandé, payé, reste, heures convenues, date limite', params: IdUrlSchema, response: { 200: ContexteRemboursementSchema, ...erreurs } } },
      async (request) => contexteRemboursement(db, exigerEmployeur(request.session), request.params.id, deps.now()),
    );

    app.post(
      '/api/demandes/:id/remboursements',
      {
        schema: {
          tags: TAGS,
          summary: 'Demander un remboursement sur un dossier « Pris en charge » ou « Facturation en cours » (idempotent sur cleIdempotence)',
          description: `${FORMULAIRE} 201 à la création, 200 avec le même remboursement si la même clé est renvoyée. 422 avec chaque champ à corriger (montants au-delà du reste, forclusion, pièce manquante) ; les heures au-delà de celles convenues sont signalées dans \`alertes\`, sans refus.`,
          consumes: ['multipart/form-data'],
          params: IdUrlSchema,
          response: { 200: RemboursementCreeSchema, 201: RemboursementCreeSchema, ...erreurs },
        },
        config: { rateLimit: { max: 20, timeWindow: '1 minute' } },
      },
      async (request, reply) => {
        const employeur = exigerEmployeur(request.session);
        const formulaire = await lireFormulaireRemboursement(request, TAILLE_MAX_PIECE_DEMANDE, messageTaillePieceDemande);
        const { cree, remboursement } = await demanderRemboursement(contexte(deps, request), employeur, request.params.id, formulaire);
        return reply.status(cree ? 201 : 200).send(remboursement);
      },
    );

    app.get(
      '/api/remboursements',
      {
        schema: {
          tags: TAGS,
          summary: 'Mes remboursements : les demandes d’un onglet (À venir, Payé, Refusé) avec les critères de la recherche avancée, et le nombre de chaque onglet',
          description: `Critères : ${CLES_CRITERES_REMBOURSEMENTS.join(', ')} ; montants en euros (« 1500,50 »), dates AAAA-MM-JJ.`,
          querystring: RechercheApiSchema,
          response: { 200: PageRemboursementsSchema, ...erreurs },
        },
      },
      async (request) => {
        const employeur = exigerEmployeur(request.session);
        const perimetre = await etablissementCourantVisible(db, employeur);
        const r = request.query;
        const [page, parStatut] = await Promise.all([listerRemboursements(db, employeur, perimetre?.id ?? null, r), compterParStatut(db, employeur, perimetre?.id ?? null, r)]);
        const filtre = CLES_CRITERES_REMBOURSEMENTS.some((k) => r[k] !== undefined);
        return presenterPage({ onglet: r.onglet, page, parStatut, filtre });
      },
    );

    app.get(
      '/api/remboursements/export',
      {
        schema: {
          tags: TAGS,
          summary: 'Exporter la liste affichée (onglet, critères, tri) : CSV (UTF-8 avec BOM, séparateur « ; ») ou XLSX, en flux',
          querystring: ExportRemboursementsSchema,
          response: erreurs,
        },
        config: { rateLimit: { max: 10, timeWindow: '1 minute' } },
      },
      async (request, reply) => {
        const employeur = exigerEmployeur(request.session);
        const perimetre = await etablissementCourantVisible(db, employeur);
        const q = request.query;
        const lots = parLots((apres: CurseurRemboursements | null) => listerRemboursements(db, employeur, perimetre?.id ?? null, { ...q, taille: TAILLE_LOT_EXPORT, apres }));
        return envoyerExport(reply, { format: q.format, nomFichier: `mes-remboursements-${q.onglet.replace('_', '-')}-${dateDuJour(deps.now())}`, nomFeuille: 'Mes remboursements', colonnes: COLONNES_EXPORT_REMBOURSEMENTS, lots });
      },
    );

    app.get(
      '/api/remboursements/:id',
      { schema: { tags: TAGS, summary: 'Un remboursement : montants par nature, heures, alertes, paiement ou motif de refus, pièces', params: IdUrlSchema, response: { 200: RemboursementDetailSchema, ...erreurs } } },
      async (request) => {
        const employeur = exigerEmployeur(request.session);
        const r = await trouverRemboursement(db, employeur, request.params.id);
        if (!r) throw new Introuvable(REMBOURSEMENT_INTROUVABLE);
        return presenterDetail(r, await piecesDuRemboursement(db, r.id));
      },
    );

    app.get(
      '/api/remboursements/:id/pieces/:pieceId',
      { schema: { tags: TAGS, summary: 'Télécharger une pièce d’un remboursement', params: PieceUrlSchema, response: erreurs } },
      async (request, reply) => {
        const piece = await trouverPieceRemboursement(db, exigerEmployeur(request.session), request.params.id, request.params.pieceId);
        if (!piece) throw new Introuvable('Cette pièce n’existe pas ou ne vous est pas accessible.');
        return envoyerFichierStocke(reply, stockageDe(deps.config), { nom: piece.nomFichier, type: piece.typeMime, cle: piece.cle, sha256: piece.sha256 });
      },
    );
  };
}
