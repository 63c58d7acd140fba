import multipart from '@fastify/multipart';
import {
  AccuseEnvoiAssistanceSchema, DemandeAssistanceDetailSchema, DemandeAssistanceOpcoSchema, FiltreAssistanceOpcoSchema,
  MESSAGE_DEMANDE_PUBLIQUE_ENVOYEE, MesDemandesAssistanceSchema, NouveauMessageAssistanceSchema, PageDemandesAssistanceOpcoSchema,
} from '@mse/shared/aide/demande-assistance.schema';
import { ErreurSchema } from '@mse/shared/commun/erreur.schema';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppDeps } from '../../app';
import { Introuvable } from '../../errors';
import { stockageDe } from '../../fichiers/stockage';
import { demandeAssistanceVisiblePar, exigerPersonnelAssistance } from '../../policies/aide';
import { exigerEmployeur } from '../../policies/espaces';
import { contexte } from '../identite/contexte';
import { fileDemandesAssistance, mesDemandesAssistance, trouverDemandeAssistance, trouverPieceJointe } from './assistance.repository';
import { presenterDetail, presenterPourOpco, presenterResume } from './assistance.presenter';
import { decoderCurseur, encoderCurseur } from './curseur-assistance';
import { relancerDemandeAssistance, repondreDemandeAssistance } from './ecrire-dans-demande-assistance';
import { envoyerDemandeAssistance } from './envoyer-demande-assistance';
import { exigerFormulaireDuPortail, LIMITES_MULTIPART, lireFormulaireMultipart } from './formulaire-multipart';
import { envoyerPieceJointe } from './telecharger-piece-jointe';

const erreurs = { 400: ErreurSchema, 401: ErreurSchema, 403: ErreurSchema, 404: ErreurSchema, 409: ErreurSchema, 415: ErreurSchema, 422: ErreurSchema, 429: ErreurSchema };
const NumeroUrlSchema = z.object({ numero: z.string().max(40) });
const PieceUrlSchema = NumeroUrlSchema.extend({ pieceId: z.uuid() });
const TAILLE_FILE = 50;
const FORMULAIRE =
  'Corps multipart/form-data : les champs du formulaire (voir DemandeAssistanceSchema du paquet partagé) et, facultative, la pièce jointe `pieceJointe` (PDF, JPEG ou PNG, 5 Mo au plus, type lu dans le contenu du fichier).';

