import { PageEtablissementsSchema, type PageEtablissements, type RechercheEtablissements } from '@mse/shared/entreprise/etablissement.schema';
import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api';

export async function fetchEtablissements(recherche: RechercheEtablissements): Promise<PageEtablissements> {
  const params = new URLSearchParams();
  for (const [cle, valeur] of Object.entries(recherche)) if (valeur !== undefined && valeur !== '') params.set(cle, String(valeur));
  return PageEtablissementsSchema.parse(await api<PageEtablissements>(`/api/etablissements?${params}`));
}

export const etablissementsQuery = (recherche: RechercheEtablissements) =>
  queryOptions({
    queryKey: ['etablissements', recherche],
    queryFn: () => fetchEtablissements(recherche),
    // The previous page stays on screen while the next one loads: no flicker when typing or paging.
    placeholderData: keepPreviousData,
  });

export function useEtablissements(recherche: RechercheEtablissements, options: { enabled?: boolean } = {}) {
  return useQuery({ ...etablissementsQuery(recherche), ...options });
}
