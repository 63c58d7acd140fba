import { z } from 'zod';

export const NiveauControleSchema = z.enum(['ok', 'avertissement', 'bloquant']);
export type NiveauControle = z.infer<typeof NiveauControleSchema>;

/**
 * One finding on a request: `bloquant` prevents sending it, `avertissement` is shown but lets it go
 * (a gestionnaire will check), `ok` confirms a rule that was checked. `champ` is the field path the
 * form highlights ("apprenti.dateNaissance").
 */
export const ControleSchema = z.object({
  code: z.string(),
  niveau: NiveauControleSchema,
  message: z.string(),
  champ: z.string(),
});
export type Controle = z.infer<typeof ControleSchema>;
