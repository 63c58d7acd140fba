import { EtatInvitationSchema, type EtatInvitation } from '@mse/shared/collegues/collegue.schema';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api';

export async function fetchEtatInvitation(jeton: string): Promise<EtatInvitation> {
  return EtatInvitationSchema.parse(await api<EtatInvitation>(`/api/invitation?jeton=${encodeURIComponent(jeton)}`));
}

export const etatInvitationQuery = (jeton: string) =>
  queryOptions({ queryKey: ['invitation', jeton], queryFn: () => fetchEtatInvitation(jeton), enabled: jeton.length >= 10, retry: false });

export function useEtatInvitation(jeton: string) {
  return useQuery(etatInvitationQuery(jeton));
}
