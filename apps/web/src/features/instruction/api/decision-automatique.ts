import { ParametresDecisionAutomatiqueSchema, type ModifierDecisionAutomatique } from '@mse/shared/instruction/decision-automatique';
import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api';

export const decisionAutomatiqueQuery = queryOptions({
  queryKey: ['opco', 'parametres', 'decision-automatique'],
  queryFn: async () => ParametresDecisionAutomatiqueSchema.parse(await api('/api/opco/parametres/decision-automatique')),
});

export function useDecisionAutomatique() {
  return useQuery(decisionAutomatiqueQuery);
}

export function useModifierDecisionAutomatique() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (m: ModifierDecisionAutomatique) => ParametresDecisionAutomatiqueSchema.parse(await api('/api/opco/parametres/decision-automatique', { method: 'PUT', body: m })),
    onSuccess: (p) => queryClient.setQueryData(decisionAutomatiqueQuery.queryKey, p),
  });
}
