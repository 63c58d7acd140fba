import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api';

export async function revoquerCollegue(id: string): Promise<void> {
  await api<void>(`/api/collegues/${encodeURIComponent(id)}`, { method: 'DELETE' });
}

export function useRevoquerCollegue() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: revoquerCollegue,
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: ['collegues'] });
      void queryClient.invalidateQueries({ queryKey: ['etablissements'] });
    },
  });
}
