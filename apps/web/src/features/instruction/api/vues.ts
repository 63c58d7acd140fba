import { VueEnregistreeSchema, type CreerVue } from '@mse/shared/instruction/instruction.schema';
import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import { api } from '../../../lib/api';

export const vuesQuery = queryOptions({
  queryKey: ['opco', 'vues'],
  queryFn: async () => z.object({ vues: z.array(VueEnregistreeSchema) }).parse(await api('/api/opco/vues')).vues,
});

export function useVues() {
  return useQuery(vuesQuery);
}

export function useEnregistrerVue() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (vue: CreerVue) => VueEnregistreeSchema.parse(await api('/api/opco/vues', { method: 'POST', body: vue })),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: vuesQuery.queryKey }),
  });
}

export function useSupprimerVue() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (id: string) => {
      await api(`/api/opco/vues/${id}`, { method: 'DELETE' });
    },
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: vuesQuery.queryKey }),
  });
}
