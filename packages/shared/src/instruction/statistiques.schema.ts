import { z } from 'zod';
import { DateIsoSchema } from '../commun/dates.schema';
import { DispositifSchema } from '../demande/demande.schema';

/**
 * The supervisor's dashboard (issue 8): requests received, decided and decided automatically per
 * week, how long decisions take, files waiting more than 15 days, and the amounts committed per scheme
 * and branch. Weeks start on Monday (Paris).
 */
export const PeriodeStatistiquesSchema = z.object({
  semaines: z.coerce.number({ error: 'Nombre de semaines attendu' }).int({ error: 'Nombre de semaines entier attendu' }).min(1, { error: 'Une semaine au moins' }).max(52, { error: '52 semaines au plus' }).default(12),
});

export const StatistiquesSchema = z.object({
  du: DateIsoSchema,
  au: DateIsoSchema,
  semaines: z.array(z.object({ debut: DateIsoSchema, recues: z.number().int(), decidees: z.number().int(), automatiques: z.number().int() })),
  delaiDecision: z.object({
    nombre: z.number().int(),
    /** Days between sending and decision, to the tenth. */
    moyenneJours: z.number().nullable(),
    percentile90Jours: z.number().nullable(),
  }),
  /** Undecided requests whose legal clock passed its 15th day (15 days or more since the complete file). */
  dossiersPlusDe15Jours: z.number().int(),
  engagements: z.array(z.object({ dispositif: DispositifSchema, idcc: z.string(), branche: z.string(), nombre: z.number().int(), montantEngageCentimes: z.number().int() })),
});
export type Statistiques = z.infer<typeof StatistiquesSchema>;
