import { ConfigurationPubliqueSchema, type ConfigurationPublique } from '@mse/shared/portail/configuration.schema';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api';

export const configurationQuery = queryOptions({
  queryKey: ['configuration'],
  queryFn: async () => ConfigurationPubliqueSchema.parse(await api<ConfigurationPublique>('/api/configuration')),
  staleTime: Infinity,
});

export function useConfiguration() {
  return useQuery(configurationQuery);
}
