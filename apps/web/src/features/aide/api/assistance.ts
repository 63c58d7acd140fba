import {
  AccuseEnvoiAssistanceSchema, DemandeAssistanceDetailSchema, MesDemandesAssistanceSchema, type AccuseEnvoiAssistance,
  type DemandeAssistanceDetail, type NouveauMessageAssistance,
} from '@mse/shared/aide/demande-assistance.schema';
import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api';
import { envoyerFormulaire } from './formulaire';

export const mesDemandesAssistanceQuery = queryOptions({
  queryKey: ['assistance', 'mes-demandes'],
  queryFn: async () => MesDemandesAssistanceSchema.parse(await api('/api/assistance/demandes')),
});

export function useMesDemandesAssistance() {
  return useQuery(mesDemandesAssistanceQuery);
}

export const demandeAssistanceQuery = (numero: string) =>
  queryOptions({
    queryKey: ['assistance', 'mes-demandes', numero],
    queryFn: async () => DemandeAssistanceDetailSchema.parse(await api<DemandeAssistanceDetail>(`/api/assistance/demandes/${encodeURIComponent(numero)}`)),
  });

export function useDemandeAssistance(numero: string) {
  return useQuery(demandeAssistanceQuery(numero));
}

/** "Contacter l’assistance": signed in (`connecte`) or from the login page. */
export function useEnvoyerDemandeAssistance(connecte: boolean) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (donnees: FormData) =>
      AccuseEnvoiAssistanceSchema.parse(
        await envoyerFormulaire<AccuseEnvoiAssistance>(queryClient, connecte ? '/api/assistance/demandes' : '/api/assistance/demandes-publiques', donnees),
      ),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: ['assistance', 'mes-demandes'] }),
  });
}

export function useRelancerDemandeAssistance(numero: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (input: NouveauMessageAssistance) =>
      DemandeAssistanceDetailSchema.parse(await api(`/api/assistance/demandes/${encodeURIComponent(numero)}/messages`, { method: 'POST', body: input })),
    onSuccess: (detail) => {
      queryClient.setQueryData(demandeAssistanceQuery(numero).queryKey, detail);
      void queryClient.invalidateQueries({ queryKey: ['assistance', 'mes-demandes'], exact: true });
    },
  });
}
