import { DemandeDetailSchema, EnvoiRefuseSchema, type DemandeDetail } from '@mse/shared/demande/demande.schema';
import type { Controle } from '@mse/shared/controles/controle.schema';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { ErreurApiDetaillee, requeteJson } from './requete-json';

export async function envoyerDemande(queryClient: ReturnType<typeof useQueryClient>, id: string, version: number): Promise<DemandeDetail> {
  return DemandeDetailSchema.parse(await requeteJson<DemandeDetail>(queryClient, `/api/demandes/${encodeURIComponent(id)}/envoi`, 'POST', { version }));
}

/** The problems of a refused sending (422), to be shown like the form's own. */
export function lireEnvoiRefuse(erreur: unknown): { champs: { chemin: string; message: string }[]; avertissements: Controle[] } | null {
  if (!(erreur instanceof ErreurApiDetaillee) || erreur.status !== 422) return null;
  const refus = EnvoiRefuseSchema.safeParse(erreur.corps);
  if (refus.success) return { champs: refus.data.erreur.champs, avertissements: refus.data.erreur.avertissements };
  return { champs: erreur.champs, avertissements: [] };
}

export function useEnvoyerDemande() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, version }: { id: string; version: number }) => envoyerDemande(queryClient, id, version),
    onSuccess: (demande) => {
      queryClient.setQueryData(['demandes', 'detail', demande.id], demande);
      void queryClient.invalidateQueries({ queryKey: ['demandes', 'liste'] });
      void queryClient.invalidateQueries({ queryKey: ['accueil'] });
    },
  });
}
