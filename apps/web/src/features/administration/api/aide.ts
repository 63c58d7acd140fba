import { FaqAdminSchema, GuideAdminSchema, GuidesAdminSchema, type FaqAdmin, type GuideAdmin, type GuidesAdmin, type SaisieGuide, type SaisieQuestionFaq, type SaisieThemeFaq } from '@mse/shared/administration/aide-admin.schema';
import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api';

export const faqAdminQuery = queryOptions({
  queryKey: ['administration', 'faq'],
  queryFn: async () => FaqAdminSchema.parse(await api<FaqAdmin>('/api/administration/faq')),
});
export const useFaqAdmin = () => useQuery(faqAdminQuery);

type OperationFaq =
  | { type: 'creer_theme'; saisie: SaisieThemeFaq }
  | { type: 'modifier_theme'; id: string; saisie: SaisieThemeFaq }
  | { type: 'supprimer_theme'; id: string }
  | { type: 'creer_question'; saisie: SaisieQuestionFaq }
  | { type: 'modifier_question'; id: string; saisie: SaisieQuestionFaq }
  | { type: 'supprimer_question'; id: string };

function requete(op: OperationFaq): [string, { method: string; body?: unknown }] {
  switch (op.type) {
    case 'creer_theme':
      return ['/api/administration/faq/themes', { method: 'POST', body: op.saisie }];
    case 'modifier_theme':
      return [`/api/administration/faq/themes/${op.id}`, { method: 'PUT', body: op.saisie }];
    case 'supprimer_theme':
      return [`/api/administration/faq/themes/${op.id}`, { method: 'DELETE' }];
    case 'creer_question':
      return ['/api/administration/faq/questions', { method: 'POST', body: op.saisie }];
    case 'modifier_question':
      return [`/api/administration/faq/questions/${op.id}`, { method: 'PUT', body: op.saisie }];
    case 'supprimer_question':
      return [`/api/administration/faq/questions/${op.id}`, { method: 'DELETE' }];
  }
}

/** Every change of the FAQ answers with the whole FAQ, which replaces the cached one. */
export function useModifierFaq() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (op: OperationFaq) => FaqAdminSchema.parse(await api<FaqAdmin>(...requete(op))),
    onSuccess: async (faq) => {
      queryClient.setQueryData(faqAdminQuery.queryKey, faq);
      await queryClient.invalidateQueries({ queryKey: ['aide'] });
    },
  });
}

export const guidesAdminQuery = queryOptions({
  queryKey: ['administration', 'guides'],
  queryFn: async () => GuidesAdminSchema.parse(await api<GuidesAdmin>('/api/administration/guides')),
});
export const useGuidesAdmin = () => useQuery(guidesAdminQuery);

export function useModifierGuide() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ slug, saisie }: { slug: string; saisie: SaisieGuide }) =>
      GuideAdminSchema.parse(await api<GuideAdmin>(`/api/administration/guides/${slug}`, { method: 'PUT', body: saisie })),
    onSuccess: () => Promise.all([queryClient.invalidateQueries({ queryKey: guidesAdminQuery.queryKey }), queryClient.invalidateQueries({ queryKey: ['aide'] })]),
  });
}
