import multipart from '@fastify/multipart';
import { ErreurSchema } from '@mse/shared/commun/erreur.schema';
import { AnnulerDossierSchema, CorrigerChampsSchema, DossierSchema, FilDossierSchema } from '@mse/shared/dossier/dossier.schema';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppDeps } from '../../app';
import type { Db } from '../../db/database';
import { Introuvable } from '../../errors';
import { stockageDe } from '../../fichiers/stockage';
import { actionsDossier } from '../../policies/demandes';
import { exigerEmployeur, type Employeur } from '../../policies/espaces';
import { exigerInstructeur } from '../../policies/instruction';
import { LIMITES_MULTIPART, lireFormulaireMultipart } from '../aide/formulaire-multipart';
import { envoyerPieceJointe } from '../aide/telecharger-piece-jointe';
import { introuvable } from '../demandes/regles-brouillon';
import { contexte } from '../identite/contexte';
import { annulerParLEmployeur } from './annuler-par-l-employeur';
import { consulterDossier } from './consulter-dossier';
import { corrigerChamps } from './corriger-champs';
import { presenterFil } from './dossier.presenter';
import { filDuDossier, pieceJointeDuDossier, suiviDemande, suiviDemandeParNumero } from './dossier.repository';
import { DOSSIER_INTROUVABLE_OPCO, ecrireMessage } from './ecrire-message';
import { envoyerComplements } from './envoyer-complements';
import { envoyerLettreDecision } from './lettre-decision';

// A malformed id answers like a request of another account: 404.
const IdUrlSchema = z.object({ id: z.string().max(64) });
const NumeroUrlSchema = z.object({ numero: z.string().max(40) });
const erreurs = { 400: ErreurSchema, 401: ErreurSchema, 403: ErreurSchema, 404: ErreurSchema, 409: ErreurSchema, 415: ErreurSchema, 422: ErreurSchema, 429: ErreurSchema };
const TAGS = ['dossier'];
const FORMULAIRE_MESSAGE = 'Corps multipart/form-data : le champ `message` et, facultative, la pièce jointe `pieceJointe` (PDF, JPEG ou PNG, 5 Mo au plus, type lu dans le contenu du fichier).';
const introuvableOpco = () => new Introuvable(DOSSIER_INTROUVABLE_OPCO);

