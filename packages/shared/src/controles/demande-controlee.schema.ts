import { z } from 'zod';
import {
  DerniereClasseSchema,
  DiplomeSchema,
  EmployeurSpecifiqueSchema,
  ModeContractuelSchema,
  NationaliteSchema,
  NiveauDiplomeSchema,
  RegimeSocialSchema,
  SituationAvantContratSchema,
  TypeContratSchema,
  TypeDerogationSchema,
  TypeEmployeurSchema,
} from '../apprentissage/codes.schema';
import { DateIsoSchema } from '../commun/dates.schema';
import { CentimesSchema } from '../commun/montant.schema';
import {
  CfdSchema,
  IdccSchema,
  NafSchema,
  NirSchema,
  RncpSchema,
  SiretSchema,
  UaiSchema,
} from '../identifiants/identifiants.schema';
import { CategorieActionSchema } from '../referentiel/referentiel.schema';

/**
 * The request as the controls see it: a plain nested object per scheme, with the CERFA's codes. Shape
 * errors (missing field, invalid SIRET) come from these schemas; `controler` checks the business rules
 * between fields.
 */
const Nom = z.string({ error: 'Le nom est obligatoire' }).trim().min(1, { error: 'Le nom est obligatoire' });
const Prenom = z.string({ error: 'Le prénom est obligatoire' }).trim().min(1, { error: 'Le prénom est obligatoire' });
const Sexe = z.enum(['M', 'F'], { error: 'Sexe : M ou F' });
const Entier = z.number({ error: 'Nombre entier attendu' }).int({ error: 'Nombre entier attendu' }).min(0, { error: 'Nombre positif attendu' });
const DepartementNaissance = z
  .string()
  .trim()
  .toUpperCase()
  .regex(/^(?:\d{2}|2[AB]|9[78]\d)$/, { error: 'Département de naissance : 01 à 95, 2A, 2B, 971 à 989, ou 99 pour l’étranger' });
const DureeHebdomadaire = z.object({
  heures: Entier.max(99, { error: 'Nombre d’heures hebdomadaires invalide' }),
  minutes: Entier.max(59, { error: 'Les minutes vont de 0 à 59' }),
});

export const DemandeApprentissageControleeSchema = z.object({
  dispositif: z.literal('apprentissage'),
  /** Set once the request has been sent to the OPCO. */
  dateDepot: DateIsoSchema.optional(),
  employeur: z.object({
    siret: SiretSchema,
    typeEmployeur: TypeEmployeurSchema,
    employeurSpecifique: EmployeurSpecifiqueSchema,
    naf: NafSchema.optional(),
    effectif: Entier,
    idcc: IdccSchema.optional(),
  }),
  apprenti: z.object({
    nom: Nom,
    prenom: Prenom,
    sexe: Sexe,
    dateNaissance: DateIsoSchema,
    departementNaissance: DepartementNaissance,
    nir: NirSchema.optional(),
    nationalite: NationaliteSchema,
    regimeSocial: RegimeSocialSchema,
    rqth: z.boolean(),
    projetCreationReprise: z.boolean(),
    sportifHautNiveau: z.boolean(),
    mineurEmancipe: z.boolean(),
    situationAvantContrat: SituationAvantContratSchema.optional(),
    dernierDiplomePrepare: DiplomeSchema.optional(),
    derniereClasse: DerniereClasseSchema.optional(),
    plusHautDiplome: DiplomeSchema.optional(),
  }),
  representantLegal: z
    .object({ nom: Nom, prenom: Prenom, courriel: z.email({ error: 'Adresse e-mail invalide' }).optional() })
    .optional(),
  maitresApprentissage: z
    .array(
      z.object({
        nom: Nom,
        prenom: Prenom,
        dateNaissance: DateIsoSchema,
        nir: NirSchema.optional(),
        niveauDiplome: NiveauDiplomeSchema,
        /** Years of professional experience related to the certification prepared. */
        anneesExperience: z.number().min(0),
        diplomeEnRapport: z.boolean(),
      }),
    )
    .min(1, { error: "Au moins un maître d'apprentissage est obligatoire" })
    .max(2, { error: "Deux maîtres d'apprentissage au plus" }),
  attestationEligibiliteMaitres: z.boolean(),
  contrat: z.object({
    modeContractuel: ModeContractuelSchema,
    typeContrat: TypeContratSchema,
    typeDerogation: TypeDerogationSchema.optional(),
    numeroContratPrecedent: z.string().trim().min(1).optional(),
    dateConclusion: DateIsoSchema,
    dateDebutExecution: DateIsoSchema,
    dateDebutFormationPratique: DateIsoSchema,
    dateFin: DateIsoSchema,
    dateEffetAvenant: DateIsoSchema.optional(),
    dureeHebdomadaire: DureeHebdomadaire,
    travailMachinesDangereuses: z.boolean(),
    smcMensuelCentimes: CentimesSchema.optional(),
  }),
  formation: z.object({
    cfaEntreprise: z.boolean(),
    cfaSiret: SiretSchema,
    cfaUai: UaiSchema,
    rncp: RncpSchema,
    cfd: CfdSchema.optional(),
    niveau: z.number().int().min(3).max(8),
    intitule: z.string().trim().min(1, { error: 'L’intitulé de la formation est obligatoire' }),
    dateDebut: DateIsoSchema,
    dateFinEpreuves: DateIsoSchema,
    dureeHeures: Entier,
    heuresADistance: Entier.optional(),
  }),
});
export type DemandeApprentissageControlee = z.infer<typeof DemandeApprentissageControleeSchema>;

