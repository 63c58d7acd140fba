import { z } from 'zod';
import { ActualitesSchema } from '../actualites/actualite.schema';
import { GROUPES_STATUT } from '../demande/statut';

/** What the home page may offer: "Demander un financement" only to those who may fill in a request. */
export const ACTIONS_ACCUEIL = ['demanderFinancement'] as const;

/** GET /api/accueil: everything the home page shows, in one answer. */
export const AccueilSchema = z.object({
  demandes: z.object({
    total: z.number().int(),
    /** Always the three groups, in the order of the tabs of "Mes financements". */
    groupes: z.array(z.object({ groupe: z.enum(GROUPES_STATUT), libelle: z.string(), nombre: z.number().int() })),
  }),
  /** The establishment the counts are about; null: every establishment the user sees ("Tous"). */
  perimetre: z.object({ siret: z.string(), raisonSociale: z.string() }).nullable(),
  actualites: ActualitesSchema.shape.actualites,
  actions: z.array(z.enum(ACTIONS_ACCUEIL)),
});
export type Accueil = z.infer<typeof AccueilSchema>;
