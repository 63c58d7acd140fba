import { CollegueSchema, type Collegue } from '@mse/shared/collegues/collegue.schema';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api';

export async function renvoyerInvitation(id: string): Promise<Collegue> {
  return CollegueSchema.parse(await api<Collegue>(`/api/collegues/${encodeURIComponent(id)}/invitation`, { method: 'POST' }));
}

export function useRenvoyerInvitation() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: renvoyerInvitation, onSuccess: () => void queryClient.invalidateQueries({ queryKey: ['collegues'] }) });
}
