import { z } from 'zod';
import { ModeArrondiSchema } from '../commun/arrondi.schema';
import { DateIsoSchema } from '../commun/dates.schema';
import { CentimesSchema } from '../commun/montant.schema';

/**
 * Every value a rule uses, with the period it is valid for and the text it comes from, so that a
 * decree changes data (edited by an administrator), not code. An entry without `fin` stays in force
 * until an entry with a later `debut` replaces it.
 */
/** Typed loosely because zod cannot infer the generic entry shape here; the schema guarantees both fields. */
function finApresDebut(entree: object): boolean {
  const { debut, fin } = entree as { debut: string; fin?: string };
  return fin === undefined || fin >= debut;
}

function datee<Forme extends z.ZodRawShape>(forme: Forme) {
  return z
    .object({
      debut: DateIsoSchema,
      fin: DateIsoSchema.optional(),
      source: z.string().trim().min(1, { error: 'La source (texte ou document) est obligatoire' }),
      ...forme,
    })
    .refine(finApresDebut, {
      error: 'La fin de validité ne peut pas précéder le début',
      path: ['fin'],
    });
}

const Entier = z.number().int().min(0);
const Pourcent = z.number().min(0).max(100);
const NiveauCertification = z.number().int().min(3).max(8);

export const TrancheAgeSchema = z.enum(['moins_de_18', 'de_18_a_20', 'de_21_a_25', 'plus_de_26']);
export type TrancheAge = z.infer<typeof TrancheAgeSchema>;

export const CategorieActionSchema = z.enum(['base', 'expert', 'vae', 'bilan']);
export type CategorieAction = z.infer<typeof CategorieActionSchema>;

export const SmicSchema = datee({
  mensuelCentimes: CentimesSchema,
  horaireCentimes: CentimesSchema,
  mayotte: z.object({ mensuelCentimes: CentimesSchema, horaireCentimes: CentimesSchema }).optional(),
});

export const GrilleRemunerationApprentiSchema = datee({
  tranches: z
    .array(
      z.object({
        tranche: TrancheAgeSchema,
        ageMinimum: Entier,
        /** One rate per contract year; a later year uses the last rate. */
        tauxParAnnee: z.array(Pourcent).min(1),
      }),
    )
    .min(1),
  smcAPartirDeAge: Entier,
  majorationPoints: Pourcent,
});

export const ArrondisSchema = datee({
  arrondiFinancement: ModeArrondiSchema,
  arrondiRemuneration: ModeArrondiSchema,
});

export const ValeursAmorcageSchema = datee({
  montants: z.array(z.object({ niveau: NiveauCertification, montantAnnuelCentimes: CentimesSchema })).min(1),
});

export const EcheanceRegleSchema = z.object({
  libelle: z.string().min(1),
  /** Month of the contract year the payment falls in (1 = start); null = after the year, on proof. */
  moisDuContrat: z.number().int().min(1).nullable(),
  pourcent: Pourcent,
});

export const ReglesFinancementApprentissageSchema = datee({
  /** Which contracts: by date of conclusion (signature). */
  proratisation: z.enum(['jour', 'mois_entame']),
  joursParAn: z.number().int().min(1),
  echeancier: z
    .array(EcheanceRegleSchema)
    .min(1)
    .refine((echeances) => echeances.reduce((s, e) => s + e.pourcent, 0) === 100, {
      error: 'Les parts de l’échéancier doivent totaliser 100 %',
    }),
  participationEmployeur: z
    .object({
      niveauMinimum: NiveauCertification,
      montantCentimes: CentimesSchema,
      ruptureProbatoire: z.object({ pourcent: Pourcent, plafondCentimes: CentimesSchema }),
      nouveauContratApresRuptureCentimes: CentimesSchema,
    })
    .nullable(),
  minorationDistance: z
    .object({ seuilPourcent: Pourcent, minorationPourcent: Pourcent, plancherCentimes: CentimesSchema })
    .nullable(),
});

export const FraisAnnexesApprentissageSchema = datee({
  hebergementParNuitCentimes: CentimesSchema,
  restaurationParRepasCentimes: CentimesSchema,
  premierEquipementCentimes: CentimesSchema,
});

export const MajorationRqthSchema = datee({ plafondAnnuelCentimes: CentimesSchema });

export const AideMaitreApprentissageSchema = datee({
  mensuelCentimes: CentimesSchema,
  nombreMoisMaximum: Entier,
});

export const FormationMaitreApprentissageSchema = datee({
  horaireCentimes: CentimesSchema,
  heuresMaximum: Entier,
});

export const FinancementProfessionnalisationSchema = datee({
  forfaitHoraireParDefautCentimes: CentimesSchema,
  tutorat: z.object({
    mensuelCentimes: CentimesSchema,
    mensuelMajoreCentimes: CentimesSchema,
    nombreMoisMaximum: Entier,
    ageTuteurMajoration: Entier,
  }),
  formationTuteur: z.object({ horaireCentimes: CentimesSchema, heuresMaximum: Entier }),
});

export const FinancementProASchema = datee({
  forfaitHoraireCentimes: CentimesSchema,
  plafondCentimes: CentimesSchema,
  niveauQualificationMaximumExclu: NiveauCertification,
});

