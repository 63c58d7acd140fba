import { z } from 'zod';

export const ActualiteSchema = z.object({
  id: z.uuid(),
  titre: z.string(),
  resume: z.string(),
  contenu: z.string(),
  publieLe: z.iso.datetime({ offset: true }),
});
export type Actualite = z.infer<typeof ActualiteSchema>;

export const ActualitesSchema = z.object({ actualites: z.array(ActualiteSchema.omit({ contenu: true })) });
export type Actualites = z.infer<typeof ActualitesSchema>;
