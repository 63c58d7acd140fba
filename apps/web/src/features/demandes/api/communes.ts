import { CommunesSchema, type Commune } from '@mse/shared/adresse/communes.schema';
import { normaliserCodePostal } from '@mse/shared/identifiants/code-postal';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api';

export async function fetchCommunes(codePostal: string): Promise<Commune[]> {
  return CommunesSchema.parse(await api(`/api/communes?${new URLSearchParams({ codePostal })}`)).communes;
}

/** The postal code as the API wants it (five digits), or null while it is not typed whole. */
export function codePostalComplet(saisie: string | undefined): string | null {
  const code = normaliserCodePostal(saisie ?? '');
  return /^\d{5}$/.test(code) ? code : null;
}

/** The communes of a postal code: La Poste's list changes with a release, so it is fetched once per code. */
export const communesQuery = (codePostal: string) =>
  queryOptions({ queryKey: ['communes', codePostal], queryFn: () => fetchCommunes(codePostal), staleTime: Infinity, retry: 1 });

export function useCommunes(saisie: string | undefined) {
  const code = codePostalComplet(saisie);
  return useQuery({ ...communesQuery(code ?? ''), enabled: code !== null });
}
