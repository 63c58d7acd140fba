import type { ChangementEmail, ChangementMotDePasse, Coordonnees } from '@mse/shared/identite/compte.schema';
import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api';

type CoordonneesLues = Coordonnees & { email: string };

export const coordonneesQuery = queryOptions({ queryKey: ['compte', 'coordonnees'], queryFn: () => api<CoordonneesLues>('/api/compte/coordonnees') });

export function useCoordonnees() {
  return useQuery(coordonneesQuery);
}

export function useModifierCoordonnees() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: Coordonnees) => api<CoordonneesLues>('/api/compte/coordonnees', { method: 'PUT', body: input }),
    onSuccess: (data) => {
      queryClient.setQueryData(coordonneesQuery.queryKey, data);
      void queryClient.invalidateQueries({ queryKey: ['session'] });
    },
  });
}

export function useChangerEmail() {
  return useMutation({ mutationFn: (input: ChangementEmail) => api<{ message: string }>('/api/compte/adresse-email', { method: 'POST', body: input }) });
}

export function useChangerMotDePasse() {
  return useMutation({ mutationFn: (input: ChangementMotDePasse) => api<{ message: string }>('/api/compte/mot-de-passe', { method: 'PUT', body: input }) });
}
