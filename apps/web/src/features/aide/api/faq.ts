import { FaqSchema, ResultatsFaqSchema, type Faq, type ResultatsFaq, type VoteFaq } from '@mse/shared/aide/faq.schema';
import { keepPreviousData, queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api';

export const faqQuery = queryOptions({ queryKey: ['aide', 'faq'], queryFn: async () => FaqSchema.parse(await api<Faq>('/api/aide/faq')) });

export function useFaq() {
  return useQuery(faqQuery);
}

export const rechercheFaqQuery = (q: string) =>
  queryOptions({
    queryKey: ['aide', 'faq', 'recherche', q],
    queryFn: async () => ResultatsFaqSchema.parse(await api<ResultatsFaq>(`/api/aide/faq/recherche?q=${encodeURIComponent(q)}`)),
    placeholderData: keepPreviousData,
  });

export function useRechercheFaq(q: string) {
  return useQuery({ ...rechercheFaqQuery(q), enabled: q.trim().length > 0 });
}

export function useVoterFaq() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ slug, ...vote }: VoteFaq & { slug: string }) => api<{ monVote: 'oui' | 'non'; message: string }>(`/api/aide/faq/${encodeURIComponent(slug)}/vote`, { method: 'PUT', body: vote }),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: ['aide', 'faq'] }),
  });
}
