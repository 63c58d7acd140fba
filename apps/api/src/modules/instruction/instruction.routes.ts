import { ErreurSchema } from '@mse/shared/commun/erreur.schema';
import { delaisDecision, dernierJourEnAlerte } from '@mse/shared/instruction/delai-legal';
import {
  AccepterSchema, AnnulerSchema, AttribuerEnMasseSchema, AttribuerSchema, CompteursCorbeillesSchema, DemandeOpcoSchema, DemanderComplementsSchema, EnregistrerRuptureSchema, FiltreCorbeilleSchema,
  PageDemandesOpcoSchema, RefuserSchema, ResultatAttributionEnMasseSchema,
} from '@mse/shared/instruction/instruction.schema';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppDeps } from '../../app';
import type { Db } from '../../db/database';
import { Introuvable } from '../../errors';
import { stockageDe } from '../../fichiers/stockage';
import { envoyerFichierStocke } from '../../fichiers/telechargement';
import { actionsInstruction, exigerInstructeur, peutAttribuer, type Instructeur } from '../../policies/instruction';
import { contexte } from '../identite/contexte';
import { dateDuJour } from '../referentiel/date-du-jour';
import { chargerReferentiel } from '../referentiel/referentiel.repository';
import { accepterDemande } from './accepter-demande';
import { annulerDemande } from './annuler-demande';
import { attribuerDemande } from './attribuer-demande';
import { attribuerEnMasse } from './attribuer-en-masse';
import { decisionAutomatiqueRoutes } from './decision-automatique.routes';
import { enregistrerRupture } from './enregistrer-rupture';
import { DEMANDE_INTROUVABLE } from './changement-de-statut';
import { commencerInstruction } from './commencer-instruction';
import { decoderCurseur, encoderCurseur } from './curseur';
import { demanderComplements } from './demander-complements';
import { estimationServeur, montantDeReference } from './estimation-serveur';
import { autresDemandesDeLEntreprise, compterCorbeilles, historiqueDe, listerCorbeille, personnelOpco, pieceStockee, piecesDe, trouverDemandeOpco } from './instruction.repository';
import { presenterDetail, presenterLigne } from './instruction.presenter';
import { refuserDemande } from './refuser-demande';
import { vuesRoutes } from './vues.routes';

const erreurs = { 400: ErreurSchema, 401: ErreurSchema, 403: ErreurSchema, 404: ErreurSchema, 409: ErreurSchema, 422: ErreurSchema };
const NumeroUrlSchema = z.object({ numero: z.string().max(40) });
const PieceUrlSchema = NumeroUrlSchema.extend({ pieceId: z.uuid() });
const TAILLE_PAGE = 50;

/** Today's Paris day, the referential in force and the clock's values: what every queue reads. */
async function jourEtDelais(db: Db, now: Date) {
  const aujourdhui = dateDuJour(now);
  const referentiel = await chargerReferentiel(db);
  return { aujourdhui, referentiel, delais: delaisDecision(referentiel, aujourdhui) };
}

