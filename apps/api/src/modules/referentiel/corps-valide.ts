import type { FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { DonneesInvalides } from '../../errors';

/**
 * For routes declared with `attachValidation`: a body that fails its schema is data to correct
 * (422 with a French message per field, like the rules the server checks itself), not a malformed request.
 */
export function corpsValide<T>(request: FastifyRequest, corps: T): T {
  const erreur = request.validationError;
  if (!erreur) return corps;
  if (!hasZodFastifySchemaValidationErrors(erreur)) throw erreur;
  throw new DonneesInvalides(
    erreur.validation.map((v: { instancePath?: string; message?: string }) => ({ chemin: (v.instancePath ?? '').replace(/^\//, '').replaceAll('/', '.'), message: v.message ?? 'Valeur invalide.' })),
  );
}
