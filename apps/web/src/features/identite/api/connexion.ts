import type { Connexion } from '@mse/shared/identite/connexion.schema';
import { SessionSchema, type Session } from '@mse/shared/identite/session.schema';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, setCsrfToken } from '../../../lib/api';
import { sessionQuery } from './session';

export function useConnexion() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (input: Connexion) => SessionSchema.parse(await api<Session>('/api/session', { method: 'POST', body: input })),
    onSuccess: (session) => {
      setCsrfToken(session.csrfToken);
      queryClient.setQueryData(sessionQuery.queryKey, session);
    },
  });
}
