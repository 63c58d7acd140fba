import { z } from 'zod';
import { estCheminInterne, liensExternes } from './texte-aide';

/** "1 - Comment ça marche ?": one short illustrated guide per task of the user guides (seeds). */

/** The picture of a guide: a key the web app turns into an inline icon (no external image). */
export const ILLUSTRATIONS_GUIDE = [
  'premiere_connexion', 'compte', 'entreprise', 'action_individuelle', 'apprentissage', 'professionnalisation', 'pro_a', 'suivi', 'remboursement',
] as const;
export const IllustrationGuideSchema = z.enum(ILLUSTRATIONS_GUIDE);
export type IllustrationGuide = z.infer<typeof IllustrationGuideSchema>;

const texteAide = (libelle: string, max: number) =>
  z
    .string()
    .trim()
    .min(1, `Le champ « ${libelle} » est obligatoire.`)
    .max(max, `Le champ « ${libelle} » fait au plus ${max} caractères.`)
    .refine((t) => liensExternes(t).length === 0, 'Un lien ne peut mener qu’à un écran du portail (chemin commençant par « / »).');

export const CheminPortailSchema = z
  .string()
  .max(300)
  .refine(estCheminInterne, 'Un lien ne peut mener qu’à un écran du portail (chemin commençant par « / »).');

export const EtapeGuideSchema = z.object({
  titre: texteAide('Titre de l’étape', 120),
  texte: texteAide('Texte de l’étape', 2000),
  /** Where in the portal this step happens: the reader goes straight there. */
  lien: z.object({ libelle: z.string().trim().min(1).max(80), chemin: CheminPortailSchema }).optional(),
});
export type EtapeGuide = z.infer<typeof EtapeGuideSchema>;

export const SlugSchema = z
  .string()
  .min(1)
  .max(80)
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'Un identifiant de page ne contient que des minuscules sans accent, des chiffres et des tirets.');

export const GuideSchema = z.object({
  slug: SlugSchema,
  titre: z.string(),
  resume: z.string(),
  illustration: IllustrationGuideSchema,
  etapes: z.array(EtapeGuideSchema).min(1),
});
export type Guide = z.infer<typeof GuideSchema>;

export const GuidesSchema = z.object({ guides: z.array(GuideSchema) });
export type Guides = z.infer<typeof GuidesSchema>;
