import { z } from 'zod';

/** "2 - La foire aux questions": questions grouped by theme, a tolerant search, "Cette réponse vous a-t-elle aidé ?". */

export const RECHERCHE_FAQ_MAX = 100;

export const RechercheFaqSchema = z.object({
  q: z
    .string()
    .trim()
    .min(1, 'Saisissez un ou plusieurs mots à rechercher.')
    .max(RECHERCHE_FAQ_MAX, `La recherche fait au plus ${RECHERCHE_FAQ_MAX} caractères.`),
});
export type RechercheFaq = z.input<typeof RechercheFaqSchema>;

export const VoteFaqSchema = z.object({ utile: z.boolean({ error: 'Répondez « Oui » ou « Non ».' }) });
export type VoteFaq = z.infer<typeof VoteFaqSchema>;

export const ActionQuestionFaqSchema = z.enum(['voter']);

export const QuestionFaqSchema = z.object({
  slug: z.string(),
  theme: z.string(),
  question: z.string(),
  reponse: z.string(),
  /** The signed-in employer's own answer to "Cette réponse vous a-t-elle aidé ?", if any. */
  monVote: z.enum(['oui', 'non']).nullable(),
  actions: z.array(ActionQuestionFaqSchema),
});
export type QuestionFaq = z.infer<typeof QuestionFaqSchema>;

export const ThemeFaqSchema = z.object({
  slug: z.string(),
  libelle: z.string(),
  questions: z.array(QuestionFaqSchema),
});
export type ThemeFaq = z.infer<typeof ThemeFaqSchema>;

export const FaqSchema = z.object({ themes: z.array(ThemeFaqSchema) });
export type Faq = z.infer<typeof FaqSchema>;

export const ResultatsFaqSchema = z.object({ q: z.string(), resultats: z.array(QuestionFaqSchema) });
export type ResultatsFaq = z.infer<typeof ResultatsFaqSchema>;

export const MonVoteSchema = z.object({ monVote: z.enum(['oui', 'non']), message: z.string() });

/** For administrators: how useful each answer was found. */
export const StatistiquesFaqSchema = z.object({
  questions: z.array(
    z.object({
      slug: z.string(),
      theme: z.string(),
      question: z.string(),
      oui: z.number().int(),
      non: z.number().int(),
    }),
  ),
});
export type StatistiquesFaq = z.infer<typeof StatistiquesFaqSchema>;
