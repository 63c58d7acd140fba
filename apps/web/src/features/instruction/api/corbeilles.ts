import { CompteursCorbeillesSchema, PageDemandesOpcoSchema, type Corbeille } from '@mse/shared/instruction/instruction.schema';
import type { Dispositif } from '@mse/shared/financement/demande-financement.schema';
import type { StatutDemande } from '@mse/shared/demande/statut.schema';
import { infiniteQueryOptions, queryOptions, useInfiniteQuery, useQuery } from '@tanstack/react-query';
import { z } from 'zod';
import { api } from '../../../lib/api';

export type FiltresCorbeille = { corbeille: Corbeille; dispositif?: Dispositif | undefined; statut?: StatutDemande | undefined; q?: string | undefined };

function chemin(f: FiltresCorbeille, apres: string): string {
  const p = new URLSearchParams({ corbeille: f.corbeille });
  if (f.dispositif) p.set('dispositif', f.dispositif);
  if (f.statut) p.set('statut', f.statut);
  if (f.q) p.set('q', f.q);
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
