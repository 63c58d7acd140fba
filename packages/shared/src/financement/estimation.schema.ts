import { z } from 'zod';
import { DateIsoSchema } from '../commun/dates.schema';
import { ControleSchema } from '../controles/controle.schema';
import { DemandeControleeSchema } from '../controles/demande-controlee.schema';
import { IdccSchema, RncpSchema, SiretSchema } from '../identifiants/identifiants.schema';
import { TrancheAgeSchema } from '../referentiel/referentiel.schema';
import { DemandeFinancementSchema, NpecSchema } from './demande-financement.schema';

/**
 * `POST /api/estimations`: the request as the form has it, priced by the server with the NPEC row and
 * the referential version it looks up itself. The client's own `npec` (the browser preview's) is never
 * trusted: the server finds it from `rncp` and the establishment's branch.
 */
export const DemandeEstimationSchema = z
  .object({
    /** The establishment the request is for; by default the one the employer works on. */
    siret: SiretSchema.optional(),
    /** The certification prepared (apprenticeship): the server looks its NPEC up in the branch. */
    rncp: RncpSchema.optional(),
    demande: DemandeFinancementSchema,
    /** The full request (CERFA fields), when the form has it: its controls are returned too. */
    controle: DemandeControleeSchema.optional(),
  })
  .refine((e) => e.controle === undefined || e.controle.dispositif === e.demande.dispositif, {
    error: 'La demande contrôlée doit porter sur le même dispositif que la demande estimée',
    path: ['controle', 'dispositif'],
  });
export type DemandeEstimation = z.infer<typeof DemandeEstimationSchema>;

export const MontantsSchema = z.object({
  pedagogie: z.number().int(),
  salaires: z.number().int(),
  fraisAnnexes: z.number().int(),
  aides: z.number().int(),
  participationEmployeur: z.number().int(),
  total: z.number().int(),
  resteACharge: z.number().int(),
});

export const EstimationSchema = z.object({
  eligible: z.boolean(),
  motifs: z.array(z.string()),
  montants: MontantsSchema,
  echeancier: z.array(z.object({ date: DateIsoSchema, libelle: z.string(), montantCentimes: z.number().int() })),
  explications: z.array(z.string()),
});

export const BrancheEstimationSchema = z.object({
  siret: z.string(),
  idcc: z.string(),
  effectif: z.number().int(),
});

export const ResultatEstimationSchema = z.object({
  /** The day of the evaluation (Paris time). */
  date: DateIsoSchema,
  /** The referential version used: a request decided with this estimate stores it. */
  referentielVersion: z.number().int(),
  /** The establishment whose branch and headcount were used, if one was known. */
  etablissement: BrancheEstimationSchema.nullable(),
  npec: NpecSchema.nullable(),
  estimation: EstimationSchema,
  /** Null when the body carried no `controle`. */
  controles: z.array(ControleSchema).nullable(),
});
export type ResultatEstimation = z.infer<typeof ResultatEstimationSchema>;

/** `GET /api/referentiel/npec`: the NPEC in force for a certification in a branch on a date. */
export const RechercheNpecSchema = z.object({
  rncp: RncpSchema,
  idcc: IdccSchema,
  date: DateIsoSchema,
});
export type RechercheNpec = z.infer<typeof RechercheNpecSchema>;

export const ResultatNpecSchema = z.object({
  /** The row the estimate uses; null when the certification has no NPEC in the branch on that date. */
  npec: NpecSchema.nullable(),
  /** Every CPNE covering the IDCC on that date, with its NPEC when it has one. */
  cpne: z.array(z.object({ code: z.string(), libelle: z.string(), npec: NpecSchema.nullable() })),
  explication: z.string(),
});
export type ResultatNpec = z.infer<typeof ResultatNpecSchema>;

export const ResultatRemunerationSchema = z.object({
  date: DateIsoSchema,
  referentielVersion: z.number().int(),
  periodes: z.array(
    z.object({
      debut: DateIsoSchema,
      fin: DateIsoSchema,
      anneeContrat: z.number().int(),
      trancheAge: TrancheAgeSchema,
      tauxPourcent: z.number(),
      base: z.enum(['smic', 'smc']),
      baseMensuelleCentimes: z.number().int(),
      montantMensuelMinimumCentimes: z.number().int(),
      explication: z.string(),
    }),
  ),
  explications: z.array(z.string()),
});
export type ResultatRemuneration = z.infer<typeof ResultatRemunerationSchema>;
