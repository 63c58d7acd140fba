import { z } from 'zod';

/**
 * The communes served by a postal code (GET /api/communes?codePostal=84000), so that an address field
 * offers its commune instead of having it typed. Any five digits are asked: a code that serves no
 * commune answers an empty list, not an error.
 */
export const RechercheCommunesSchema = z.object({
  codePostal: z.string({ error: 'Le code postal est obligatoire' }).trim().regex(/^\d{5}$/, { error: 'Le code postal comporte 5 chiffres' }),
});
export type RechercheCommunes = z.infer<typeof RechercheCommunesSchema>;

export const CommuneSchema = z.object({
  nom: z.string(),
  /** Code officiel géographique (INSEE) of the commune: "84007" for Avignon. */
  codeInsee: z.string(),
});
export type Commune = z.infer<typeof CommuneSchema>;

export const CommunesSchema = z.object({ communes: z.array(CommuneSchema) });
export type Communes = z.infer<typeof CommunesSchema>;
