import { ActualiteSchema, type Actualite } from '@mse/shared/actualites/actualite.schema';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api';

export async function fetchActualite(id: string): Promise<Actualite> {
  return ActualiteSchema.parse(await api<Actualite>(`/api/actualites/${encodeURIComponent(id)}`));
}

export const actualiteQuery = (id: string) => queryOptions({ queryKey: ['actualites', id], queryFn: () => fetchActualite(id) });

export function useActualite(id: string) {
  return useQuery(actualiteQuery(id));
}
