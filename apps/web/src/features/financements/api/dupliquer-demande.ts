import { DemandeDetailSchema, type DemandeDetail } from '@mse/shared/demande/demande.schema';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api';

export async function dupliquerDemande(id: string): Promise<DemandeDetail> {
  return DemandeDetailSchema.parse(await api<DemandeDetail>(`/api/demandes/${encodeURIComponent(id)}/duplication`, { method: 'POST' }));
}

/** The copy is a new draft: the caller opens its form. */
export function useDupliquerDemande() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: dupliquerDemande,
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: ['financements'] });
      void queryClient.invalidateQueries({ queryKey: ['accueil'] });
    },
  });
}
