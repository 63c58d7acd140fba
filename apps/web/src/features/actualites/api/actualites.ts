import { ActualitesSchema, type Actualites } from '@mse/shared/actualites/actualite.schema';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api';

export const actualitesQuery = queryOptions({
  queryKey: ['actualites'],
  queryFn: async () => ActualitesSchema.parse(await api<Actualites>('/api/actualites')),
});

export function useActualites() {
  return useQuery(actualitesQuery);
}
