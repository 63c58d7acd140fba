import { z } from 'zod';

/** The body of every error answer of the API. */
export const ErreurSchema = z.object({
  erreur: z.object({
    code: z.string(),
    message: z.string(),
    champs: z.array(z.object({ chemin: z.string(), message: z.string() })).optional(),
  }),
});
export type Erreur = z.infer<typeof ErreurSchema>;