export const DemandeProfessionnalisationControleeSchema = z.object({
  dispositif: z.literal('professionnalisation'),
  dateDepot: DateIsoSchema.optional(),
  employeur: z.object({ siret: SiretSchema, effectif: Entier, idcc: IdccSchema.optional() }),
  salarie: z.object({
    nom: Nom,
    prenom: Prenom,
    sexe: Sexe,
    dateNaissance: DateIsoSchema,
    departementNaissance: DepartementNaissance.optional(),
    nir: NirSchema.optional(),
    /** Holds a diploma or professional title (young people without one are a priority public). */
    qualifie: z.boolean(),
    inscritFranceTravail: z.boolean(),
    inscritDepuisPlusDUnAn: z.boolean(),
    /** RSA, ASS or AAH. */
    beneficiaireMinimaSociaux: z.boolean(),
    sortantContratAide: z.boolean(),
  }),
  tuteur: z.object({
    nom: Nom,
    prenom: Prenom,
    dateNaissance: DateIsoSchema,
    anneesExperience: z.number().min(0),
    /** Employees this tutor follows, this one included. */
    nombreSalariesSuivis: Entier.min(1),
    estEmployeur: z.boolean(),
  }),
  contrat: z.object({
    nature: z.enum(['cdd', 'cdi'], { error: 'Nature du contrat : CDD ou CDI' }),
    dateConclusion: DateIsoSchema,
    dateDebut: DateIsoSchema,
    /** End of the CDD, or of the professionalisation action within a CDI. */
    dateFin: DateIsoSchema,
    dureeHebdomadaire: DureeHebdomadaire,
    accordBrancheDureeEtendue: z.boolean(),
  }),
  formation: z.object({
    organismeSiret: SiretSchema,
    heures: Entier,
    dateDebut: DateIsoSchema,
    dateFin: DateIsoSchema,
    accordBranchePartEtendue: z.boolean(),
  }),
});
export type DemandeProfessionnalisationControlee = z.infer<typeof DemandeProfessionnalisationControleeSchema>;

export const DemandeProAControleeSchema = z.object({
  dispositif: z.literal('pro_a'),
  dateDepot: DateIsoSchema.optional(),
  employeur: z.object({ siret: SiretSchema, effectif: Entier, idcc: IdccSchema.optional() }),
  salarie: z.object({
    nom: Nom,
    prenom: Prenom,
    dateNaissance: DateIsoSchema,
    natureContrat: z.enum(['cdi', 'cui_cdi', 'cdd', 'autre'], { error: 'Nature du contrat de travail invalide' }),
    niveauQualification: z.number().int().min(0).max(8),
  }),
  action: z.object({
    organismeSiret: SiretSchema,
    certification: z.enum(['rncp', 'cqp', 'clea', 'vae'], { error: 'Type de certification invalide' }),
    dateDebut: DateIsoSchema,
    dateFin: DateIsoSchema,
    heures: Entier,
    dureeHebdomadaire: DureeHebdomadaire,
    accordBrancheDureeEtendue: z.boolean(),
    accordBranchePartEtendue: z.boolean(),
    avenantSigne: z.boolean(),
  }),
});
export type DemandeProAControlee = z.infer<typeof DemandeProAControleeSchema>;

export const DemandeActionIndividuelleControleeSchema = z.object({
  dispositif: z.literal('action_individuelle'),
  dateDepot: DateIsoSchema.optional(),
  employeur: z.object({ siret: SiretSchema, effectif: Entier, idcc: IdccSchema }),
  stagiaire: z.object({ nom: Nom, prenom: Prenom, emploi: z.string().trim().min(1, { error: 'L’emploi occupé est obligatoire' }) }),
  action: z.object({
    intitule: z.string().trim().min(1, { error: 'L’intitulé de l’action est obligatoire' }),
    categorie: CategorieActionSchema,
    organismeSiret: SiretSchema,
    dateDebut: DateIsoSchema,
    dateFin: DateIsoSchema,
    heures: Entier,
    coutPedagogiqueCentimes: CentimesSchema,
  }),
});
export type DemandeActionIndividuelleControlee = z.infer<typeof DemandeActionIndividuelleControleeSchema>;

export const DemandeControleeSchema = z.discriminatedUnion('dispositif', [
  DemandeApprentissageControleeSchema,
  DemandeProfessionnalisationControleeSchema,
  DemandeProAControleeSchema,
  DemandeActionIndividuelleControleeSchema,
]);
export type DemandeControlee = z.infer<typeof DemandeControleeSchema>;
