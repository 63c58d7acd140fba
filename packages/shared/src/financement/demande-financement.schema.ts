import { z } from 'zod';
import { DateIsoSchema } from '../commun/dates.schema';
import { CentimesSchema } from '../commun/montant.schema';
import { IdccSchema, RncpSchema } from '../identifiants/identifiants.schema';
import { CategorieActionSchema } from '../referentiel/referentiel.schema';

const Heures = z.number({ error: 'Nombre d’heures attendu' }).int({ error: 'Nombre d’heures entier attendu' }).min(0).max(20_000, { error: 'Nombre d’heures trop élevé (20 000 au plus)' });
const NiveauCertification = z.number().int().min(3, { error: 'Niveau de certification de 3 à 8' }).max(8, { error: 'Niveau de certification de 3 à 8' });

function finApresDebut(debut: string, fin: string): boolean {
  return fin >= debut;
}

/**
 * The row of France compétences' NPEC referential found for the contract (certification × branch, in
 * force at the signature date). Looked up outside the engine: the referential has ≈240 000 rows.
 */
export const NpecSchema = z.object({
  rncp: RncpSchema,
  cpne: z.string().min(1),
  libelleCpne: z.string().optional(),
  montantAnnuelCentimes: CentimesSchema,
  dateApplicabilite: DateIsoSchema,
});
export type Npec = z.infer<typeof NpecSchema>;

export const DemandeFinancementApprentissageSchema = z
  .object({
    dispositif: z.literal('apprentissage'),
    /** Date the contract was signed: it decides which financing rules apply. */
    dateConclusion: DateIsoSchema,
    dateDebutContrat: DateIsoSchema,
    dateFinContrat: DateIsoSchema,
    /** Last day of execution when the contract was broken early. */
    dateRupture: DateIsoSchema.optional(),
    /** Broken within the first 45 days of practical training: a fact the CERFA does not carry. */
    ruptureEnPeriodeProbatoire: z.boolean().optional(),
    /** New contract after an early termination, towards the same certification. */
    nouveauContratApresRupture: z.boolean().optional(),
    niveauCertification: NiveauCertification,
    npec: NpecSchema.nullable(),
    dureeFormationHeures: Heures,
    heuresADistance: Heures.optional(),
    rqth: z.boolean().optional(),
    majorationRqthAnnuelleDemandeeCentimes: CentimesSchema.optional(),
    aideMaitreApprentissageDemandee: z.boolean().optional(),
    heuresFormationMaitreApprentissage: Heures.optional(),
    fraisAnnexes: z
      .object({
        nuitees: Heures,
        coutNuiteeCentimes: CentimesSchema,
        repas: Heures,
        coutRepasCentimes: CentimesSchema,
        premierEquipementCentimes: CentimesSchema,
      })
      .optional(),
  })
  .refine((d) => finApresDebut(d.dateDebutContrat, d.dateFinContrat), {
    error: 'La date de fin du contrat ne peut pas précéder sa date de début',
    path: ['dateFinContrat'],
  })
  .refine((d) => d.dateRupture === undefined || (d.dateRupture >= d.dateDebutContrat && d.dateRupture <= d.dateFinContrat), {
    error: 'La date de rupture doit être comprise entre le début et la fin du contrat',
    path: ['dateRupture'],
  })
  .refine((d) => !d.ruptureEnPeriodeProbatoire || d.dateRupture !== undefined, {
    error: 'Une rupture pendant les 45 premiers jours suppose une date de rupture',
    path: ['dateRupture'],
  })
  .refine((d) => (d.heuresADistance ?? 0) <= d.dureeFormationHeures, {
    error: 'Les heures à distance ne peuvent pas dépasser la durée de la formation',
    path: ['heuresADistance'],
  });
export type DemandeFinancementApprentissage = z.infer<typeof DemandeFinancementApprentissageSchema>;

export const DemandeFinancementProfessionnalisationSchema = z
  .object({
    dispositif: z.literal('professionnalisation'),
    dateDebutContrat: DateIsoSchema,
    dateFinContrat: DateIsoSchema,
    dateFinFormation: DateIsoSchema.optional(),
    heuresFormation: Heures,
    coutPedagogiqueCentimes: CentimesSchema.optional(),
    /** The branch's hourly forfait when it set one; otherwise the legal default applies. */
    forfaitHoraireBrancheCentimes: CentimesSchema.optional(),
    tutorat: z.object({ tuteurAgeDe45AnsOuPlus: z.boolean(), publicPrioritaire: z.boolean() }).optional(),
    heuresFormationTuteur: Heures.optional(),
  })
  .refine((d) => finApresDebut(d.dateDebutContrat, d.dateFinContrat), {
    error: 'La date de fin du contrat ne peut pas précéder sa date de début',
    path: ['dateFinContrat'],
  });
export type DemandeFinancementProfessionnalisation = z.infer<typeof DemandeFinancementProfessionnalisationSchema>;

export const DemandeFinancementProASchema = z
  .object({
    dispositif: z.literal('pro_a'),
    dateDebut: DateIsoSchema,
    dateFin: DateIsoSchema,
    heuresFormation: Heures,
    coutPedagogiqueCentimes: CentimesSchema.optional(),
    salarieEnCdi: z.boolean(),
    niveauQualificationSalarie: z.number().int().min(0).max(8),
    /** CléA and VAE have no minimum training volume. */
    certificationCleaOuVae: z.boolean(),
  })
  .refine((d) => finApresDebut(d.dateDebut, d.dateFin), {
    error: 'La date de fin ne peut pas précéder la date de début',
    path: ['dateFin'],
  });
export type DemandeFinancementProA = z.infer<typeof DemandeFinancementProASchema>;

export const DemandeFinancementActionIndividuelleSchema = z
  .object({
    dispositif: z.literal('action_individuelle'),
    idcc: IdccSchema,
    effectif: z.number().int().min(0),
    /** When it was (or will be) filed; defaults to the evaluation date. */
    dateDepot: DateIsoSchema.optional(),
    dateDebut: DateIsoSchema,
    dateFin: DateIsoSchema,
    categorie: CategorieActionSchema,
    heures: Heures,
    coutPedagogiqueCentimes: CentimesSchema,
    diplomante: z.boolean(),
    salairesDemandes: z.boolean(),
    fraisAnnexes: z
      .object({
        kilometres: Heures,
        nuiteesGrandeVille: Heures,
        nuiteesAutres: Heures,
        repas: Heures,
        montantReelCentimes: CentimesSchema,
      })
      .optional(),
    /** Already committed for this company this calendar year under the same criteria. */
    dejaEngageAnneeCentimes: CentimesSchema,
  })
  .refine((d) => finApresDebut(d.dateDebut, d.dateFin), {
    error: 'La date de fin ne peut pas précéder la date de début',
    path: ['dateFin'],
  });
export type DemandeFinancementActionIndividuelle = z.infer<typeof DemandeFinancementActionIndividuelleSchema>;

export const DemandeFinancementSchema = z.discriminatedUnion('dispositif', [
  DemandeFinancementApprentissageSchema,
  DemandeFinancementProfessionnalisationSchema,
  DemandeFinancementProASchema,
  DemandeFinancementActionIndividuelleSchema,
]);
export type DemandeFinancement = z.infer<typeof DemandeFinancementSchema>;
export type Dispositif = DemandeFinancement['dispositif'];
