import type { Faq, QuestionFaq } from '@mse/shared/aide/faq.schema';
import type { Guide, IllustrationGuide } from '@mse/shared/aide/guide.schema';
import type { listerFaq, listerGuides } from './contenu.repository';

type LigneQuestion = { slug: string; theme: string; question: string; reponse: string; monVote: boolean | null };

export function presenterQuestion(q: LigneQuestion, peutVoter: boolean): QuestionFaq {
  return {
    slug: q.slug,
    theme: q.theme,
    question: q.question,
    reponse: q.reponse,
    monVote: q.monVote === null ? null : q.monVote ? 'oui' : 'non',
    actions: peutVoter ? ['voter'] : [],
  };
}

export function presenterFaq({ themes, questions }: Awaited<ReturnType<typeof listerFaq>>, peutVoter: boolean): Faq {
  return {
    themes: themes
      .map((t) => ({ ...t, questions: questions.filter((q) => q.theme === t.slug).map((q) => presenterQuestion(q, peutVoter)) }))
      .filter((t) => t.questions.length > 0),
  };
}

export function presenterGuide(g: Awaited<ReturnType<typeof listerGuides>>[number]): Guide {
  return { ...g, illustration: g.illustration as IllustrationGuide };
}
