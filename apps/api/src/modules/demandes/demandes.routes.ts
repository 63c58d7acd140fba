import multipart from '@fastify/multipart';
import { ErreurSchema } from '@mse/shared/commun/erreur.schema';
import {
  BrouillonEnregistreSchema, ConflitVersionSchema, CreerBrouillonSchema, DemandeDetailSchema, EligibilitesSchema, EnregistrerBrouillonSchema, EnvoiRefuseSchema,
  EnvoyerDemandeSchema, PieceDemandeSchema,
} from '@mse/shared/demande/demande.schema';
import { LIMITES_PIECE_DEMANDE, messageTaillePieceDemande, TAILLE_MAX_PIECE_DEMANDE } from '@mse/shared/demande/piece-demande';
import { SiretSchema } from '@mse/shared/identifiants/identifiants.schema';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppDeps } from '../../app';
import type { Db } from '../../db/database';
import { Introuvable } from '../../errors';
import { limitesMultipart, lireFormulaireMultipart } from '../../fichiers/multipart';
import { stockageDe } from '../../fichiers/stockage';
import { envoyerFichierStocke } from '../../fichiers/telechargement';
import { exigerEmployeur, type Employeur } from '../../policies/espaces';
import { contexte } from '../identite/contexte';
import { creerBrouillon } from './creer-brouillon';
import { presenterDemande } from './demande.presenter';
import { piecesDeLaDemande, trouverDemande, trouverPiece } from './demandes.repository';
import { CHAMP_FICHIER, deposerPiece } from './deposer-piece';
import { dupliquerDemande } from './dupliquer-demande';
import { eligibilitesDeLEtablissement } from './eligibilites';
import { enregistrerBrouillon } from './enregistrer-brouillon';
import { envoyerDemande } from './envoyer-demande';
import { introuvable } from './regles-brouillon';
import { retirerPiece } from './retirer-piece';
import { supprimerBrouillon } from './supprimer-brouillon';
import { envoyerRecepisse } from './telecharger-recepisse';

// A malformed id answers like a request of another account: 404.
const IdUrlSchema = z.object({ id: z.string().max(64) });
const PieceUrlSchema = IdUrlSchema.extend({ pieceId: z.string().max(64) });
const erreurs = { 400: ErreurSchema, 401: ErreurSchema, 403: ErreurSchema, 404: ErreurSchema, 409: ErreurSchema, 415: ErreurSchema, 422: ErreurSchema, 429: ErreurSchema, 503: ErreurSchema };
const conflitOuErreur = z.union([ConflitVersionSchema, ErreurSchema]);
const TAGS = ['demandes de financement'];
const FORMULAIRE_PIECE = `Corps multipart/form-data : le champ \`type\` (code d’une pièce que demande le dispositif, voir piecesRequises), puis le fichier \`${CHAMP_FICHIER}\`. ${LIMITES_PIECE_DEMANDE} Le type est lu dans le contenu du fichier ; un fichier du même type remplace le précédent.`;

async function detail(db: Db, employeur: Employeur, id: string) {
  const demande = await trouverDemande(db, employeur, id);
  if (!demande) throw introuvable();
  return presenterDemande(demande, await piecesDeLaDemande(db, demande.id), employeur);
}

