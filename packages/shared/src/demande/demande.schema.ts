import { z } from 'zod';
import { ControleSchema } from '../controles/controle.schema';
import { SiretSchema } from '../identifiants/identifiants.schema';
import { StatutDemandeSchema } from './statut.schema';

/**
 * The API of "Demander un financement" (issue 6): drafts saved as they are typed, pieces
 * justificatives, and the sending of a request. Shared by the browser and the server.
 */

export const DISPOSITIFS = ['action_individuelle', 'apprentissage', 'professionnalisation', 'pro_a'] as const;
export const DispositifSchema = z.enum(DISPOSITIFS, { error: 'Dispositif inconnu' });

/** A draft's content: whatever the form holds so far, checked only when the request is sent. */
export const TAILLE_MAX_DONNEES = 200_000;
export const DonneesDemandeSchema = z
  .record(z.string(), z.unknown())
  .refine((d) => JSON.stringify(d).length <= TAILLE_MAX_DONNEES, { error: 'Le contenu de la demande est trop volumineux' });

/**
 * `POST /api/demandes`: the draft is created by the first field typed. The browser chooses its id, so
 * a retried creation (network error, double click) finds the same draft instead of making a second.
 */
export const CreerBrouillonSchema = z.object({
  id: z.uuid({ error: 'Identifiant de brouillon invalide' }),
  dispositif: DispositifSchema,
  /** The establishment the request is for; by default the one the employer works on. */
  siret: SiretSchema.optional(),
  donnees: DonneesDemandeSchema.default({}),
});
export type CreerBrouillon = z.input<typeof CreerBrouillonSchema>;

/** `PUT /api/demandes/:id`: saves the whole content, refused (409) if `version` is not the stored one. */
export const EnregistrerBrouillonSchema = z.object({
  version: z.number().int().min(1),
  donnees: DonneesDemandeSchema,
});
export type EnregistrerBrouillon = z.infer<typeof EnregistrerBrouillonSchema>;

export const BrouillonEnregistreSchema = z.object({
  version: z.number().int(),
  modifieLe: z.iso.datetime({ offset: true }),
});
export type BrouillonEnregistre = z.infer<typeof BrouillonEnregistreSchema>;

/**
 * The 409 answer when someone else (another tab, a colleague) saved first: who and when, so the
 * person chooses between reloading the saved version and replacing it with what they typed.
 */
export const ConflitVersionSchema = z.object({
  erreur: z.object({
    code: z.literal('version_perimee'),
    message: z.string(),
    versionActuelle: z.number().int(),
    modifieLe: z.iso.datetime({ offset: true }),
    modifiePar: z.string().nullable(),
  }),
});
export type ConflitVersion = z.infer<typeof ConflitVersionSchema>;

/** `POST /api/demandes/:id/envoi`: sends the version the person saw. Sending twice returns the same request. */
export const EnvoyerDemandeSchema = z.object({ version: z.number().int().min(1) });

export const PieceDemandeSchema = z.object({
  id: z.uuid(),
  /** Code of the piece in the scheme's list (piecesRequises), e.g. "cerfa_signe". */
  type: z.string(),
  nomFichier: z.string(),
  typeMime: z.string(),
  taille: z.number().int(),
  sha256: z.string(),
  deposeLe: z.iso.datetime({ offset: true }),
});
export type PieceDemande = z.infer<typeof PieceDemandeSchema>;

export const ACTIONS_BROUILLON = ['enregistrer', 'envoyer', 'supprimer', 'dupliquer', 'deposerPiece'] as const;
export const ActionBrouillonSchema = z.enum(ACTIONS_BROUILLON);

export const DemandeDetailSchema = z.object({
  id: z.uuid(),
  /** Given when the request is sent (AP-2026-000123); null for a draft. */
  numero: z.string().nullable(),
  dispositif: DispositifSchema,
  statut: StatutDemandeSchema,
  version: z.number().int(),
  etablissement: z.object({ siret: z.string(), siretFormate: z.string(), raisonSociale: z.string(), ville: z.string() }),
  donnees: z.record(z.string(), z.unknown()),
  pieces: z.array(PieceDemandeSchema),
  creeLe: z.iso.datetime({ offset: true }),
  modifieLe: z.iso.datetime({ offset: true }),
  envoyeLe: z.iso.datetime({ offset: true }).nullable(),
  montantEstimeCentimes: z.number().int().nullable(),
  /** What the signed-in person may do on it now (the buttons shown). */
  actions: z.array(ActionBrouillonSchema),
});
export type DemandeDetail = z.infer<typeof DemandeDetailSchema>;

/**
 * The 422 answer of a refused sending: every problem that blocks it, each with its field path (a
 * schema error, a blocking control, a missing piece "pieces.cerfa_signe"), and the controls that only warn.
 */
export const EnvoiRefuseSchema = z.object({
  erreur: z.object({
    code: z.literal('demande_incomplete'),
    message: z.string(),
    champs: z.array(z.object({ chemin: z.string(), message: z.string() })),
    avertissements: z.array(ControleSchema),
  }),
});

/** `GET /api/demandes/dispositifs?siret=`: which schemes the establishment may ask for, and why not. */
export const EligibiliteDispositifSchema = z.object({
  dispositif: DispositifSchema,
  eligible: z.boolean(),
  motif: z.string().nullable(),
});
export const EligibilitesSchema = z.object({
  etablissement: z.object({ siret: z.string(), siretFormate: z.string(), raisonSociale: z.string(), effectif: z.number().int() }),
  dispositifs: z.array(EligibiliteDispositifSchema),
  /** False for a read-only colleague: the cards are shown, "Faire la demande" is not. */
  peutDemander: z.boolean(),
});
export type Eligibilites = z.infer<typeof EligibilitesSchema>;
