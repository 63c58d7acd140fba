import type { DemandeReinitialisation, Reinitialisation } from '@mse/shared/identite/compte.schema';
import { SessionSchema, type Session } from '@mse/shared/identite/session.schema';
import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, setCsrfToken } from '../../../lib/api';
import { sessionQuery } from './session';

export function useDemanderReinitialisation() {
  return useMutation({ mutationFn: (input: DemandeReinitialisation) => api<{ message: string }>('/api/mot-de-passe-oublie', { method: 'POST', body: input }) });
}

export const etatJetonQuery = (jeton: string) =>
  queryOptions({
    queryKey: ['jeton-reinitialisation', jeton],
    queryFn: () => api<{ etat: 'valide' | 'expire' | 'utilise' | 'inconnu'; message?: string }>(`/api/mot-de-passe/jeton?jeton=${encodeURIComponent(jeton)}`),
    enabled: jeton.length >= 10,
    retry: false,
  });

export function useEtatJeton(jeton: string) {
  return useQuery(etatJetonQuery(jeton));
}

export function useReinitialiser() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (input: Reinitialisation) => SessionSchema.parse(await api<Session>('/api/mot-de-passe/reinitialiser', { method: 'POST', body: input })),
    onSuccess: (session) => {
      setCsrfToken(session.csrfToken);
      queryClient.setQueryData(sessionQuery.queryKey, session);
    },
  });
}