/** « Mes financements » → one sent request: its dossier page, the employer's commands on it, and its thread with the OPCO (both sides). */
export function dossierRoutes(deps: AppDeps): FastifyPluginAsyncZod {
  const { db } = deps.database;
  const opco = deps.config.opco.nom;

  async function fil(db_: Db, employeur: Employeur, id: string) {
    const suivi = await suiviDemande(db_, employeur, id);
    if (!suivi) throw introuvable();
    return presenterFil(await filDuDossier(db_, suivi.id), opco, actionsDossier(employeur, suivi).includes('ecrireMessage'));
  }

  async function filOpco(numero: string) {
    const suivi = await suiviDemandeParNumero(db, numero);
    if (!suivi) throw introuvableOpco();
    return presenterFil(await filDuDossier(db, suivi.id), opco, true);
  }

  return async (app) => {
    // Multipart (a message's attachment) is accepted by these routes only.
    await app.register(multipart, LIMITES_MULTIPART);

    app.get(
      '/api/demandes/:id/dossier',
      { schema: { tags: TAGS, summary: 'La page d’une demande envoyée : contenu, historique, compléments attendus, montant engagé, paiements, actions', params: IdUrlSchema, response: { 200: DossierSchema, ...erreurs } } },
      async (request) => consulterDossier(db, exigerEmployeur(request.session), request.params.id),
    );

    app.post(
      '/api/demandes/:id/annulation',
      { schema: { tags: TAGS, summary: 'Annuler une demande pas encore décidée, avec son motif', params: IdUrlSchema, body: AnnulerDossierSchema, response: { 200: DossierSchema, ...erreurs } } },
      async (request) => {
        const employeur = exigerEmployeur(request.session);
        await annulerParLEmployeur(contexte(deps, request), employeur, request.params.id, request.body.motif);
        return consulterDossier(db, employeur, request.params.id);
      },
    );

    app.put(
      '/api/demandes/:id/complements/champs',
      {
        schema: {
          tags: TAGS,
          summary: '« À compléter » : corriger les informations nommées par le gestionnaire (elles seules)',
          description: '`valeurs` : chemin du champ dans le formulaire → nouvelle valeur. Un champ non demandé, ou une valeur que les règles du formulaire refusent : 422 avec le message sur le champ.',
          params: IdUrlSchema,
          body: CorrigerChampsSchema,
          response: { 200: DossierSchema, ...erreurs },
        },
      },
      async (request) => {
        const employeur = exigerEmployeur(request.session);
        await corrigerChamps(contexte(deps, request), employeur, request.params.id, request.body);
        return consulterDossier(db, employeur, request.params.id);
      },
    );

    app.post(
      '/api/demandes/:id/envoyer-complements',
      {
        schema: {
          tags: TAGS,
          summary: '« Envoyer les compléments » : la demande repart en cours de traitement, le délai légal repart de ce jour',
          description: '422 tant qu’une pièce demandée n’a pas été déposée à nouveau, ou qu’une information demandée reste incorrecte.',
          params: IdUrlSchema,
          response: { 200: DossierSchema, ...erreurs },
        },
        config: { rateLimit: { max: 20, timeWindow: '1 minute' } },
      },
      async (request) => {
        const employeur = exigerEmployeur(request.session);
        await envoyerComplements(contexte(deps, request), employeur, request.params.id);
        return consulterDossier(db, employeur, request.params.id);
      },
    );

    app.get(
      '/api/demandes/:id/lettre-decision.pdf',
      { schema: { tags: TAGS, summary: 'La lettre de décision (PDF) d’une demande acceptée ou refusée', params: IdUrlSchema, response: erreurs } },
      async (request, reply) => envoyerLettreDecision(reply, db, await suiviDemande(db, exigerEmployeur(request.session), request.params.id), opco, introuvable),
    );

    app.get(
      '/api/demandes/:id/messages',
      { schema: { tags: TAGS, summary: 'Le fil des messages avec l’OPCO sur une demande', params: IdUrlSchema, response: { 200: FilDossierSchema, ...erreurs } } },
      async (request) => fil(db, exigerEmployeur(request.session), request.params.id),
    );

    app.post(
      '/api/demandes/:id/messages',
      {
        schema: { tags: TAGS, summary: 'Écrire à l’OPCO sur une demande (le gestionnaire est prévenu par email)', description: FORMULAIRE_MESSAGE, consumes: ['multipart/form-data'], params: IdUrlSchema, response: { 201: FilDossierSchema, ...erreurs } },
        config: { rateLimit: { max: 20, timeWindow: '1 minute' } },
      },
      async (request, reply) => {
        const employeur = exigerEmployeur(request.session);
        await ecrireMessage(contexte(deps, request), { type: 'entreprise', employeur, id: request.params.id }, await lireFormulaireMultipart(request));
        return reply.status(201).send(await fil(db, employeur, request.params.id));
      },
    );

    app.get(
      '/api/demandes/:id/messages/pieces/:pieceId',
      { schema: { tags: TAGS, summary: 'Télécharger une pièce jointe du fil', params: IdUrlSchema.extend({ pieceId: z.string().max(64) }) } },
      async (request, reply) => {
        const suivi = await suiviDemande(db, exigerEmployeur(request.session), request.params.id);
        return envoyerPieceJointe(reply, stockageDe(deps.config), suivi ? await pieceJointeDuDossier(db, suivi.id, request.params.pieceId) : undefined);
      },
    );

    app.get(
      '/api/opco/demandes/:numero/messages',
      { schema: { tags: [...TAGS, 'back office'], summary: 'Le fil des messages avec l’entreprise sur une demande', params: NumeroUrlSchema, response: { 200: FilDossierSchema, ...erreurs } } },
      async (request) => {
        exigerInstructeur(request.session);
        return filOpco(request.params.numero);
      },
    );

    app.post(
      '/api/opco/demandes/:numero/messages',
      {
        schema: { tags: [...TAGS, 'back office'], summary: 'Écrire à l’entreprise sur une demande (prévenue par email)', description: FORMULAIRE_MESSAGE, consumes: ['multipart/form-data'], params: NumeroUrlSchema, response: { 201: FilDossierSchema, ...erreurs } },
        // Each message sends an e-mail: a stolen staff session must not flood the companies.
        config: { rateLimit: { max: 30, timeWindow: '1 minute' } },
      },
      async (request, reply) => {
        const personnel = exigerInstructeur(request.session);
        await ecrireMessage(contexte(deps, request), { type: 'opco', personnel, numero: request.params.numero }, await lireFormulaireMultipart(request));
        return reply.status(201).send(await filOpco(request.params.numero));
      },
    );

    app.get(
      '/api/opco/demandes/:numero/messages/pieces/:pieceId',
      { schema: { tags: [...TAGS, 'back office'], summary: 'Télécharger une pièce jointe du fil', params: NumeroUrlSchema.extend({ pieceId: z.string().max(64) }) } },
      async (request, reply) => {
        exigerInstructeur(request.session);
        const suivi = await suiviDemandeParNumero(db, request.params.numero);
        return envoyerPieceJointe(reply, stockageDe(deps.config), suivi ? await pieceJointeDuDossier(db, suivi.id, request.params.pieceId) : undefined);
      },
    );

    app.get(
      '/api/opco/demandes/:numero/lettre-decision.pdf',
      { schema: { tags: [...TAGS, 'back office'], summary: 'La lettre de décision (PDF) d’une demande acceptée ou refusée', params: NumeroUrlSchema, response: erreurs } },
      async (request, reply) => {
        exigerInstructeur(request.session);
        return envoyerLettreDecision(reply, db, await suiviDemandeParNumero(db, request.params.numero), opco, introuvableOpco);
      },
    );
  };
}
