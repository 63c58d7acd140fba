import { z } from 'zod';
import { SiretSchema } from '../identifiants/identifiants.schema';

/**
 * Colleagues of an employer account: the owner invites them by e-mail, as "collaborateur" (may fill in
 * and send requests) or "lecture seule", on some or all of the account's establishments.
 */
export const ROLES_COLLEGUE = ['collaborateur', 'lecture_seule'] as const;
export const RoleCollegueSchema = z.enum(ROLES_COLLEGUE, { error: 'Choisissez un rôle : collaborateur ou lecture seule.' });
export type RoleCollegue = z.infer<typeof RoleCollegueSchema>;

export const LIBELLES_ROLE_COLLEGUE: Record<RoleCollegue, string> = {
  collaborateur: 'Collaborateur',
  lecture_seule: 'Lecture seule',
};

export const DESCRIPTIONS_ROLE_COLLEGUE: Record<RoleCollegue, string> = {
  collaborateur: 'remplit et envoie les demandes de financement',
  lecture_seule: 'consulte les demandes sans pouvoir les modifier',
};

/** At most this many establishments chosen one by one; beyond, "tous les établissements" is the answer. */
export const ETABLISSEMENTS_CHOISIS_MAX = 1_000;

const texte = (libelle: string) =>
  z.string().trim().min(1, `Le champ « ${libelle} » est obligatoire.`).max(100, `Le champ « ${libelle} » fait au plus 100 caractères.`);

const EmailCollegueSchema = z
  .string()
  .trim()
  .min(1, 'Saisissez l’adresse email de votre collègue.')
  .max(254, 'Une adresse email fait au plus 254 caractères.')
  .pipe(z.email('Saisissez une adresse email valide, par exemple nom@entreprise.fr.'))
  .transform((e) => e.toLowerCase());

/** The establishments granted: all of the account's (`tous`), or the SIRETs listed. */
const acces = {
  role: RoleCollegueSchema,
  tous: z.boolean(),
  sirets: z.array(SiretSchema).max(ETABLISSEMENTS_CHOISIS_MAX, `Au plus ${ETABLISSEMENTS_CHOISIS_MAX} établissements : choisissez plutôt « Tous les établissements ».`),
};
const auMoinsUnEtablissement = (v: { tous: boolean; sirets: string[] }) => v.tous || v.sirets.length > 0;
const erreurAucunEtablissement = { path: ['sirets'], message: 'Choisissez au moins un établissement, ou « Tous les établissements ».' };

export const AccesCollegueSchema = z.object(acces).refine(auMoinsUnEtablissement, erreurAucunEtablissement);
export type AccesCollegue = z.input<typeof AccesCollegueSchema>;

export const InvitationCollegueSchema = z
  .object({ prenom: texte('Prénom'), nom: texte('Nom'), email: EmailCollegueSchema, ...acces })
  .refine(auMoinsUnEtablissement, erreurAucunEtablissement);
export type InvitationCollegue = z.input<typeof InvitationCollegueSchema>;

export const ACTIONS_COLLEGUES = ['inviter'] as const;
export const ACTIONS_COLLEGUE = ['modifier', 'revoquer', 'renvoyerInvitation'] as const;

export const EtablissementAccordeSchema = z.object({
  siret: z.string(),
  siretFormate: z.string(),
  raisonSociale: z.string(),
  codePostal: z.string(),
  ville: z.string(),
});

export const CollegueSchema = z.object({
  id: z.uuid(),
  civilite: z.string().nullable(),
  prenom: z.string(),
  nom: z.string(),
  email: z.string(),
  role: RoleCollegueSchema,
  /** `invite`: has not chosen a password yet; `actif`: has. */
  statut: z.enum(['invite', 'actif']),
  /** When the pending invitation link expires (null once accepted). */
  invitationExpireLe: z.iso.datetime({ offset: true }).nullable(),
  tous: z.boolean(),
  /** The establishments granted one by one (empty when `tous`). */
  etablissements: z.array(EtablissementAccordeSchema),
  actions: z.array(z.enum(ACTIONS_COLLEGUE)),
});
export type Collegue = z.infer<typeof CollegueSchema>;

export const ColleguesSchema = z.object({
  collegues: z.array(CollegueSchema),
  actions: z.array(z.enum(ACTIONS_COLLEGUES)),
});
export type Collegues = z.infer<typeof ColleguesSchema>;

/** GET /api/invitation: what the invitee sees before choosing a password. */
export const EtatInvitationSchema = z.object({
  etat: z.enum(['valide', 'expire', 'utilise', 'inconnu']),
  message: z.string().optional(),
  invitation: z.object({ prenom: z.string(), nom: z.string(), email: z.string(), raisonSociale: z.string(), invitePar: z.string() }).optional(),
});
export type EtatInvitation = z.infer<typeof EtatInvitationSchema>;
