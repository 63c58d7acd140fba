import { EligibilitesSchema, type Eligibilites } from '@mse/shared/demande/demande.schema';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api';

export async function fetchDispositifs(siret: string): Promise<Eligibilites> {
  return EligibilitesSchema.parse(await api<Eligibilites>(`/api/demandes/dispositifs?${new URLSearchParams({ siret })}`));
}

/** Which schemes the establishment may ask for, and why not; by SIRET, so another establishment asks again. */
export const dispositifsQuery = (siret: string) =>
  queryOptions({ queryKey: ['demandes', 'dispositifs', siret], queryFn: () => fetchDispositifs(siret) });

export function useDispositifs(siret: string | undefined) {
  return useQuery({ ...dispositifsQuery(siret ?? ''), enabled: siret !== undefined });
}
