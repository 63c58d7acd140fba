import { PageFinancementsSchema, type PageFinancements } from '@mse/shared/demande/liste.schema';
import type { GroupeStatut } from '@mse/shared/demande/statut';
import { infiniteQueryOptions, useInfiniteQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api';

export const TAILLE_PAGE_FINANCEMENTS = 20;

export async function fetchFinancements(groupe: GroupeStatut, apres: string | undefined): Promise<PageFinancements> {
  const params = new URLSearchParams({ groupe, taille: String(TAILLE_PAGE_FINANCEMENTS) });
  if (apres) params.set('apres', apres);
  return PageFinancementsSchema.parse(await api<PageFinancements>(`/api/financements?${params}`));
}

/**
 * One tab, page after page ("Voir plus" follows the server's cursor). The current establishment is
 * part of the key: choosing another one in the company block shows its requests at once.
 */
export const financementsQuery = (groupe: GroupeStatut, etablissementCourant: string | null) =>
  infiniteQueryOptions({
    queryKey: ['financements', groupe, etablissementCourant],
    queryFn: ({ pageParam }) => fetchFinancements(groupe, pageParam),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (page) => page.suivant ?? undefined,
  });

export function useFinancements(groupe: GroupeStatut, etablissementCourant: string | null) {
  return useInfiniteQuery(financementsQuery(groupe, etablissementCourant));
}
