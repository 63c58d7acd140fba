import { z } from 'zod';
import { MotDePasseSchema } from '../identite/mot-de-passe.schema';
import { texteObligatoire } from './champs';

/** Back office: the OPCO staff's accounts, managed by an administrator. */

export const RolePersonnelSchema = z.enum(['gestionnaire', 'superviseur', 'administrateur'], { error: 'Choisissez un rôle.' });
export type RolePersonnel = z.infer<typeof RolePersonnelSchema>;
export const LIBELLES_ROLE_PERSONNEL: Record<RolePersonnel, string> = {
  gestionnaire: 'Gestionnaire',
  superviseur: 'Superviseur',
  administrateur: 'Administrateur',
};

export const StatutPersonnelSchema = z.enum(['actif', 'invitation_envoyee', 'invitation_expiree', 'desactive']);
export type StatutPersonnel = z.infer<typeof StatutPersonnelSchema>;
export const LIBELLES_STATUT_PERSONNEL: Record<StatutPersonnel, string> = {
  actif: 'Actif',
  invitation_envoyee: 'Invitation envoyée',
  invitation_expiree: 'Invitation expirée',
  desactive: 'Désactivé',
};

export const NouveauPersonnelSchema = z
  .object({
    prenom: texteObligatoire('Prénom', 80),
    nom: texteObligatoire('Nom', 80),
    email: z
      .string({ error: 'Le champ « Adresse email » est obligatoire.' })
      .trim()
      .toLowerCase()
      .max(254, 'L’adresse email fait au plus 254 caractères.')
      .pipe(z.email('Saisissez une adresse email valide (exemple : prenom.nom@opco.fr).')),
    role: RolePersonnelSchema,
  })
  .strict();
export type NouveauPersonnel = z.infer<typeof NouveauPersonnelSchema>;

export const ChangementRoleSchema = z.object({ role: RolePersonnelSchema }).strict();

export const ActionPersonnelSchema = z.enum(['changer_role', 'desactiver', 'renvoyer_invitation']);
export const MembrePersonnelSchema = z.object({
  id: z.uuid(),
  prenom: z.string(),
  nom: z.string(),
  email: z.string(),
  role: RolePersonnelSchema,
  statut: StatutPersonnelSchema,
  creeLe: z.iso.datetime({ offset: true }),
  actions: z.array(ActionPersonnelSchema),
});
export type MembrePersonnel = z.infer<typeof MembrePersonnelSchema>;
export const ListePersonnelSchema = z.object({ personnel: z.array(MembrePersonnelSchema) });
export type ListePersonnel = z.infer<typeof ListePersonnelSchema>;

/** The enrolment page of a new staff member (from the e-mail's link). */
export const ActivationPersonnelSchema = z.union([
  z.object({
    etat: z.literal('valide'),
    prenom: z.string(),
    nom: z.string(),
    email: z.string(),
    /** Base32 secret to type in an authenticator app, and the otpauth:// address that apps open. */
    secret: z.string(),
    uri: z.string(),
  }),
  z.object({ etat: z.enum(['expire', 'utilise', 'inconnu']), message: z.string() }),
]);
export type ActivationPersonnel = z.infer<typeof ActivationPersonnelSchema>;

export const ActiverPersonnelSchema = z
  .object({
    jeton: z.string().min(1).max(200),
    motDePasse: MotDePasseSchema,
    code: z.string({ error: 'Saisissez le code à 6 chiffres.' }).trim().regex(/^\d{6}$/, 'Saisissez le code à 6 chiffres affiché par votre application.'),
  })
  .strict();
export type ActiverPersonnel = z.infer<typeof ActiverPersonnelSchema>;
