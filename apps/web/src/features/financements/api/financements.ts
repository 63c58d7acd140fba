import type { GroupeStatut } from '@mse/shared/demande/statut';
import type { CLES_CRITERES_FINANCEMENT} from '@mse/shared/financement/criteres-recherche';
import { PageRechercheFinancementsSchema, type OrdreTri, type PageRechercheFinancements, type TriFinancements } from '@mse/shared/financement/criteres-recherche';
import { infiniteQueryOptions, useInfiniteQuery } from '@tanstack/react-query';
import { parametresDesCriteres, type Criteres } from '../../../components/recherche/criteres-url';
import { api } from '../../../lib/api';

export const TAILLE_PAGE_FINANCEMENTS = 20;

export type CriteresTexte = Criteres<(typeof CLES_CRITERES_FINANCEMENT)[number]>;
export type TriListe = { tri: TriFinancements | ''; ordre: OrdreTri | '' };

/** The list's query: tab, sort and criteria (those set), as the API and the export read them. */
export function parametresListe(groupe: GroupeStatut, criteres: CriteresTexte, tri: TriListe): URLSearchParams {
  const params = parametresDesCriteres(criteres, { groupe });
  if (tri.tri) params.set('tri', tri.tri);
  if (tri.ordre) params.set('ordre', tri.ordre);
  return params;
}

export async function fetchFinancements(params: URLSearchParams, apres: string | undefined): Promise<PageRechercheFinancements> {
  const p = new URLSearchParams(params);
  p.set('taille', String(TAILLE_PAGE_FINANCEMENTS));
  if (apres) p.set('apres', apres);
  return PageRechercheFinancementsSchema.parse(await api<PageRechercheFinancements>(`/api/financements?${p}`));
}

/** The address of the export of the list shown (same tab, sort and criteria). */
export function adresseExport(format: 'csv' | 'xlsx', params: URLSearchParams): string {
  const p = new URLSearchParams(params);
  p.set('format', format);
  return `/api/financements/export?${p}`;
}

/**
 * One tab, page after page ("Voir plus" follows the server's cursor), with the sort and the criteria.
 * The current establishment is part of the key: choosing another one in the company block shows its
 * requests at once.
 */
export const financementsQuery = (params: URLSearchParams, etablissementCourant: string | null) =>
  infiniteQueryOptions({
    queryKey: ['financements', params.toString(), etablissementCourant],
    queryFn: ({ pageParam }) => fetchFinancements(params, pageParam),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (page) => page.suivant ?? undefined,
  });

export function useFinancements(params: URLSearchParams, etablissementCourant: string | null) {
  return useInfiniteQuery(financementsQuery(params, etablissementCourant));
}
