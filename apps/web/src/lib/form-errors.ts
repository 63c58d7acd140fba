import type { UseFormReturnType } from '@mantine/form';
import { ApiError } from './api';

/**
 * Puts the server's field messages on the form's fields; returns the general message, if any,
 * for an alert above the form. Typed values are never cleared.
 */
export function appliquerErreurServeur<T>(form: UseFormReturnType<T>, error: unknown): string | undefined {
  if (error instanceof ApiError) {
    const surChamps = error.champs.filter((c) => c.chemin);
    if (surChamps.length) {
      form.setErrors(Object.fromEntries(surChamps.map((c) => [c.chemin, c.message])));
      return undefined;
    }
    return error.message;
  }
  return 'Une erreur inattendue est survenue. Réessayez.';
}