export const RegleActionIndividuelleSchema = datee({
  effectifMaximumExclu: Entier,
  anticipationConseilleeMois: Entier,
});

export const CriteresActionIndividuelleSchema = datee({
  branche: z.string().min(1),
  libelle: z.string().min(1),
  /** Conventions covered; empty for the interprofessional set used when no branch set matches. */
  idcc: z.array(z.string().regex(/^\d{4}$/)),
  categories: z
    .array(
      z.object({
        categorie: CategorieActionSchema,
        libelle: z.string().min(1),
        plafondHorairePedagogieCentimes: CentimesSchema.nullable(),
        forfaitHoraireSalaireCentimes: CentimesSchema.nullable(),
      }),
    )
    .min(1),
  fraisAnnexes: z
    .object({
      kilometreCentimes: CentimesSchema,
      nuiteeGrandeVilleCentimes: CentimesSchema,
      nuiteeAutreCentimes: CentimesSchema,
      repasCentimes: CentimesSchema,
    })
    .nullable(),
  heuresMinimum: Entier.nullable(),
  plafondParActionNonDiplomanteCentimes: CentimesSchema.nullable(),
  plafondAnnuelEntreprise: z
    .object({ moins_de_11: CentimesSchema.nullable(), de_11_a_49: CentimesSchema.nullable() })
    .nullable(),
  delaiRealisation: z.object({ heuresMoinsDe: Entier, moisMaximum: Entier }).nullable(),
});

export const LimitesApprentissageSchema = datee({
  ageMinimum: Entier,
  ageMinimumDerogation: Entier,
  ageMaximum: Entier,
  ageMaximumDerogation: Entier,
  ageMajorite: Entier,
  dureeMinimumMois: Entier,
  dureeMaximumMois: Entier,
  dureeMaximumAmenageeMois: Entier,
  dureeMaximumAbsolueMois: Entier,
  dureeFormationMinimumMois: Entier,
  dureeFormationMaximumMois: Entier,
  partFormationMinimumPourcent: Pourcent,
  heuresAnnuellesReference: Entier,
  heuresHebdoMaximum: Entier,
  heuresHebdoMaximumMineur: Entier,
  fenetreFormationPratiqueMois: Entier,
  fenetreCfaMois: Entier,
  finApresEpreuvesMaximumMois: Entier,
});

export const LimitesProfessionnalisationSchema = datee({
  ageMinimum: Entier,
  ageMaximumJeune: Entier,
  dureeMinimumMois: Entier,
  dureeMaximumMois: Entier,
  dureeMaximumAccordMois: Entier,
  dureeMaximumPublicPrioritaireMois: Entier,
  partFormationMinimumPourcent: Pourcent,
  partFormationMaximumPourcent: Pourcent,
  heuresFormationMinimum: Entier,
  heuresAnnuellesReference: Entier,
  experienceTuteurAnnees: Entier,
  tutoresMaximum: Entier,
  tutoresMaximumEmployeurTuteur: Entier,
});

export const DelaisDepotSchema = datee({
  alternanceJoursOuvrables: Entier,
  decisionJours: Entier,
});

/** When the back office warns that the 20-day decision deadline is near (a management rule, not the law's). */
export const AlerteDecisionSchema = datee({
  alerteAPartirDuJour: Entier,
});

export const ReferentielSchema = z.object({
  smic: z.array(SmicSchema).min(1),
  grilleRemunerationApprenti: z.array(GrilleRemunerationApprentiSchema).min(1),
  arrondis: z.array(ArrondisSchema).min(1),
  valeursAmorcage: z.array(ValeursAmorcageSchema).min(1),
  financementApprentissage: z.array(ReglesFinancementApprentissageSchema).min(1),
  fraisAnnexesApprentissage: z.array(FraisAnnexesApprentissageSchema).min(1),
  majorationRqth: z.array(MajorationRqthSchema).min(1),
  aideMaitreApprentissage: z.array(AideMaitreApprentissageSchema).min(1),
  formationMaitreApprentissage: z.array(FormationMaitreApprentissageSchema).min(1),
  financementProfessionnalisation: z.array(FinancementProfessionnalisationSchema).min(1),
  financementProA: z.array(FinancementProASchema).min(1),
  actionIndividuelle: z.array(RegleActionIndividuelleSchema).min(1),
  criteresActionIndividuelle: z.array(CriteresActionIndividuelleSchema).min(1),
  limitesApprentissage: z.array(LimitesApprentissageSchema).min(1),
  limitesProfessionnalisation: z.array(LimitesProfessionnalisationSchema).min(1),
  delaisDepot: z.array(DelaisDepotSchema).min(1),
  alerteDecision: z.array(AlerteDecisionSchema).min(1),
});
export type Referentiel = z.infer<typeof ReferentielSchema>;

export type Smic = z.infer<typeof SmicSchema>;
export type GrilleRemunerationApprenti = z.infer<typeof GrilleRemunerationApprentiSchema>;
export type ReglesFinancementApprentissage = z.infer<typeof ReglesFinancementApprentissageSchema>;
export type CriteresActionIndividuelle = z.infer<typeof CriteresActionIndividuelleSchema>;
export type LimitesApprentissage = z.infer<typeof LimitesApprentissageSchema>;
export type LimitesProfessionnalisation = z.infer<typeof LimitesProfessionnalisationSchema>;