/** Back office: the queues of sent funding requests, one request's examination, and the decisions. */
export function instructionRoutes(deps: AppDeps): FastifyPluginAsyncZod {
  const { db } = deps.database;

  async function detail(personnel: Instructeur, numero: string) {
    const trouvee = await trouverDemandeOpco(db, numero);
    if (!trouvee) throw new Introuvable(DEMANDE_INTROUVABLE);
    const { demande } = trouvee;
    const now = deps.now();
    const { aujourdhui, referentiel, delais } = await jourEtDelais(db, now);
    const estimation = await estimationServeur(db, personnel, { dispositif: demande.dispositif, donnees: demande.donnees, siret: trouvee.etablissement.siret }, now);
    const actions = actionsInstruction(personnel, demande);
    return presenterDetail({
      trouvee,
      historique: await historiqueDe(db, demande.id),
      pieces: await piecesDe(db, demande.id),
      autresDemandes: await autresDemandesDeLEntreprise(db, trouvee.etablissement.siren, demande.id, Number(aujourdhui.slice(0, 4))),
      estimation,
      montantReferenceCentimes: montantDeReference(estimation, demande.montantEstimeCentimes),
      referentiel,
      delais,
      aujourdhui,
      actions,
      gestionnaires: actions.includes('attribuer') ? await personnelOpco(db) : [],
    });
  }

  return async (app) => {
    app.get(
      '/api/opco/demandes',
      { schema: { tags: ['instruction', 'back office'], summary: 'Les corbeilles des demandes de financement (les plus anciennes envoyées d’abord)', querystring: FiltreCorbeilleSchema, response: { 200: PageDemandesOpcoSchema, ...erreurs } } },
      async (request) => {
        const personnel = exigerInstructeur(request.session);
        const { apres, ...criteres } = request.query;
        const { aujourdhui, delais } = await jourEtDelais(db, deps.now());
        const contexteCorbeilles = { personnelId: personnel.id, dernierJourEnAlerte: dernierJourEnAlerte(aujourdhui, delais) };
        const page = await listerCorbeille(db, { ...criteres, apres: decoderCurseur(apres, criteres.corbeille, criteres.tri), taille: TAILLE_PAGE }, contexteCorbeilles);
        return {
          demandes: page.lignes.map((l) => presenterLigne(l, aujourdhui, delais)),
          suivant: page.suivant ? encoderCurseur(page.suivant) : null,
          compteurs: await compterCorbeilles(db, contexteCorbeilles),
          gestionnaires: peutAttribuer(personnel) ? await personnelOpco(db) : [],
        };
      },
    );

    app.get(
      '/api/opco/demandes/corbeilles',
      { schema: { tags: ['instruction', 'back office'], summary: 'Le nombre de demandes de chaque corbeille', response: { 200: z.object({ compteurs: CompteursCorbeillesSchema }), ...erreurs } } },
      async (request) => {
        const personnel = exigerInstructeur(request.session);
        const { aujourdhui, delais } = await jourEtDelais(db, deps.now());
        return { compteurs: await compterCorbeilles(db, { personnelId: personnel.id, dernierJourEnAlerte: dernierJourEnAlerte(aujourdhui, delais) }) };
      },
    );

    app.get(
      '/api/opco/demandes/:numero',
      { schema: { tags: ['instruction', 'back office'], summary: 'Une demande à instruire : contenu, pièces, contrôles, estimation, historique, délai légal et actions permises', params: NumeroUrlSchema, response: { 200: DemandeOpcoSchema, ...erreurs } } },
      async (request) => detail(exigerInstructeur(request.session), request.params.numero),
    );

    app.get(
      '/api/opco/demandes/:numero/pieces/:pieceId',
      { schema: { tags: ['instruction', 'back office'], summary: 'Télécharger une pièce justificative', params: PieceUrlSchema } },
      async (request, reply) => {
        exigerInstructeur(request.session);
        const piece = await pieceStockee(db, request.params.numero, request.params.pieceId);
        if (!piece) throw new Introuvable('Cette pièce n’existe pas.');
        return envoyerFichierStocke(reply, stockageDe(deps.config), piece);
      },
    );

    const decision = { tags: ['instruction', 'back office'], params: NumeroUrlSchema, response: { 200: DemandeOpcoSchema, ...erreurs } };

    app.post('/api/opco/demandes/:numero/commencer-instruction', { schema: { ...decision, summary: 'Commencer l’instruction (la demande m’est attribuée)' } }, async (request) => {
      const personnel = exigerInstructeur(request.session);
      await commencerInstruction(contexte(deps, request), personnel, request.params.numero);
      return detail(personnel, request.params.numero);
    });

    app.post('/api/opco/demandes/:numero/demander-complements', { schema: { ...decision, body: DemanderComplementsSchema, summary: 'Demander des compléments (le délai légal est suspendu)' } }, async (request) => {
      const personnel = exigerInstructeur(request.session);
      await demanderComplements(contexte(deps, request), personnel, request.params.numero, request.body);
      return detail(personnel, request.params.numero);
    });

    app.post('/api/opco/demandes/:numero/accepter', { schema: { ...decision, body: AccepterSchema, summary: 'Accepter la prise en charge (montant du moteur, ou un autre avec son motif)' } }, async (request) => {
      const personnel = exigerInstructeur(request.session);
      await accepterDemande(contexte(deps, request), personnel, request.params.numero, request.body);
      return detail(personnel, request.params.numero);
    });

    app.post('/api/opco/demandes/:numero/refuser', { schema: { ...decision, body: RefuserSchema, summary: 'Refuser la demande, avec son motif' } }, async (request) => {
      const personnel = exigerInstructeur(request.session);
      await refuserDemande(contexte(deps, request), personnel, request.params.numero, request.body);
      return detail(personnel, request.params.numero);
    });

    app.post('/api/opco/demandes/:numero/annuler', { schema: { ...decision, body: AnnulerSchema, summary: 'Annuler la demande' } }, async (request) => {
      const personnel = exigerInstructeur(request.session);
      await annulerDemande(contexte(deps, request), personnel, request.params.numero, request.body.motif);
      return detail(personnel, request.params.numero);
    });

    app.post('/api/opco/demandes/:numero/enregistrer-rupture', { schema: { ...decision, body: EnregistrerRuptureSchema, summary: 'Enregistrer la rupture d’un contrat d’apprentissage (le montant engagé est proratisé)' } }, async (request) => {
      const personnel = exigerInstructeur(request.session);
      await enregistrerRupture(contexte(deps, request), personnel, request.params.numero, request.body);
      return detail(personnel, request.params.numero);
    });
    app.post(
      '/api/opco/demandes/attribuer',
      { schema: { tags: ['instruction', 'back office'], body: AttribuerEnMasseSchema, summary: 'Attribuer plusieurs demandes à un membre du personnel (superviseur, administrateur)', response: { 200: ResultatAttributionEnMasseSchema, ...erreurs } } },
      async (request) => attribuerEnMasse(contexte(deps, request), exigerInstructeur(request.session), request.body),
    );
    await app.register(vuesRoutes(deps));
    await app.register(decisionAutomatiqueRoutes(deps));
    app.post('/api/opco/demandes/:numero/attribuer', { schema: { ...decision, body: AttribuerSchema, summary: 'Attribuer la demande à un membre du personnel (superviseur, administrateur)' } }, async (request) => {
      const personnel = exigerInstructeur(request.session);
      await attribuerDemande(contexte(deps, request), personnel, request.params.numero, request.body.gestionnaireId);
      return detail(personnel, request.params.numero);
    });
  };
}
