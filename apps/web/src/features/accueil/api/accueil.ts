import { AccueilSchema, type Accueil } from '@mse/shared/accueil/accueil.schema';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api';

export async function fetchAccueil(): Promise<Accueil> {
  return AccueilSchema.parse(await api<Accueil>('/api/accueil'));
}

/** Everything the home page shows, in one request; invalidated when the current establishment changes. */
export const accueilQuery = queryOptions({ queryKey: ['accueil'], queryFn: fetchAccueil });

export function useAccueil() {
  return useQuery(accueilQuery);
}
