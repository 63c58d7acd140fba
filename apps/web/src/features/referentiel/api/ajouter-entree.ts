import { EntreeReferentielSchema, type EntreeReferentiel, type NouvelleEntreeReferentiel } from '@mse/shared/referentiel/referentiel-admin.schema';
import type { Rubrique } from '@mse/shared/referentiel/rubriques';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api';
import { referentielQuery } from './referentiel';

export async function ajouterEntree(rubrique: Rubrique, entree: NouvelleEntreeReferentiel): Promise<EntreeReferentiel> {
  return EntreeReferentielSchema.parse(await api<EntreeReferentiel>(`/api/referentiel/${rubrique}/entrees`, { method: 'POST', body: entree }));
}

export function useAjouterEntree(rubrique: Rubrique) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (entree: NouvelleEntreeReferentiel) => ajouterEntree(rubrique, entree),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: referentielQuery.queryKey }),
  });
}
