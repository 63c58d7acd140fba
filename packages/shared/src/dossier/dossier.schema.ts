import { z } from 'zod';
import { MessageAssistanceSchema, MessageFilSchema } from '../aide/demande-assistance.schema';
import { DemandeDetailSchema } from '../demande/demande.schema';
import { StatutDemandeSchema } from '../demande/statut.schema';

/**
 * The employer's dossier page (issue 7): everything sent, read-only, with its timeline, what the OPCO
 * expects now, the committed amount, the payments, the documents and the thread with the OPCO.
 */

/** The buttons of a sent request, by status and by the signed-in person's access (policies/demandes.ts). */
export const ACTIONS_DOSSIER = ['annuler', 'deposerPiece', 'corrigerChamps', 'envoyerComplements', 'demanderRemboursement', 'dupliquer', 'ecrireMessage'] as const;
export const ActionDossierSchema = z.enum(ACTIONS_DOSSIER);
export type ActionDossier = z.infer<typeof ActionDossierSchema>;

/** Who made a change, as the employer reads it: « vous » (the company), « Opco », « automatique ». */
export const QUI_DOSSIER = ['vous', 'opco', 'automatique'] as const;
export type QuiDossier = (typeof QUI_DOSSIER)[number];

export const EvenementDossierSchema = z.object({
  action: z.string(),
  /** « Compléments demandés », « Prise en charge acceptée »… */
  libelle: z.string(),
  qui: z.enum(QUI_DOSSIER),
  /** « Vous (Julien MARTIN) », « Opco », « Automatique ». */
  libelleQui: z.string(),
  de: StatutDemandeSchema.nullable(),
  vers: StatutDemandeSchema,
  motif: z.string().nullable(),
  le: z.iso.datetime({ offset: true }),
});
export type EvenementDossier = z.infer<typeof EvenementDossierSchema>;

/** « À compléter »: what the gestionnaire named, and whether each piece was given again since. */
export const ComplementsAttendusSchema = z.object({
  demandesLe: z.iso.datetime({ offset: true }),
  message: z.string(),
  pieces: z.array(z.object({ type: z.string(), libelle: z.string(), fournie: z.boolean() })),
  champs: z.array(z.object({ chemin: z.string(), libelle: z.string() })),
});
export type ComplementsAttendus = z.infer<typeof ComplementsAttendusSchema>;

export const EcheanceSchema = z.object({ libelle: z.string(), date: z.string().nullable(), montantCentimes: z.number().int().nullable() });

/** The committed amount and how it was set (the decision's history row), with the payment schedule. */
export const EngagementSchema = z.object({
  montantEngageCentimes: z.number().int(),
  montantCalculeCentimes: z.number().int().nullable(),
  explication: z.string(),
  motif: z.string().nullable(),
  decideLe: z.iso.datetime({ offset: true }).nullable(),
  echeancier: z.array(EcheanceSchema),
});
export type Engagement = z.infer<typeof EngagementSchema>;

/** A payment made on the dossier (a reimbursement « Payé »). */
export const PaiementDossierSchema = z.object({
  numero: z.string(),
  payeLe: z.string().nullable(),
  montantPayeCentimes: z.number().int().nullable(),
  referencePaiement: z.string().nullable(),
});
export type PaiementDossier = z.infer<typeof PaiementDossierSchema>;

export const DossierSchema = z.object({
  demande: DemandeDetailSchema,
  historique: z.array(EvenementDossierSchema),
  complements: ComplementsAttendusSchema.nullable(),
  engagement: EngagementSchema.nullable(),
  paiements: z.array(PaiementDossierSchema),
  /** The decision letter exists once the request is accepted or refused. */
  lettreDecision: z.boolean(),
  actionsDossier: z.array(ActionDossierSchema),
});
export type Dossier = z.infer<typeof DossierSchema>;

export const MOTIF_ANNULATION_MAX = 2000;

export const AnnulerDossierSchema = z.object({
  motif: z
    .string({ error: 'Indiquez pourquoi vous annulez la demande.' })
    .trim()
    .min(1, 'Indiquez pourquoi vous annulez la demande.')
    .max(MOTIF_ANNULATION_MAX, `Le motif fait au plus ${MOTIF_ANNULATION_MAX} caractères.`),
});
export type AnnulerDossier = z.input<typeof AnnulerDossierSchema>;

/** The fields the gestionnaire named, by their path in the form, with their new values. */
export const CorrigerChampsSchema = z.object({
  valeurs: z
    .record(z.string().max(200), z.unknown(), { error: 'Les informations corrigées sont attendues.' })
    .refine((v) => Object.keys(v).length > 0, 'Indiquez au moins une information corrigée.')
    .refine((v) => Object.keys(v).length <= 100, 'Trop d’informations à la fois.'),
});
export type CorrigerChamps = z.infer<typeof CorrigerChampsSchema>;

export const MESSAGE_CHAMP_NON_DEMANDE = 'Cette information n’est pas demandée par l’OPCO : seules les informations nommées dans la demande de compléments peuvent être corrigées.';
export const MESSAGE_PIECE_NON_DEMANDEE = 'Cette pièce n’est pas demandée par l’OPCO : seules les pièces nommées dans la demande de compléments peuvent être déposées.';
export const messagePieceManquante = (libelle: string) => `Déposez la pièce demandée par l’OPCO : ${libelle}.`;

/** The dossier's thread: the employer's messages are the « demandeur » side of the support thread's shape. */
export const FilDossierSchema = z.object({ messages: z.array(MessageFilSchema), peutEcrire: z.boolean() });
export type FilDossier = z.infer<typeof FilDossierSchema>;

/** The text of a new message (multipart field `message`, with the optional file `pieceJointe`). */
export const NouveauMessageDossierSchema = z.object({ message: MessageAssistanceSchema });
export type NouveauMessageDossier = z.input<typeof NouveauMessageDossierSchema>;
