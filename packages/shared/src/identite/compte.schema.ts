import { z } from 'zod';
import { SiretSchema, TelephoneSchema } from '../identifiants/identifiants.schema';
import { EmailSchema } from './connexion.schema';
import { LONGUEUR_MAX_MOT_DE_PASSE, MotDePasseSchema } from './mot-de-passe.schema';

const texte = (libelle: string, max = 100) =>
  z.string().trim().min(1, `Le champ « ${libelle} » est obligatoire.`).max(max, `Le champ « ${libelle} » fait au plus ${max} caractères.`);

const confirmationIdentique = <T extends { motDePasse: string; confirmation: string }>(v: T) => v.motDePasse === v.confirmation;
const erreurConfirmation = { path: ['confirmation'], message: 'La confirmation ne correspond pas au nouveau mot de passe.' };

export const JetonSchema = z.string().trim().min(10, 'Ce lien n’est pas valide.').max(200, 'Ce lien n’est pas valide.');

export const DemandeReinitialisationSchema = z.object({ email: EmailSchema });
export type DemandeReinitialisation = z.input<typeof DemandeReinitialisationSchema>;

export const MESSAGE_EMAIL_ENVOYE = "Un message a été envoyé à l'adresse email renseignée.";

export const ReinitialisationSchema = z
  .object({ jeton: JetonSchema, motDePasse: MotDePasseSchema, confirmation: z.string().max(LONGUEUR_MAX_MOT_DE_PASSE) })
  .refine(confirmationIdentique, erreurConfirmation);
export type Reinitialisation = z.input<typeof ReinitialisationSchema>;

export const EtatJetonSchema = z.object({ etat: z.enum(['valide', 'expire', 'utilise', 'inconnu']), message: z.string().optional() });

export const CiviliteSchema = z.enum(['Madame', 'Monsieur'], { error: 'Choisissez une civilité.' });

export const CoordonneesSchema = z.object({
  civilite: CiviliteSchema,
  nom: texte('Nom'),
  prenom: texte('Prénom'),
  fonction: texte('Fonction'),
  telephone: TelephoneSchema,
});
export type Coordonnees = z.input<typeof CoordonneesSchema>;
/** What the form shows: an invited colleague has not given a function nor a phone yet (empty: the form asks for them). */
export const CoordonneesReponseSchema = CoordonneesSchema.extend({ fonction: z.string(), telephone: z.string(), email: z.string() });

export const InscriptionSchema = CoordonneesSchema.extend({
  siret: SiretSchema,
  email: EmailSchema,
  motDePasse: MotDePasseSchema,
  confirmation: z.string().max(LONGUEUR_MAX_MOT_DE_PASSE),
}).refine(confirmationIdentique, erreurConfirmation);
export type Inscription = z.input<typeof InscriptionSchema>;

export const MESSAGE_INSCRIPTION_ENVOYEE =
  'Votre demande est enregistrée. Un message vient d’être envoyé à l’adresse email renseignée : cliquez sur le lien qu’il contient pour activer votre compte.';

export const ChangementEmailSchema = z.object({
  nouvelleAdresse: EmailSchema,
  motDePasse: z.string().min(1, 'Saisissez votre mot de passe actuel.').max(LONGUEUR_MAX_MOT_DE_PASSE),
});
export type ChangementEmail = z.input<typeof ChangementEmailSchema>;

export const ChangementMotDePasseSchema = z
  .object({
    motDePasseActuel: z.string().min(1, 'Saisissez votre mot de passe actuel.').max(LONGUEUR_MAX_MOT_DE_PASSE),
    motDePasse: MotDePasseSchema,
    confirmation: z.string().max(LONGUEUR_MAX_MOT_DE_PASSE),
  })
  .refine(confirmationIdentique, erreurConfirmation);
export type ChangementMotDePasse = z.input<typeof ChangementMotDePasseSchema>;

export const MessageSchema = z.object({ message: z.string() });

export const ConnexionOpcoSchema = z.object({
  email: EmailSchema,
  motDePasse: z.string().min(1, 'Saisissez votre mot de passe.').max(LONGUEUR_MAX_MOT_DE_PASSE),
  code: z.string().trim().regex(/^\d{6}$/, 'Le code à usage unique comporte 6 chiffres.'),
});
export type ConnexionOpco = z.input<typeof ConnexionOpcoSchema>;
