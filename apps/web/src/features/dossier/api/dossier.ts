import { DossierSchema, FilDossierSchema, type AnnulerDossier, type CorrigerChamps, type Dossier, type FilDossier } from '@mse/shared/dossier/dossier.schema';
import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api';
import { envoyerFormulaire } from '../../aide/api/formulaire';

const chemin = (id: string) => `/api/demandes/${encodeURIComponent(id)}`;

export const dossierQuery = (id: string) =>
  queryOptions({ queryKey: ['dossier', id], queryFn: async () => DossierSchema.parse(await api<Dossier>(`${chemin(id)}/dossier`)) });

export function useDossier(id: string) {
  return useQuery(dossierQuery(id));
}

/** Each command answers the dossier as it now is: the page shows it at once, and the lists read again. */
function useCommande<E>(id: string, appeler: (entree: E) => Promise<unknown>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (entree: E) => DossierSchema.parse(await appeler(entree)),
    onSuccess: (dossier) => {
      queryClient.setQueryData(dossierQuery(id).queryKey, dossier);
      void queryClient.invalidateQueries({ queryKey: ['financements'] });
      void queryClient.invalidateQueries({ queryKey: ['accueil'] });
    },
  });
}

export const useAnnulerDossier = (id: string) => useCommande(id, (e: AnnulerDossier) => api(`${chemin(id)}/annulation`, { method: 'POST', body: e }));
export const useCorrigerChamps = (id: string) => useCommande(id, (e: CorrigerChamps) => api(`${chemin(id)}/complements/champs`, { method: 'PUT', body: e }));
export const useEnvoyerComplements = (id: string) => useCommande(id, () => api(`${chemin(id)}/envoyer-complements`, { method: 'POST', body: {} }));

/** The thread seen by the employer (by the request's id) or by the back office (by its number). */
export type CibleFil = { cote: 'entreprise'; id: string } | { cote: 'opco'; numero: string };

export const cheminFil = (c: CibleFil) => (c.cote === 'entreprise' ? `${chemin(c.id)}/messages` : `/api/opco/demandes/${encodeURIComponent(c.numero)}/messages`);

export const filQuery = (c: CibleFil) =>
  queryOptions({ queryKey: ['dossier', 'fil', cheminFil(c)], queryFn: async () => FilDossierSchema.parse(await api<FilDossier>(cheminFil(c))) });

export function useFilDossier(c: CibleFil) {
  return useQuery(filQuery(c));
}

export function useEcrireMessage(c: CibleFil) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (donnees: FormData) => FilDossierSchema.parse(await envoyerFormulaire<FilDossier>(queryClient, cheminFil(c), donnees)),
    onSuccess: (fil) => queryClient.setQueryData(filQuery(c).queryKey, fil),
  });
}
