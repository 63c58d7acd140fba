import { StatistiquesSchema } from '@mse/shared/instruction/statistiques.schema';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api';

export const statistiquesQuery = (semaines: number) =>
  queryOptions({
    queryKey: ['opco', 'statistiques', semaines],
    queryFn: async () => StatistiquesSchema.parse(await api(`/api/opco/statistiques?semaines=${semaines}`)),
  });

export function useStatistiques(semaines: number) {
  return useQuery(statistiquesQuery(semaines));
}
