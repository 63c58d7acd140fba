import { ParametresAdminSchema, type ParametresAdmin, type ParametresOpco } from '@mse/shared/administration/parametres.schema';
import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api';
import { envoyerFormulaire } from '../../aide/api/formulaire';
import { configurationQuery } from '../../portail/api/configuration';

export const parametresQuery = queryOptions({
  queryKey: ['administration', 'parametres'],
  queryFn: async () => ParametresAdminSchema.parse(await api<ParametresAdmin>('/api/administration/parametres')),
});
export const useParametres = () => useQuery(parametresQuery);

function useApres() {
  const queryClient = useQueryClient();
  return async (p: ParametresAdmin) => {
    queryClient.setQueryData(parametresQuery.queryKey, p);
    await queryClient.invalidateQueries({ queryKey: configurationQuery.queryKey });
  };
}

export function useModifierParametres() {
  const apres = useApres();
  return useMutation({
    mutationFn: async (saisie: ParametresOpco) => ParametresAdminSchema.parse(await api<ParametresAdmin>('/api/administration/parametres', { method: 'PUT', body: saisie })),
    onSuccess: apres,
  });
}

export function useDeposerLogo() {
  const queryClient = useQueryClient();
  const apres = useApres();
  return useMutation({
    mutationFn: async (fichier: File) => {
      const donnees = new FormData();
      donnees.append('logo', fichier, fichier.name);
      return ParametresAdminSchema.parse(await envoyerFormulaire<ParametresAdmin>(queryClient, '/api/administration/parametres/logo', donnees));
    },
    onSuccess: apres,
  });
}
