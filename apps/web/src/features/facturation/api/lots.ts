import { LotsPaiementSchema, type MarquerPaye } from '@mse/shared/facturation/facturation.schema';
import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api';

export const lotsQuery = queryOptions({
  queryKey: ['opco', 'lots-paiement'],
  queryFn: async () => LotsPaiementSchema.parse(await api('/api/opco/lots-paiement')),
});

export function useLotsPaiement() {
  return useQuery(lotsQuery);
}

export const cheminExport = (numero: string) => `/api/opco/lots-paiement/${encodeURIComponent(numero)}/export.csv`;

function useApresChangement() {
  const queryClient = useQueryClient();
  return (lots: unknown) => {
    queryClient.setQueryData(lotsQuery.queryKey, LotsPaiementSchema.parse(lots));
    void queryClient.invalidateQueries({ queryKey: ['opco', 'remboursements'] });
  };
}

/** « Préparer un lot de paiement »: answers the new batch's number and the batches as they now stand. */
export function usePreparerLot() {
  const apres = useApresChangement();
  return useMutation({
    mutationFn: async () => LotsPaiementSchema.extend({ numero: LotsPaiementSchema.shape.lots.element.shape.numero }).parse(await api('/api/opco/lots-paiement', { method: 'POST' })),
    onSuccess: apres,
  });
}

export function useMarquerPaye(numero: string) {
  const apres = useApresChangement();
  return useMutation({
    mutationFn: async (corps: MarquerPaye) => LotsPaiementSchema.parse(await api(`/api/opco/lots-paiement/${encodeURIComponent(numero)}/payer`, { method: 'POST', body: corps })),
    onSuccess: apres,
  });
}
