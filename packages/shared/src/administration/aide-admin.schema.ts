import { z } from 'zod';
import { EtapeGuideSchema } from '../aide/guide.schema';
import { liensExternes } from '../aide/texte-aide';
import { texteObligatoire } from './champs';

/** Back office: the FAQ by theme and the "Comment ça marche ?" guides, edited by an administrator. */

const sansLienExterne = (s: z.ZodString) =>
  s.refine((t) => liensExternes(t).length === 0, 'Un lien ne peut mener qu’à un écran du portail (chemin commençant par « / »).');

export const SaisieThemeFaqSchema = z.object({ libelle: texteObligatoire('Thématique', 120) }).strict();
export type SaisieThemeFaq = z.infer<typeof SaisieThemeFaqSchema>;

export const SaisieQuestionFaqSchema = z
  .object({
    themeId: z.uuid('Choisissez une thématique.'),
    question: sansLienExterne(texteObligatoire('Question', 300)),
    reponse: sansLienExterne(texteObligatoire('Réponse', 5000)),
    publie: z.boolean({ error: 'Indiquez si la question est publiée.' }),
  })
  .strict();
export type SaisieQuestionFaq = z.infer<typeof SaisieQuestionFaqSchema>;

export const SaisieGuideSchema = z
  .object({
    titre: texteObligatoire('Titre', 120),
    resume: texteObligatoire('Résumé', 500),
    etapes: z.array(EtapeGuideSchema, { error: 'Un guide a au moins une étape.' }).min(1, 'Un guide a au moins une étape.').max(30, 'Un guide a au plus 30 étapes.'),
    publie: z.boolean({ error: 'Indiquez si le guide est publié.' }),
  })
  .strict();
export type SaisieGuide = z.infer<typeof SaisieGuideSchema>;

export const QuestionFaqAdminSchema = z.object({
  id: z.uuid(),
  slug: z.string(),
  themeId: z.uuid(),
  question: z.string(),
  reponse: z.string(),
  publie: z.boolean(),
});
export type QuestionFaqAdmin = z.infer<typeof QuestionFaqAdminSchema>;

export const ThemeFaqAdminSchema = z.object({
  id: z.uuid(),
  slug: z.string(),
  libelle: z.string(),
  questions: z.array(QuestionFaqAdminSchema),
  actions: z.array(z.enum(['modifier', 'supprimer'])),
});
export type ThemeFaqAdmin = z.infer<typeof ThemeFaqAdminSchema>;

export const FaqAdminSchema = z.object({ themes: z.array(ThemeFaqAdminSchema) });
export type FaqAdmin = z.infer<typeof FaqAdminSchema>;

export const GuideAdminSchema = z.object({
  slug: z.string(),
  titre: z.string(),
  resume: z.string(),
  etapes: z.array(EtapeGuideSchema),
  publie: z.boolean(),
});
export type GuideAdmin = z.infer<typeof GuideAdminSchema>;
export const GuidesAdminSchema = z.object({ guides: z.array(GuideAdminSchema) });
export type GuidesAdmin = z.infer<typeof GuidesAdminSchema>;
