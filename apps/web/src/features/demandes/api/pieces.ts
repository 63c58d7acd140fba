import type { Erreur } from '@mse/shared/commun/erreur.schema';
import { PieceDemandeSchema, type PieceDemande } from '@mse/shared/demande/demande.schema';
import { useMutation, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { api, ApiError } from '../../../lib/api';
import { sessionQuery } from '../../identite/api/session';

export const cheminPiece = (demandeId: string, pieceId: string) => `/api/demandes/${encodeURIComponent(demandeId)}/pieces/${encodeURIComponent(pieceId)}`;

const RESEAU = 'Le serveur ne répond pas. Vérifiez votre connexion internet puis réessayez.';
const INCONNUE = 'Le fichier n’a pas été enregistré. Réessayez plus tard.';

/**
 * Uploads one piece (multipart: the field `type`, then the file) with XMLHttpRequest, the only browser
 * API that reports the upload's progress. Same CSRF header as lib/api.ts, from the session. A new file
 * of a type already uploaded replaces it (server side).
 */
export async function deposerPiece(
  queryClient: QueryClient,
  demandeId: string,
  entree: { type: string; fichier: File },
  onProgression: (pourcentage: number) => void,
  signal?: AbortSignal,
): Promise<PieceDemande> {
  const session = await queryClient.fetchQuery(sessionQuery).catch(() => null);
  const donnees = new FormData();
  donnees.append('type', entree.type);
  donnees.append('fichier', entree.fichier, entree.fichier.name);
  return new Promise<PieceDemande>((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', `/api/demandes/${encodeURIComponent(demandeId)}/pieces`);
    xhr.withCredentials = true;
    xhr.setRequestHeader('accept', 'application/json');
    if (session?.csrfToken) xhr.setRequestHeader('x-csrf-token', session.csrfToken);
    xhr.upload.onprogress = (e) => {
      if (e.lengthComputable) onProgression(Math.min(100, Math.round((e.loaded / e.total) * 100)));
    };
    xhr.onerror = () => reject(new ApiError(0, 'reseau', RESEAU));
    xhr.onabort = () => reject(new ApiError(0, 'annule', 'Envoi annulé.'));
    xhr.onload = () => {
      let corps: unknown;
      try {
        corps = JSON.parse(xhr.responseText);
      } catch {
        corps = undefined;
      }
      if (xhr.status >= 200 && xhr.status < 300) {
        const piece = PieceDemandeSchema.safeParse(corps);
        if (piece.success) resolve(piece.data);
        else reject(new ApiError(xhr.status, 'reponse_invalide', INCONNUE));
        return;
      }
      const erreur = (corps as Partial<Erreur> | undefined)?.erreur;
      // A field message ("fichier: Le fichier n'est pas un vrai PDF") says more than the general one.
      const message = erreur?.champs?.[0]?.message ?? erreur?.message ?? INCONNUE;
      reject(new ApiError(xhr.status, erreur?.code ?? `http_${xhr.status}`, message, erreur?.champs ?? []));
    };
    signal?.addEventListener('abort', () => xhr.abort());
    xhr.send(donnees);
  });
}

export async function supprimerPiece(demandeId: string, pieceId: string): Promise<void> {
  await api<void>(cheminPiece(demandeId, pieceId), { method: 'DELETE' });
}

/** The draft's detail (its pieces) is read again by whoever shows it next. */
function invaliderDemande(queryClient: QueryClient, demandeId: string) {
  void queryClient.invalidateQueries({ queryKey: ['demandes', 'detail', demandeId], refetchType: 'none' });
}

export function useDeposerPiece(demandeId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (entree: { type: string; fichier: File; onProgression: (p: number) => void }) =>
      deposerPiece(queryClient, demandeId, entree, entree.onProgression),
    onSuccess: () => invaliderDemande(queryClient, demandeId),
  });
}

export function useSupprimerPiece(demandeId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (pieceId: string) => supprimerPiece(demandeId, pieceId),
    onSuccess: () => invaliderDemande(queryClient, demandeId),
  });
}
