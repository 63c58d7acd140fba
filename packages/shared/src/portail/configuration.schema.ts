import { z } from 'zod';

/** What every page needs to know about the OPCO running the portal (from its configuration). */
export const ConfigurationPubliqueSchema = z.object({
  opco: z.object({
    nom: z.string(),
    supportTelephone: z.string(),
    supportHoraires: z.string(),
  }),
  /** The OPCO's logo uploaded by an administrator (its address changes with its content), or none. */
  logoUrl: z.string().nullable(),
  environnement: z.enum(['development', 'test', 'production']),
});
export type ConfigurationPublique = z.infer<typeof ConfigurationPubliqueSchema>;
