import { SessionSchema, type Session } from '@mse/shared/identite/session.schema';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api';
import { sessionQuery } from '../../identite/api/session';

export async function choisirEtablissementCourant(siret: string | null): Promise<Session> {
  return SessionSchema.parse(await api<Session>('/api/etablissement-courant', { method: 'PUT', body: { siret } }));
}

/** The answer is the new session: the company block changes at once; the lists and the home counts follow. */
export function useChoisirEtablissementCourant() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: choisirEtablissementCourant,
    onSuccess: (session) => {
      queryClient.setQueryData(sessionQuery.queryKey, session);
      void queryClient.invalidateQueries({ queryKey: ['etablissements'] });
      void queryClient.invalidateQueries({ queryKey: ['accueil'] });
    },
  });
}
