import type { Erreur } from '@mse/shared/commun/erreur.schema';
import type { QueryClient } from '@tanstack/react-query';
import { ApiError } from '../../../lib/api';
import { sessionQuery } from '../../identite/api/session';

/** An API error that keeps the whole answer: the 409 of a draft says who saved it and when. */
export class ErreurApiDetaillee extends ApiError {
  constructor(
    status: number,
    code: string,
    message: string,
    champs: { chemin: string; message: string }[],
    readonly corps: unknown,
  ) {
    super(status, code, message, champs);
  }
}

/**
 * A JSON request whose error answer is kept whole (lib/api.ts keeps only the message and the fields):
 * the draft's save needs the 409's `versionActuelle` and `modifiePar`. Same CSRF token as lib/api.ts.
 */
export async function requeteJson<T>(queryClient: QueryClient, chemin: string, method: 'PUT' | 'POST', corps: unknown): Promise<T> {
  const session = await queryClient.fetchQuery(sessionQuery).catch(() => null);
  let response: Response;
  try {
    response = await fetch(chemin, {
      method,
      credentials: 'same-origin',
      headers: {
        accept: 'application/json',
        'content-type': 'application/json',
        ...(session?.csrfToken ? { 'x-csrf-token': session.csrfToken } : {}),
      },
      body: JSON.stringify(corps),
    });
  } catch {
    throw new ErreurApiDetaillee(0, 'reseau', 'le serveur ne répond pas, vérifiez votre connexion internet', [], undefined);
  }
  const body = (await response.json().catch(() => undefined)) as (T & Partial<Erreur>) | undefined;
  if (!response.ok) {
    const erreur = body?.erreur;
    throw new ErreurApiDetaillee(
      response.status,
      erreur?.code ?? `http_${response.status}`,
      erreur?.message ?? 'Une erreur est survenue. Réessayez plus tard.',
      erreur?.champs ?? [],
      body,
    );
  }
  return body as T;
}
