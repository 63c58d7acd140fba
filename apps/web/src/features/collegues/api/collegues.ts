import { ColleguesSchema, type Collegues } from '@mse/shared/collegues/collegue.schema';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api';

export async function fetchCollegues(): Promise<Collegues> {
  return ColleguesSchema.parse(await api<Collegues>('/api/collegues'));
}

/** Only the account owner gets an answer; anyone else gets 403 and sees no "Collègues" section. */
export const colleguesQuery = queryOptions({ queryKey: ['collegues'], queryFn: fetchCollegues, retry: false });

export function useCollegues() {
  return useQuery(colleguesQuery);
}
