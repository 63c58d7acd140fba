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

/**
 * A page opened from an e-mail link may change something before anything asked for the session:
 * if the browser has one, its CSRF token is fetched first (a signed-in request without it is refused).
 */
async function assurerJetonCsrf(): Promise<void> {
  if (csrfToken !== undefined) return;
  const response = await fetch('/api/session', { credentials: 'same-origin', headers: { accept: 'application/json' } }).catch(() => undefined);
  const body = response?.ok ? ((await response.json()) as { csrfToken?: string }) : undefined;
  csrfToken = body?.csrfToken ?? '';
}

export async function api<T>(path: string, init: { method?: string; body?: unknown } = {}): Promise<T> {
  const method = init.method ?? 'GET';
  if (method !== 'GET') await assurerJetonCsrf();
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
