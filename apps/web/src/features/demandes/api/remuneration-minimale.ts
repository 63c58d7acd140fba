import { ResultatRemunerationSchema, type ResultatRemuneration } from '@mse/shared/financement/estimation.schema';
import type { DemandeRemunerationMinimale } from '@mse/shared/remuneration/remuneration-minimale.schema';
import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api';

export async function fetchRemunerationMinimale(corps: DemandeRemunerationMinimale): Promise<ResultatRemuneration> {
  return ResultatRemunerationSchema.parse(await api<ResultatRemuneration>('/api/estimations/remuneration-minimale', { method: 'POST', body: corps }));
}

export const remunerationMinimaleQuery = (corps: DemandeRemunerationMinimale | null) =>
  queryOptions({
    queryKey: ['estimations', 'remuneration-minimale', corps],
    queryFn: () => fetchRemunerationMinimale(corps!),
    enabled: corps !== null,
    placeholderData: keepPreviousData,
    staleTime: 60_000,
    retry: false,
  });

export function useRemunerationMinimale(corps: DemandeRemunerationMinimale | null) {
  return useQuery(remunerationMinimaleQuery(corps));
}