/** "3 - Contacter l’assistance", "Mes demandes d’assistance", and the back office's support queue. */
export function assistanceRoutes(deps: AppDeps): FastifyPluginAsyncZod {
  const { db } = deps.database;
  return async (app) => {
    // Multipart is accepted by these routes only (the plugin is encapsulated in this one).
    await app.register(multipart, LIMITES_MULTIPART);

    app.post(
      '/api/assistance/demandes',
      {
        schema: { tags: ['assistance'], summary: 'Contacter l’assistance (employeur connecté)', description: FORMULAIRE, consumes: ['multipart/form-data'], response: { 200: AccuseEnvoiAssistanceSchema, ...erreurs } },
        config: { rateLimit: { max: 10, timeWindow: '1 minute' } },
      },
      async (request) => {
        const employeur = exigerEmployeur(request.session);
        const { numero } = await envoyerDemandeAssistance(contexte(deps, request), { type: 'employeur', employeur }, await lireFormulaireMultipart(request));
        return { numero, message: `Votre demande d’assistance n° ${numero} est envoyée. Un message de confirmation vous a été adressé par email.` };
      },
    );

    app.post(
      '/api/assistance/demandes-publiques',
      {
        schema: {
          tags: ['assistance'],
          summary: 'Contacter l’assistance sans pouvoir se connecter (depuis la page de connexion)',
          description: `${FORMULAIRE} En-tête obligatoire : x-mse-formulaire: assistance. La réponse est la même que l’adresse ait un compte ou non.`,
          consumes: ['multipart/form-data'],
          response: { 200: AccuseEnvoiAssistanceSchema, ...erreurs },
        },
        config: { rateLimit: { max: 10, timeWindow: '1 minute' } },
      },
      async (request) => {
        exigerFormulaireDuPortail(request);
        await envoyerDemandeAssistance(contexte(deps, request), { type: 'visiteur' }, await lireFormulaireMultipart(request));
        return { numero: null, message: MESSAGE_DEMANDE_PUBLIQUE_ENVOYEE };
      },
    );

    app.get(
      '/api/assistance/demandes',
      { schema: { tags: ['assistance'], summary: 'Mes demandes d’assistance', response: { 200: MesDemandesAssistanceSchema, ...erreurs } } },
      async (request) => {
        const employeur = exigerEmployeur(request.session);
        return { demandes: (await mesDemandesAssistance(db, demandeAssistanceVisiblePar(employeur))).map(presenterResume) };
      },
    );

    app.get(
      '/api/assistance/demandes/:numero',
      { schema: { tags: ['assistance'], summary: 'Une de mes demandes d’assistance, avec les réponses', params: NumeroUrlSchema, response: { 200: DemandeAssistanceDetailSchema, ...erreurs } } },
      async (request) => {
        const employeur = exigerEmployeur(request.session);
        const trouvee = await trouverDemandeAssistance(db, request.params.numero, demandeAssistanceVisiblePar(employeur));
        if (!trouvee) throw new Introuvable('Cette demande d’assistance n’existe pas ou ne vous est pas accessible.');
        return presenterDetail(trouvee, 'entreprise', deps.config.opco.nom);
      },
    );

    app.post(
      '/api/assistance/demandes/:numero/messages',
      {
        schema: { tags: ['assistance'], summary: 'Écrire à nouveau dans une de mes demandes d’assistance', params: NumeroUrlSchema, body: NouveauMessageAssistanceSchema, response: { 200: DemandeAssistanceDetailSchema, ...erreurs } },
        config: { rateLimit: { max: 10, timeWindow: '1 minute' } },
      },
      async (request) => {
        const employeur = exigerEmployeur(request.session);
        const visible = demandeAssistanceVisiblePar(employeur);
        await relancerDemandeAssistance(contexte(deps, request), employeur, request.params.numero, visible, request.body.message);
        return presenterDetail((await trouverDemandeAssistance(db, request.params.numero, visible))!, 'entreprise', deps.config.opco.nom);
      },
    );

    app.get(
      '/api/assistance/demandes/:numero/pieces/:pieceId',
      { schema: { tags: ['assistance'], summary: 'Télécharger une pièce jointe de ma demande', params: PieceUrlSchema } },
      async (request, reply) => {
        const employeur = exigerEmployeur(request.session);
        const piece = await trouverPieceJointe(db, request.params.numero, request.params.pieceId, demandeAssistanceVisiblePar(employeur));
        return envoyerPieceJointe(reply, stockageDe(deps.config), piece);
      },
    );

    app.get(
      '/api/opco/assistance',
      {
        schema: {
          tags: ['assistance', 'back office'],
          summary: 'Les demandes d’assistance (en attente : les plus anciennes d’abord)',
          querystring: FiltreAssistanceOpcoSchema,
          response: { 200: PageDemandesAssistanceOpcoSchema, ...erreurs },
        },
      },
      async (request) => {
        exigerPersonnelAssistance(request.session);
        const { statut, apres } = request.query;
        const page = await fileDemandesAssistance(db, { statut, apres: decoderCurseur(apres), taille: TAILLE_FILE });
        return {
          demandes: page.lignes.map((l) => ({ ...presenterResume(l), contact: `${l.nomContact} <${l.emailContact}>` })),
          suivant: page.suivant ? encoderCurseur(page.suivant) : null,
        };
      },
    );

    app.get(
      '/api/opco/assistance/:numero',
      { schema: { tags: ['assistance', 'back office'], summary: 'Une demande d’assistance et son fil', params: NumeroUrlSchema, response: { 200: DemandeAssistanceOpcoSchema, ...erreurs } } },
      async (request) => {
        exigerPersonnelAssistance(request.session);
        const trouvee = await trouverDemandeAssistance(db, request.params.numero, undefined);
        if (!trouvee) throw new Introuvable('Cette demande d’assistance n’existe pas.');
        return presenterPourOpco(trouvee, deps.config.opco.nom);
      },
    );

    app.post(
      '/api/opco/assistance/:numero/reponses',
      {
        schema: { tags: ['assistance', 'back office'], summary: 'Répondre à une demande d’assistance (envoyé aussi par email)', params: NumeroUrlSchema, body: NouveauMessageAssistanceSchema, response: { 200: DemandeAssistanceOpcoSchema, ...erreurs } },
      },
      async (request) => {
        const personnel = exigerPersonnelAssistance(request.session);
        await repondreDemandeAssistance(contexte(deps, request), personnel, request.params.numero, request.body.message);
        return presenterPourOpco((await trouverDemandeAssistance(db, request.params.numero, undefined))!, deps.config.opco.nom);
      },
    );

    app.get(
      '/api/opco/assistance/:numero/pieces/:pieceId',
      { schema: { tags: ['assistance', 'back office'], summary: 'Télécharger une pièce jointe', params: PieceUrlSchema } },
      async (request, reply) => {
        exigerPersonnelAssistance(request.session);
        const piece = await trouverPieceJointe(db, request.params.numero, request.params.pieceId, undefined);
        return envoyerPieceJointe(reply, stockageDe(deps.config), piece);
      },
    );
  };
}
