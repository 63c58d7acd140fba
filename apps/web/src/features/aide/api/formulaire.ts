import type { Erreur } from '@mse/shared/commun/erreur.schema';
import type { QueryClient } from '@tanstack/react-query';
import { ApiError } from '../../../lib/api';
import { sessionQuery } from '../../identite/api/session';

/**
 * Sends a multipart form (a message with its attachment). The JSON client (lib/api.ts) does not
 * carry files; this one adds the session's CSRF token when there is a session, and always the header
 * that proves the form comes from the portal (ADR 0009).
 */
export async function envoyerFormulaire<T>(queryClient: QueryClient, chemin: string, donnees: FormData): Promise<T> {
  const session = await queryClient.fetchQuery(sessionQuery).catch(() => null);
  let response: Response;
  try {
    response = await fetch(chemin, {
      method: 'POST',
      credentials: 'same-origin',
      headers: { accept: 'application/json', 'x-mse-formulaire': 'assistance', ...(session?.csrfToken ? { 'x-csrf-token': session.csrfToken } : {}) },
      body: donnees,
    });
  } catch {
    throw new ApiError(0, 'reseau', 'Le serveur ne répond pas. Vérifiez votre connexion internet puis réessayez.');
  }
  const body = (await response.json().catch(() => undefined)) as (T & Partial<Erreur>) | undefined;
  if (!response.ok) {
    const erreur = body?.erreur;
    throw new ApiError(response.status, erreur?.code ?? `http_${response.status}`, erreur?.message ?? 'Une erreur est survenue. Réessayez plus tard.', erreur?.champs ?? []);
  }
  return body as T;
}

/** The form's values as multipart fields; empty optional fields and a missing file are left out. */
export function versFormData(valeurs: Record<string, string | File | null | undefined>): FormData {
  const donnees = new FormData();
  for (const [nom, valeur] of Object.entries(valeurs)) {
    if (valeur instanceof File) donnees.append(nom, valeur, valeur.name);
    else if (typeof valeur === 'string' && valeur.trim() !== '') donnees.append(nom, valeur);
  }
  return donnees;
}
