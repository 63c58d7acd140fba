import type { Erreur } from '@mse/shared/commun/erreur.schema';
import type { DemandeRemboursement, TypePieceRemboursement } from '@mse/shared/remboursement/demande-remboursement.schema';
import { RemboursementCreeSchema, type RemboursementCree } from '@mse/shared/remboursement/liste.schema';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { ApiError } from '../../../lib/api';
import { sessionQuery } from '../../identite/api/session';

const RESEAU = 'Le serveur ne répond pas. Vérifiez votre connexion internet puis réessayez.';
const INCONNUE = 'La demande n’a pas été envoyée. Réessayez plus tard.';

export type EnvoiRemboursement = { donnees: DemandeRemboursement; fichiers: { type: TypePieceRemboursement; fichier: File }[] };

/**
 * Sends the claim in one multipart request: the JSON part `donnees`, then each file under its type.
 * Same CSRF header as lib/api.ts, from the session. Field errors come back in `ApiError.champs`.
 */
export async function envoyerRemboursement(csrfToken: string | undefined, demandeId: string, envoi: EnvoiRemboursement): Promise<RemboursementCree> {
  const corps = new FormData();
  corps.append('donnees', JSON.stringify(envoi.donnees));
  for (const { type, fichier } of envoi.fichiers) corps.append(type, fichier, fichier.name);
  let reponse: Response;
  try {
    reponse = await fetch(`/api/demandes/${encodeURIComponent(demandeId)}/remboursements`, {
      method: 'POST',
      credentials: 'same-origin',
      headers: { accept: 'application/json', ...(csrfToken ? { 'x-csrf-token': csrfToken } : {}) },
      body: corps,
    });
  } catch {
    throw new ApiError(0, 'reseau', RESEAU);
  }
  const json = (await reponse.json().catch(() => undefined)) as unknown;
  if (!reponse.ok) {
    const erreur = (json as Partial<Erreur> | undefined)?.erreur;
    throw new ApiError(reponse.status, erreur?.code ?? `http_${reponse.status}`, erreur?.message ?? INCONNUE, erreur?.champs ?? []);
  }
  const cree = RemboursementCreeSchema.safeParse(json);
  if (!cree.success) throw new ApiError(reponse.status, 'reponse_invalide', INCONNUE);
  return cree.data;
}

export function useDemanderRemboursement(demandeId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (envoi: EnvoiRemboursement) => {
      const session = await queryClient.fetchQuery(sessionQuery).catch(() => null);
      return envoyerRemboursement(session?.csrfToken, demandeId, envoi);
    },
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: ['remboursements'] });
      void queryClient.invalidateQueries({ queryKey: ['financements'] });
      void queryClient.invalidateQueries({ queryKey: ['demandes'] });
    },
  });
}
