import { CollegueSchema, type AccesCollegue, type Collegue } from '@mse/shared/collegues/collegue.schema';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api';

export async function modifierAccesCollegue({ id, acces }: { id: string; acces: AccesCollegue }): Promise<Collegue> {
  return CollegueSchema.parse(await api<Collegue>(`/api/collegues/${encodeURIComponent(id)}`, { method: 'PUT', body: acces }));
}

export function useModifierAccesCollegue() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: modifierAccesCollegue,
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: ['collegues'] });
      void queryClient.invalidateQueries({ queryKey: ['etablissements'] });
    },
  });
}
