import { ReferentielAdministrationSchema, type ReferentielAdministration } from '@mse/shared/referentiel/referentiel-admin.schema';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api';

export async function fetchReferentiel(): Promise<ReferentielAdministration> {
  return ReferentielAdministrationSchema.parse(await api<ReferentielAdministration>('/api/referentiel'));
}

export const referentielQuery = queryOptions({ queryKey: ['referentiel'], queryFn: fetchReferentiel });

/** `enabled`: only once the page knows a staff member is signed in (others are sent to their sign-in page). */
export function useReferentiel(enabled = true) {
  return useQuery({ ...referentielQuery, enabled });
}
