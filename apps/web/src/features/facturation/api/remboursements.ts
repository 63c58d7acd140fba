import {
  PageRemboursementsOpcoSchema, RemboursementOpcoSchema, type AccepterRemboursement, type ActionFacturation, type EtapeRemboursement, type RefuserRemboursement,
} from '@mse/shared/facturation/facturation.schema';
import type { Dispositif } from '@mse/shared/financement/demande-financement.schema';
import { infiniteQueryOptions, queryOptions, useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api';

export type FiltresFacturation = {
  etape: EtapeRemboursement | 'toutes';
  dispositif?: Dispositif | undefined;
  du?: string | undefined;
  au?: string | undefined;
  /** In cents, as the API takes them. */
  montantMin?: number | undefined;
  montantMax?: number | undefined;
  q?: string | undefined;
};

function chemin(f: FiltresFacturation, apres: string): string {
  const p = new URLSearchParams({ etape: f.etape });
  for (const cle of ['dispositif', 'du', 'au', 'q'] as const) if (f[cle]) p.set(cle, f[cle]);
  if (f.montantMin !== undefined) p.set('montantMin', String(f.montantMin));
  if (f.montantMax !== undefined) p.set('montantMax', String(f.montantMax));
  if (apres) p.set('apres', apres);
  return `/api/opco/remboursements?${p.toString()}`;
}

export const fileQuery = (f: FiltresFacturation) =>
  infiniteQueryOptions({
    queryKey: ['opco', 'remboursements', 'file', f],
    queryFn: async ({ pageParam }) => PageRemboursementsOpcoSchema.parse(await api(chemin(f, pageParam))),
    initialPageParam: '',
    getNextPageParam: (page) => page.suivant ?? undefined,
  });

export function useFileFacturation(f: FiltresFacturation) {
  return useInfiniteQuery(fileQuery(f));
}

export const remboursementOpcoQuery = (numero: string) =>
  queryOptions({
    queryKey: ['opco', 'remboursements', 'detail', numero],
    queryFn: async () => RemboursementOpcoSchema.parse(await api(`/api/opco/remboursements/${encodeURIComponent(numero)}`)),
  });

export function useRemboursementOpco(numero: string) {
  return useQuery(remboursementOpcoQuery(numero));
}

export type CorpsDecision = { accepter: AccepterRemboursement; refuser: RefuserRemboursement };

/** One decision on the claim: the answer is the claim as it now stands. */
export function useDecisionRemboursement<A extends ActionFacturation>(numero: string, action: A) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (corps: CorpsDecision[A]) => RemboursementOpcoSchema.parse(await api(`/api/opco/remboursements/${encodeURIComponent(numero)}/${action}`, { method: 'POST', body: corps })),
    onSuccess: (detail) => {
      queryClient.setQueryData(remboursementOpcoQuery(numero).queryKey, detail);
      void queryClient.invalidateQueries({ queryKey: ['opco', 'remboursements'], predicate: (q) => q.queryKey[2] !== 'detail' });
      void queryClient.invalidateQueries({ queryKey: ['opco', 'lots-paiement'] });
    },
  });
}
