import type { Erreur } from '@mse/shared/commun/erreur.schema';

/** An API error with its French message and, for form errors, the message of each field. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly champs: { chemin: string; message: string }[] = [],
  ) {
    super(message);
  }
}

let csrfToken: string | undefined;
export function setCsrfToken(token: string | undefined): void {
  csrfToken = token;
}

export async function api<T>(path: string, init: { method?: string; body?: unknown } = {}): Promise<T> {
  const method = init.method ?? 'GET';
  let response: Response;
  try {
    response = await fetch(path, {
      method,
      credentials: 'same-origin',
      headers: {
        accept: 'application/json',
        ...(init.body !== undefined ? { 'content-type': 'application/json' } : {}),
        ...(method !== 'GET' && csrfToken ? { 'x-csrf-token': csrfToken } : {}),
      },
      body: init.body !== undefined ? JSON.stringify(init.body) : undefined,
    });
  } catch {
    throw new ApiError(0, 'reseau', 'Le serveur ne répond pas. Vérifiez votre connexion internet puis réessayez.');
  }
  if (response.status === 204) return undefined as T;
  const body = (await response.json().catch(() => undefined)) as (T & Partial<Erreur>) | undefined;
  if (!response.ok) {
    const erreur = body?.erreur;
    throw new ApiError(response.status, erreur?.code ?? `http_${response.status}`, erreur?.message ?? 'Une erreur est survenue. Réessayez plus tard.', erreur?.champs ?? []);
  }
  return body as T;
}
