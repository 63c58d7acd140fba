import { CompteursCorbeillesSchema, CRITERES_CORBEILLE, PageDemandesOpcoSchema, ResultatAttributionEnMasseSchema, type AttribuerEnMasse, type Corbeille } from '@mse/shared/instruction/instruction.schema';
import { infiniteQueryOptions, queryOptions, useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import { api } from '../../../lib/api';

export type CritereCorbeille = (typeof CRITERES_CORBEILLE)[number];
/** The criteria as they stand in the page's URL: strings, checked by the API (its answer says what is wrong). */
export type FiltresCorbeille = { corbeille: Corbeille } & Partial<Record<Exclude<CritereCorbeille, 'corbeille'>, string>>;

export function versParametres(f: FiltresCorbeille): Record<string, string> {
  return Object.fromEntries(CRITERES_CORBEILLE.flatMap((c) => (f[c] ? [[c, f[c]]] : [])));
}

function chemin(f: FiltresCorbeille, apres: string): string {
  const p = new URLSearchParams(versParametres(f));
  if (apres) p.set('apres', apres);
  return `/api/opco/demandes?${p.toString()}`;
}

export const corbeilleQuery = (f: FiltresCorbeille) =>
  infiniteQueryOptions({
    queryKey: ['opco', 'demandes', 'corbeille', f],
    queryFn: async ({ pageParam }) => PageDemandesOpcoSchema.parse(await api(chemin(f, pageParam))),
    initialPageParam: '',
    getNextPageParam: (page) => page.suivant ?? undefined,
  });

export function useCorbeille(f: FiltresCorbeille) {
  return useInfiniteQuery(corbeilleQuery(f));
}

export const compteursQuery = queryOptions({
  queryKey: ['opco', 'demandes', 'compteurs'],
  queryFn: async () => z.object({ compteurs: CompteursCorbeillesSchema }).parse(await api('/api/opco/demandes/corbeilles')).compteurs,
});

export function useCompteursCorbeilles() {
  return useQuery(compteursQuery);
}

/** Several requests given to one colleague; the answer names those that could not be. */
export function useAttribuerEnMasse() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (corps: AttribuerEnMasse) => ResultatAttributionEnMasseSchema.parse(await api('/api/opco/demandes/attribuer', { method: 'POST', body: corps })),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: ['opco', 'demandes'] }),
  });
}
