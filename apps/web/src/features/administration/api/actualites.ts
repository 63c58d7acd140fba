import { ActualiteAdminSchema, ActualitesAdminSchema, type ActualiteAdmin, type ActualitesAdmin, type SaisieActualite } from '@mse/shared/administration/actualite-admin.schema';
import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api';

export const actualitesAdminQuery = queryOptions({
  queryKey: ['administration', 'actualites'],
  queryFn: async () => ActualitesAdminSchema.parse(await api<ActualitesAdmin>('/api/administration/actualites')),
});

export const useActualitesAdmin = () => useQuery(actualitesAdminQuery);

function useApresModification() {
  const queryClient = useQueryClient();
  return () => Promise.all([queryClient.invalidateQueries({ queryKey: actualitesAdminQuery.queryKey }), queryClient.invalidateQueries({ queryKey: ['actualites'] })]);
}

export function useEnregistrerActualite() {
  const apres = useApresModification();
  return useMutation({
    mutationFn: async ({ id, saisie }: { id?: string; saisie: SaisieActualite }) =>
      ActualiteAdminSchema.parse(
        await api<ActualiteAdmin>(id ? `/api/administration/actualites/${id}` : '/api/administration/actualites', { method: id ? 'PUT' : 'POST', body: saisie }),
      ),
    onSuccess: apres,
  });
}

export function useRetirerActualite() {
  const apres = useApresModification();
  return useMutation({
    mutationFn: async (id: string) => ActualiteAdminSchema.parse(await api<ActualiteAdmin>(`/api/administration/actualites/${id}/retrait`, { method: 'POST' })),
    onSuccess: apres,
  });
}
