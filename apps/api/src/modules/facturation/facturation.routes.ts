import { ErreurSchema } from '@mse/shared/commun/erreur.schema';
import {
  AccepterRemboursementSchema, FiltreRemboursementsSchema, LotsPaiementSchema, MarquerPayeSchema, PageRemboursementsOpcoSchema, RefuserRemboursementSchema, RemboursementOpcoSchema,
} from '@mse/shared/facturation/facturation.schema';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppDeps } from '../../app';
import { Introuvable } from '../../errors';
import { lireFichier, stockageDe } from '../../fichiers/stockage';
import { dispositionPieceJointe } from '../../fichiers/telechargement';
import { actionsRemboursement, exigerGestionDesLots, exigerPersonnelFacturation, peutGererLesLots } from '../../policies/facturation';
import type { Instructeur } from '../../policies/instruction';
import { contexte } from '../identite/contexte';
import { accepterRemboursement } from './accepter-remboursement';
import { decoderCurseur, encoderCurseur } from './curseur';
import { envoyerExportLot, lotAExporter } from './export-lot';
import {
  compterEtapes, enAttenteDeLot, listerLots, listerRemboursements, motifAcceptation, pieceDuRemboursement, piecesDuRemboursement, sommesDuDossier, trouverRemboursementOpco,
} from './facturation.repository';
import { presenterDetail, presenterLigne, presenterLot, TYPES_AFFICHABLES } from './facturation.presenter';
import { journaliser, REMBOURSEMENT_INTROUVABLE } from './journal';
import { marquerLotPaye } from './marquer-lot-paye';
import { preparerLotPaiement } from './preparer-lot-paiement';
import { refuserRemboursement } from './refuser-remboursement';
import { transaction } from '../../db/transaction';

const erreurs = { 400: ErreurSchema, 401: ErreurSchema, 403: ErreurSchema, 404: ErreurSchema, 409: ErreurSchema, 422: ErreurSchema };
const NumeroUrlSchema = z.object({ numero: z.string().max(40) });
const PieceUrlSchema = NumeroUrlSchema.extend({ pieceId: z.uuid({ error: 'Pièce inconnue' }) });
const TAILLE_PAGE = 50;
const LOTS_AFFICHES = 100;

