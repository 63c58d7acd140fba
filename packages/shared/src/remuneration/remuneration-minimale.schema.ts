import { z } from 'zod';
import { DateIsoSchema } from '../commun/dates.schema';
import { CentimesSchema } from '../commun/montant.schema';

/** What the pay preview needs from the contract form (the referentiel is passed separately). */
export const DemandeRemunerationMinimaleSchema = z
  .object({
    dateNaissance: DateIsoSchema,
    dateDebutContrat: DateIsoSchema,
    dateFinContrat: DateIsoSchema,
    smcMensuelCentimes: CentimesSchema.optional(),
    majoration15Points: z.boolean().optional(),
  })
  .refine((d) => d.dateFinContrat >= d.dateDebutContrat, {
    error: 'La date de fin du contrat ne peut pas précéder sa date de début',
    path: ['dateFinContrat'],
  })
  .refine((d) => d.dateNaissance < d.dateDebutContrat, {
    error: 'La date de naissance doit précéder le début du contrat',
    path: ['dateNaissance'],
  });
export type DemandeRemunerationMinimale = z.infer<typeof DemandeRemunerationMinimaleSchema>;
