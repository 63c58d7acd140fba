import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api';

export async function supprimerBrouillon(id: string): Promise<void> {
  await api<void>(`/api/demandes/${encodeURIComponent(id)}`, { method: 'DELETE' });
}

/** The row leaves the list and the tab's count drops; the home chart follows. */
export function useSupprimerBrouillon() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: supprimerBrouillon,
    onSuccess: async () => {
      void queryClient.invalidateQueries({ queryKey: ['accueil'] });
      await queryClient.invalidateQueries({ queryKey: ['financements'] });
    },
  });
}
