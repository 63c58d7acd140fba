import { z } from 'zod';

export const EmailSchema = z
  .string()
  .trim()
  .min(1, 'Saisissez votre adresse email.')
  .max(254, 'Une adresse email fait au plus 254 caractères.')
  .pipe(z.email('Saisissez une adresse email valide, par exemple nom@entreprise.fr.'))
  .transform((e) => e.toLowerCase());

export const ConnexionSchema = z.object({
  email: EmailSchema,
  motDePasse: z.string().min(1, 'Saisissez votre mot de passe.').max(200, 'Un mot de passe fait au plus 200 caractères.'),
  seSouvenir: z.boolean().default(false),
});
export type Connexion = z.input<typeof ConnexionSchema>;

/** One answer for every failure, so that nobody can tell whether an address has an account. */
export const MESSAGE_CONNEXION_REFUSEE =
  'Email ou mot de passe incorrect. Première connexion au nouveau portail ? Cliquez sur « Mot de passe oublié ? » pour choisir votre mot de passe.';
