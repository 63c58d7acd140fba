import { z } from 'zod';

/**
 * zod's own French messages for every schema, in the browser and on the server alike — except for a
 * field left empty, where « Entrée invalide : booléen attendu, indéfini reçu » would mean nothing to a
 * baker: a question not answered says what is expected.
 */
export function messagePourChampVide(issue: { code?: string; input?: unknown; expected?: unknown }): string | undefined {
  if (issue.code !== 'invalid_type' || issue.input !== undefined) return undefined;
  if (issue.expected === 'boolean') return 'Répondez par oui ou par non';
  if (issue.expected === 'number') return 'Indiquez un nombre';
  return 'Ce champ est obligatoire';
}

export function utiliserMessagesFrancais(): void {
  z.config(z.locales.fr());
  z.config({ customError: messagePourChampVide });
}
