import { z } from 'zod';
import { EmailSchema } from '../identite/connexion.schema';

/** "3 - Contacter l’assistance": the contact form, the support requests and their replies. */

export const OBJETS_ASSISTANCE = ['connexion', 'demande_financement', 'remboursement', 'autre'] as const;
export type ObjetAssistance = (typeof OBJETS_ASSISTANCE)[number];
export const LIBELLES_OBJET_ASSISTANCE: Record<ObjetAssistance, string> = {
  connexion: 'Connexion à mon espace',
  demande_financement: 'Demande de financement',
  remboursement: 'Remboursement',
  autre: 'Autre',
};

export const MESSAGE_ASSISTANCE_MAX = 5000;
export const NOM_CONTACT_MAX = 100;
export const NUMERO_DOSSIER_MAX = 30;
export const MESSAGE_DOSSIER_INCONNU = 'Ce numéro de dossier ne correspond à aucune de vos demandes.';

const formatNombre = (n: number) => n.toLocaleString('fr-FR').replace(/\s/g, ' ');

export const ObjetAssistanceSchema = z.enum(OBJETS_ASSISTANCE, { error: 'Choisissez l’objet de votre demande.' });

export const MessageAssistanceSchema = z
  .string({ error: 'Saisissez votre message.' })
  .trim()
  .min(1, 'Saisissez votre message.')
  .superRefine((texte, ctx) => {
    if (texte.length > MESSAGE_ASSISTANCE_MAX) {
      ctx.addIssue({
        code: 'custom',
        message: `Votre message fait au plus ${formatNombre(MESSAGE_ASSISTANCE_MAX)} caractères (il en compte ${formatNombre(texte.length)}).`,
      });
    }
  });

/** Optional: a dossier number of the account's own requests (checked by the server). */
export const NumeroDossierSchema = z
  .string()
  .trim()
  .toUpperCase()
  .max(NUMERO_DOSSIER_MAX, `Un numéro de dossier fait au plus ${NUMERO_DOSSIER_MAX} caractères (par exemple AP-2026-000123).`)
  .optional()
  .transform((v) => v?.replace(/\s+/g, '') || undefined);

/** The form of a signed-in employer ("3 - Contacter l’assistance"); the attachment travels beside it. */
export const DemandeAssistanceSchema = z.object({
  objet: ObjetAssistanceSchema,
  numeroDossier: NumeroDossierSchema,
  message: MessageAssistanceSchema,
});
export type DemandeAssistance = z.input<typeof DemandeAssistanceSchema>;

/** The same form for someone who cannot sign in (link from the login page): who they are and where to answer. */
export const DemandeAssistancePubliqueSchema = z.object({
  nom: z
    .string({ error: 'Saisissez vos nom et prénom.' })
    .trim()
    .min(1, 'Saisissez vos nom et prénom.')
    .max(NOM_CONTACT_MAX, `Vos nom et prénom font au plus ${NOM_CONTACT_MAX} caractères.`),
  email: EmailSchema,
  objet: ObjetAssistanceSchema,
  message: MessageAssistanceSchema,
});
export type DemandeAssistancePublique = z.input<typeof DemandeAssistancePubliqueSchema>;

/** A reply of the OPCO, or a follow-up of the employer. */
export const NouveauMessageAssistanceSchema = z.object({ message: MessageAssistanceSchema });
export type NouveauMessageAssistance = z.input<typeof NouveauMessageAssistanceSchema>;

export const STATUTS_ASSISTANCE = ['en_attente', 'repondu'] as const;
export type StatutAssistance = (typeof STATUTS_ASSISTANCE)[number];
export const StatutAssistanceSchema = z.enum(STATUTS_ASSISTANCE);

export const ActionAssistanceSchema = z.enum(['repondre', 'relancer']);
export type ActionAssistance = z.infer<typeof ActionAssistanceSchema>;

export const PieceJointeSchema = z.object({ id: z.uuid(), nom: z.string(), type: z.string(), taille: z.number().int() });

export const MessageFilSchema = z.object({
  auteur: z.enum(['demandeur', 'opco']),
  /** "Thomas L. – Opco EP" for a reply, the sender's name for the requester. */
  signature: z.string(),
  texte: z.string(),
  envoyeLe: z.iso.datetime({ offset: true }),
  piecesJointes: z.array(PieceJointeSchema),
});

export const DemandeAssistanceResumeSchema = z.object({
  numero: z.string(),
  objet: ObjetAssistanceSchema,
  statut: StatutAssistanceSchema,
  numeroDossier: z.string().nullable(),
  extrait: z.string(),
  creeLe: z.iso.datetime({ offset: true }),
  modifieLe: z.iso.datetime({ offset: true }),
});
export type DemandeAssistanceResume = z.infer<typeof DemandeAssistanceResumeSchema>;

export const DemandeAssistanceDetailSchema = DemandeAssistanceResumeSchema.extend({
  messages: z.array(MessageFilSchema),
  actions: z.array(ActionAssistanceSchema),
});
export type DemandeAssistanceDetail = z.infer<typeof DemandeAssistanceDetailSchema>;

/** What the back office sees beside the thread: who wrote, and whether the address is an account's. */
export const DemandeAssistanceOpcoSchema = DemandeAssistanceDetailSchema.extend({
  contact: z.object({
    nom: z.string(),
    email: z.string(),
    /** Sent from the login page (not signed in): the address was typed, not proven. */
    nonConnecte: z.boolean(),
    raisonSociale: z.string().nullable(),
  }),
});
export type DemandeAssistanceOpco = z.infer<typeof DemandeAssistanceOpcoSchema>;

export const MesDemandesAssistanceSchema = z.object({ demandes: z.array(DemandeAssistanceResumeSchema) });

export const FiltreAssistanceOpcoSchema = z.object({
  statut: z.enum(['en_attente', 'repondu', 'toutes'], { error: 'Filtre inconnu : en_attente, repondu ou toutes.' }).default('en_attente'),
  apres: z.string().max(200, 'Curseur de pagination invalide.').optional(),
});
export type FiltreAssistanceOpco = z.input<typeof FiltreAssistanceOpcoSchema>;

export const PageDemandesAssistanceOpcoSchema = z.object({
  demandes: z.array(DemandeAssistanceResumeSchema.extend({ contact: z.string() })),
  suivant: z.string().nullable(),
});
export type PageDemandesAssistanceOpco = z.infer<typeof PageDemandesAssistanceOpcoSchema>;

export const AccuseEnvoiAssistanceSchema = z.object({ message: z.string(), numero: z.string().nullable() });
export type AccuseEnvoiAssistance = z.infer<typeof AccuseEnvoiAssistanceSchema>;

/** Same answer whether the address has an account or not. */
export const MESSAGE_DEMANDE_PUBLIQUE_ENVOYEE =
  'Votre demande est enregistrée. Un message de confirmation a été envoyé à l’adresse email renseignée ; la réponse de nos équipes vous parviendra à cette adresse.';
