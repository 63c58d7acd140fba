import {
  DemandeAssistanceOpcoSchema, PageDemandesAssistanceOpcoSchema, type DemandeAssistanceOpco, type NouveauMessageAssistance,
} from '@mse/shared/aide/demande-assistance.schema';
import { StatistiquesFaqSchema } from '@mse/shared/aide/faq.schema';
import { infiniteQueryOptions, queryOptions, useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api';

export type FiltreFile = 'en_attente' | 'repondu' | 'toutes';

export const fileAssistanceQuery = (statut: FiltreFile) =>
  infiniteQueryOptions({
    queryKey: ['opco', 'assistance', statut],
    queryFn: async ({ pageParam }) =>
      PageDemandesAssistanceOpcoSchema.parse(await api(`/api/opco/assistance?statut=${statut}${pageParam ? `&apres=${encodeURIComponent(pageParam)}` : ''}`)),
    initialPageParam: '',
    getNextPageParam: (page) => page.suivant ?? undefined,
  });

export function useFileAssistance(statut: FiltreFile) {
  return useInfiniteQuery(fileAssistanceQuery(statut));
}

export const demandeAssistanceOpcoQuery = (numero: string) =>
  queryOptions({
    queryKey: ['opco', 'assistance', 'detail', numero],
    queryFn: async () => DemandeAssistanceOpcoSchema.parse(await api<DemandeAssistanceOpco>(`/api/opco/assistance/${encodeURIComponent(numero)}`)),
  });

export function useDemandeAssistanceOpco(numero: string) {
  return useQuery(demandeAssistanceOpcoQuery(numero));
}

export function useRepondreDemandeAssistance(numero: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (input: NouveauMessageAssistance) =>
      DemandeAssistanceOpcoSchema.parse(await api(`/api/opco/assistance/${encodeURIComponent(numero)}/reponses`, { method: 'POST', body: input })),
    onSuccess: (detail) => {
      queryClient.setQueryData(demandeAssistanceOpcoQuery(numero).queryKey, detail);
      void queryClient.invalidateQueries({ queryKey: ['opco', 'assistance'] });
    },
  });
}

export const statistiquesFaqQuery = queryOptions({
  queryKey: ['opco', 'aide', 'statistiques'],
  queryFn: async () => StatistiquesFaqSchema.parse(await api('/api/opco/aide/faq/statistiques')),
});

export function useStatistiquesFaq() {
  return useQuery(statistiquesFaqQuery);
}
