import { ContexteRemboursementSchema, type ContexteRemboursement } from '@mse/shared/remboursement/demande-remboursement.schema';
import { PageRemboursementsSchema, type CLES_CRITERES_REMBOURSEMENTS, type PageRemboursements } from '@mse/shared/remboursement/liste.schema';
import type { StatutRemboursement } from '@mse/shared/remboursement/statut.schema';
import { infiniteQueryOptions, queryOptions, useInfiniteQuery, useQuery } from '@tanstack/react-query';
import { parametresDesCriteres, type Criteres } from '../../../components/recherche/criteres-url';
import { api, ApiError } from '../../../lib/api';

export const TAILLE_PAGE_REMBOURSEMENTS = 20;
export type CleCritere = (typeof CLES_CRITERES_REMBOURSEMENTS)[number];
export type CriteresTexte = Criteres<CleCritere>;

/** The list's query: the tab, the criteria that are set, the sort when not the default. */
export function parametresListe(onglet: StatutRemboursement, criteres: CriteresTexte, tri: string): URLSearchParams {
  const p = parametresDesCriteres(criteres, { onglet });
  if (tri && tri !== 'date_desc') p.set('tri', tri);
  return p;
}

export async function fetchRemboursements(parametres: URLSearchParams, apres: string | undefined): Promise<PageRemboursements> {
  const p = new URLSearchParams(parametres);
  p.set('taille', String(TAILLE_PAGE_REMBOURSEMENTS));
  if (apres) p.set('apres', apres);
  return PageRemboursementsSchema.parse(await api<PageRemboursements>(`/api/remboursements?${p}`));
}

/** One tab with its criteria, page after page; the current establishment is part of the key. */
export const remboursementsQuery = (parametres: URLSearchParams, etablissementCourant: string | null) =>
  infiniteQueryOptions({
    queryKey: ['remboursements', parametres.toString(), etablissementCourant],
    queryFn: ({ pageParam }) => fetchRemboursements(parametres, pageParam),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (page) => page.suivant ?? undefined,
    // A criterion to correct is not retried.
    retry: (n, e) => n < 2 && !(e instanceof ApiError && e.status === 400),
  });

export function useRemboursements(parametres: URLSearchParams, etablissementCourant: string | null) {
  return useInfiniteQuery(remboursementsQuery(parametres, etablissementCourant));
}

/** The export of the current list (same criteria and sort), downloaded by the browser. */
export function adresseExport(format: 'csv' | 'xlsx', parametres: URLSearchParams): string {
  const p = new URLSearchParams(parametres);
  p.set('format', format);
  return `/api/remboursements/export?${p}`;
}

export const contexteRemboursementQuery = (demandeId: string) =>
  queryOptions({
    queryKey: ['remboursements', 'contexte', demandeId],
    queryFn: async () => ContexteRemboursementSchema.parse(await api<ContexteRemboursement>(`/api/demandes/${encodeURIComponent(demandeId)}/remboursement`)),
  });

export function useContexteRemboursement(demandeId: string) {
  return useQuery(contexteRemboursementQuery(demandeId));
}
