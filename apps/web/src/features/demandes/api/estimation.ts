import { ResultatEstimationSchema, type DemandeEstimation, type ResultatEstimation } from '@mse/shared/financement/estimation.schema';
import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api';

export async function estimer(corps: DemandeEstimation): Promise<ResultatEstimation> {
  return ResultatEstimationSchema.parse(await api<ResultatEstimation>('/api/estimations', { method: 'POST', body: corps }));
}

/** Priced by the server (its NPEC row and referential version); null while the form is not far enough. */
export const estimationQuery = (corps: DemandeEstimation | null) =>
  queryOptions({
    queryKey: ['estimations', corps],
    queryFn: () => estimer(corps!),
    enabled: corps !== null,
    placeholderData: keepPreviousData,
    staleTime: 60_000,
    retry: false,
  });

export function useEstimation(corps: DemandeEstimation | null) {
  return useQuery(estimationQuery(corps));
}