/** "Demander un financement": drafts saved as they are typed, pieces justificatives, sending and receipt. */
export function demandesRoutes(deps: AppDeps): FastifyPluginAsyncZod {
  const { db } = deps.database;
  return async (app) => {
    // Multipart is accepted by these routes only (the plugin is encapsulated in this one).
    await app.register(multipart, limitesMultipart(TAILLE_MAX_PIECE_DEMANDE));

    app.get(
      '/api/demandes/dispositifs',
      {
        schema: {
          tags: TAGS,
          summary: 'Les dispositifs qu’un établissement peut demander, et pourquoi pas les autres',
          description: 'Par défaut, l’établissement sur lequel la personne travaille (ou son seul établissement).',
          querystring: z.object({ siret: SiretSchema.optional() }),
          response: { 200: EligibilitesSchema, ...erreurs },
        },
      },
      async (request) => eligibilitesDeLEtablissement(db, exigerEmployeur(request.session), request.query.siret),
    );

    app.post(
      '/api/demandes',
      {
        schema: {
          tags: TAGS,
          summary: 'Créer le brouillon d’une demande (idempotent sur l’identifiant choisi par le navigateur)',
          description: '201 à la création ; 200 avec le brouillon existant si le même identifiant est renvoyé. Le bloc employeur est prérempli depuis l’annuaire, sous ce que la personne a déjà tapé.',
          body: CreerBrouillonSchema,
          response: { 200: DemandeDetailSchema, 201: DemandeDetailSchema, ...erreurs },
        },
        config: { rateLimit: { max: 60, timeWindow: '1 minute' } },
      },
      async (request, reply) => {
        const employeur = exigerEmployeur(request.session);
        const { id, cree } = await creerBrouillon(contexte(deps, request), employeur, request.body);
        return reply.status(cree ? 201 : 200).send(await detail(db, employeur, id));
      },
    );

    app.get(
      '/api/demandes/:id',
      { schema: { tags: TAGS, summary: 'Une demande : son contenu, ses pièces et les actions permises', params: IdUrlSchema, response: { 200: DemandeDetailSchema, ...erreurs } } },
      async (request) => detail(db, exigerEmployeur(request.session), request.params.id),
    );

    app.put(
      '/api/demandes/:id',
      {
        schema: {
          tags: TAGS,
          summary: 'Enregistrer le contenu d’un brouillon (jamais refusé pour ce qu’il contient)',
          description: '409 `version_perimee` avec qui et quand si une autre version a été enregistrée depuis ; 409 `demande_envoyee` pour une demande déjà envoyée.',
          params: IdUrlSchema,
          body: EnregistrerBrouillonSchema,
          response: { 200: BrouillonEnregistreSchema, ...erreurs, 409: conflitOuErreur },
        },
      },
      async (request) => enregistrerBrouillon(contexte(deps, request), exigerEmployeur(request.session), request.params.id, request.body),
    );

    app.delete(
      '/api/demandes/:id',
      { schema: { tags: TAGS, summary: 'Supprimer un brouillon et ses pièces', params: IdUrlSchema, response: { 204: z.null(), ...erreurs } } },
      async (request, reply) => {
        await supprimerBrouillon(contexte(deps, request), exigerEmployeur(request.session), request.params.id);
        return reply.status(204).send(null);
      },
    );

    app.post(
      '/api/demandes/:id/duplication',
      { schema: { tags: TAGS, summary: 'Dupliquer une demande dans un nouveau brouillon (sans ses pièces ni son numéro)', params: IdUrlSchema, response: { 201: DemandeDetailSchema, ...erreurs } } },
      async (request, reply) => {
        const employeur = exigerEmployeur(request.session);
        const id = await dupliquerDemande(contexte(deps, request), employeur, request.params.id);
        return reply.status(201).send(await detail(db, employeur, id));
      },
    );

    app.post(
      '/api/demandes/:id/pieces',
      {
        schema: { tags: TAGS, summary: 'Déposer une pièce justificative', description: FORMULAIRE_PIECE, consumes: ['multipart/form-data'], params: IdUrlSchema, response: { 201: PieceDemandeSchema, ...erreurs } },
        config: { rateLimit: { max: 30, timeWindow: '1 minute' } },
      },
      async (request, reply) => {
        const employeur = exigerEmployeur(request.session);
        const formulaire = await lireFormulaireMultipart(request, { champFichier: CHAMP_FICHIER, tailleMax: TAILLE_MAX_PIECE_DEMANDE, messageTaille: messageTaillePieceDemande });
        return reply.status(201).send(await deposerPiece(contexte(deps, request), employeur, request.params.id, formulaire));
      },
    );

    app.get(
      '/api/demandes/:id/pieces/:pieceId',
      { schema: { tags: TAGS, summary: 'Télécharger une pièce justificative', params: PieceUrlSchema, response: erreurs } },
      async (request, reply) => {
        const piece = await trouverPiece(db, exigerEmployeur(request.session), request.params.id, request.params.pieceId);
        if (!piece) throw new Introuvable('Cette pièce n’existe pas ou ne vous est pas accessible.');
        return envoyerFichierStocke(reply, stockageDe(deps.config), { nom: piece.nomFichier, type: piece.typeMime, cle: piece.cle, sha256: piece.sha256 });
      },
    );

    app.delete(
      '/api/demandes/:id/pieces/:pieceId',
      { schema: { tags: TAGS, summary: 'Retirer une pièce d’un brouillon', params: PieceUrlSchema, response: { 204: z.null(), ...erreurs } } },
      async (request, reply) => {
        await retirerPiece(contexte(deps, request), exigerEmployeur(request.session), request.params.id, request.params.pieceId);
        return reply.status(204).send(null);
      },
    );

    app.post(
      '/api/demandes/:id/envoi',
      {
        schema: {
          tags: TAGS,
          summary: 'Envoyer la demande : numéro de dossier, estimation, accusé de réception',
          description:
            'Renvoyer une demande déjà envoyée répond la même demande (double clic, nouvel essai après une coupure). 422 `demande_incomplete` avec chaque point à corriger (chemin du champ, ou pieces.<type>) et les avertissements ; 409 `version_perimee` si une autre version a été enregistrée.',
          params: IdUrlSchema,
          body: EnvoyerDemandeSchema,
          response: { 200: DemandeDetailSchema, ...erreurs, 409: conflitOuErreur, 422: z.union([EnvoiRefuseSchema, ErreurSchema]) },
        },
        config: { rateLimit: { max: 20, timeWindow: '1 minute' } },
      },
      async (request) => {
        const employeur = exigerEmployeur(request.session);
        await envoyerDemande(contexte(deps, request), employeur, request.params.id, request.body.version);
        return detail(db, employeur, request.params.id);
      },
    );

    app.get(
      '/api/demandes/:id/recepisse.pdf',
      { schema: { tags: TAGS, summary: 'Le récapitulatif PDF d’une demande envoyée (numéro, heure d’envoi, contenu, pièces et leurs empreintes)', params: IdUrlSchema, response: erreurs } },
      async (request, reply) => envoyerRecepisse(reply, db, exigerEmployeur(request.session), request.params.id, deps.config.opco.nom),
    );
  };
}
