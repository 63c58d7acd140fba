import type { Reinitialisation } from '@mse/shared/identite/compte.schema';
import { SessionSchema, type Session } from '@mse/shared/identite/session.schema';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, setCsrfToken } from '../../../lib/api';
import { sessionQuery } from '../../identite/api/session';

export async function accepterInvitation(input: Reinitialisation): Promise<Session> {
  return SessionSchema.parse(await api<Session>('/api/invitation', { method: 'POST', body: input }));
}

/** The answer is the new session: the invitee lands on the home page, signed in. */
export function useAccepterInvitation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: accepterInvitation,
    onSuccess: (session) => {
      setCsrfToken(session.csrfToken);
      queryClient.setQueryData(sessionQuery.queryKey, session);
    },
  });
}
