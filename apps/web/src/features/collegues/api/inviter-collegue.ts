import { CollegueSchema, type Collegue, type InvitationCollegue } from '@mse/shared/collegues/collegue.schema';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api';

export async function inviterCollegue(invitation: InvitationCollegue): Promise<Collegue> {
  return CollegueSchema.parse(await api<Collegue>('/api/collegues', { method: 'POST', body: invitation }));
}

export function useInviterCollegue() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: inviterCollegue,
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: ['collegues'] });
      void queryClient.invalidateQueries({ queryKey: ['etablissements'] });
    },
  });
}