/** Back office « Facturation »: the queue of reimbursement claims, one claim's examination, the decisions, the payment batches. */
export function facturationRoutes(deps: AppDeps): FastifyPluginAsyncZod {
  const { db } = deps.database;

  async function detail(personnel: Instructeur, numero: string) {
    const trouve = await trouverRemboursementOpco(db, numero);
    if (!trouve) throw new Introuvable(REMBOURSEMENT_INTROUVABLE);
    const { remboursement: r, dossier } = trouve;
    return presenterDetail({
      trouve,
      sommes: await sommesDuDossier(db, dossier.id, r.id),
      pieces: await piecesDuRemboursement(db, r.id),
      motifAcceptation: r.accepteLe ? await motifAcceptation(db, r.id) : null,
      actions: actionsRemboursement(personnel, r, dossier),
    });
  }

  async function lots(personnel: Instructeur) {
    return { lots: (await listerLots(db, LOTS_AFFICHES)).map(presenterLot), enAttente: await enAttenteDeLot(db), peutGerer: peutGererLesLots(personnel) };
  }

  return async (app) => {
    const tags = ['facturation', 'back office'];

    app.get(
      '/api/opco/remboursements',
      { schema: { tags, summary: 'La corbeille facturation : les demandes de remboursement, les plus anciennes d’abord', querystring: FiltreRemboursementsSchema, response: { 200: PageRemboursementsOpcoSchema, ...erreurs } } },
      async (request) => {
        exigerPersonnelFacturation(request.session);
        const { apres, ...filtre } = request.query;
        const page = await listerRemboursements(db, { ...filtre, apres: decoderCurseur(apres, filtre.etape), taille: TAILLE_PAGE });
        return { remboursements: page.lignes.map(presenterLigne), suivant: page.suivant ? encoderCurseur(page.suivant) : null, compteurs: await compterEtapes(db) };
      },
    );

    app.get(
      '/api/opco/remboursements/:numero',
      { schema: { tags, summary: 'Une demande de remboursement face à l’engagement du dossier : montants, heures, délai, pièces, historique et actions permises', params: NumeroUrlSchema, response: { 200: RemboursementOpcoSchema, ...erreurs } } },
      async (request) => detail(exigerPersonnelFacturation(request.session), request.params.numero),
    );

    app.get(
      '/api/opco/remboursements/:numero/pieces/:pieceId',
      { schema: { tags, summary: 'Afficher une pièce de la demande (PDF ou image dans la page ; sinon téléchargement)', params: PieceUrlSchema } },
      async (request, reply) => {
        exigerPersonnelFacturation(request.session);
        const piece = await pieceDuRemboursement(db, request.params.numero, request.params.pieceId);
        if (!piece) throw new Introuvable('Cette pièce n’existe pas.');
        const octets = await lireFichier(stockageDe(deps.config), piece);
        const enLigne = TYPES_AFFICHABLES.has(piece.type);
        const disposition = dispositionPieceJointe(piece.nom);
        return reply
          .header('content-type', piece.type)
          .header('content-disposition', enLigne ? disposition.replace(/^attachment/, 'inline') : disposition)
          .header('cache-control', 'private, no-store')
          .header('x-content-type-options', 'nosniff')
          // Shown in the examination page's frame (same origin only); no script of the page's origin runs in it.
          .header('content-security-policy', "default-src 'none'; img-src 'self'; style-src 'unsafe-inline'; frame-ancestors 'self'")
          .header('x-frame-options', 'SAMEORIGIN')
          .send(octets);
      },
    );

    const decision = { tags, params: NumeroUrlSchema, response: { 200: RemboursementOpcoSchema, ...erreurs } };

    app.post('/api/opco/remboursements/:numero/accepter', { schema: { ...decision, body: AccepterRemboursementSchema, summary: 'Accepter la demande (en tout ou en partie, avec son motif)' } }, async (request) => {
      const personnel = exigerPersonnelFacturation(request.session);
      await accepterRemboursement(contexte(deps, request), personnel, request.params.numero, request.body);
      return detail(personnel, request.params.numero);
    });

    app.post('/api/opco/remboursements/:numero/refuser', { schema: { ...decision, body: RefuserRemboursementSchema, summary: 'Refuser la demande, avec son motif' } }, async (request) => {
      const personnel = exigerPersonnelFacturation(request.session);
      await refuserRemboursement(contexte(deps, request), personnel, request.params.numero, request.body);
      return detail(personnel, request.params.numero);
    });

    app.get('/api/opco/lots-paiement', { schema: { tags, summary: 'Les lots de paiement, et les remboursements acceptés qui attendent un lot', response: { 200: LotsPaiementSchema, ...erreurs } } }, async (request) =>
      lots(exigerPersonnelFacturation(request.session)),
    );

    app.post(
      '/api/opco/lots-paiement',
      { schema: { tags, summary: 'Préparer un lot de paiement avec tous les remboursements acceptés (superviseur, administrateur)', response: { 200: LotsPaiementSchema.extend({ numero: z.string() }), ...erreurs } } },
      async (request) => {
        const personnel = exigerPersonnelFacturation(request.session);
        const numero = await preparerLotPaiement(contexte(deps, request), personnel);
        return { numero, ...(await lots(personnel)) };
      },
    );

    app.get(
      '/api/opco/lots-paiement/:numero/export.csv',
      { schema: { tags, summary: 'Export comptable du lot (CSV : UTF-8 avec BOM, « ; », une ligne par remboursement avec sa référence de paiement, sans coordonnées bancaires)', params: NumeroUrlSchema } },
      async (request, reply) => {
        const personnel = exigerPersonnelFacturation(request.session);
        exigerGestionDesLots(personnel);
        const lot = await lotAExporter(db, request.params.numero);
        await transaction(deps.database, deps.boss, (tx) => journaliser(tx, contexte(deps, request), personnel, 'lot_paiement_exporter', { numero: lot.numero, nombre: lot.nombre }));
        return envoyerExportLot(db, reply, lot);
      },
    );

    app.post(
      '/api/opco/lots-paiement/:numero/payer',
      { schema: { tags, summary: 'Marquer le lot comme payé : chaque remboursement passe « Payé », les dossiers sans reste dû passent « Soldé »', params: NumeroUrlSchema, body: MarquerPayeSchema, response: { 200: LotsPaiementSchema, ...erreurs } } },
      async (request) => {
        const personnel = exigerPersonnelFacturation(request.session);
        await marquerLotPaye(contexte(deps, request), personnel, request.params.numero, request.body.payeLe);
        return lots(personnel);
      },
    );
  };
}
