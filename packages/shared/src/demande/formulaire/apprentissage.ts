import { z } from 'zod';
import {
  DERNIERES_CLASSES,
  DIPLOMES,
  EMPLOYEURS_SPECIFIQUES,
  estAvenant,
  MODES_CONTRACTUELS,
  NATIONALITES,
  NIVEAUX_DIPLOME,
  numeroContratPrecedentDemande,
  REGIMES_SOCIAUX,
  SITUATIONS_AVANT_CONTRAT,
  TYPES_CONTRAT,
  TYPES_DEROGATION,
  TYPES_EMPLOYEUR,
  type TypeContrat,
} from '../../apprentissage/codes';
import { CentimesSchema } from '../../commun/montant.schema';
import { DemandeApprentissageControleeSchema, type DemandeControlee } from '../../controles/demande-controlee.schema';
import { estRncpValide, normaliserRncp } from '../../identifiants/certification';
import { CodePostalSchema, TelephoneSchema } from '../../identifiants/identifiants.schema';
import { estVrai, lire, type Champ, type Donnees, type Etape } from './champs';
import { ageLe, booleen, chaine, champsEmployeur, champsPersonne, date, entier, preremplirEmployeur, sansVides, schemaEmployeur, TexteObligatoire, resumeDepuis } from './commun';
import type { DefinitionFormulaire, PieceRequise } from './definition';

const NIVEAUX_CERTIFICATION = [
  { code: '3', libelle: 'Niveau 3 (CAP, BEP)' },
  { code: '4', libelle: 'Niveau 4 (baccalauréat, brevet professionnel)' },
  { code: '5', libelle: 'Niveau 5 (BTS, DUT, bac +2)' },
  { code: '6', libelle: 'Niveau 6 (licence, bachelor, BUT)' },
  { code: '7', libelle: 'Niveau 7 (master, diplôme d’ingénieur)' },
  { code: '8', libelle: 'Niveau 8 (doctorat)' },
] as const;

/** Under 18 on the day the contract is signed and not emancipated: a legal representative signs too. */
export function representantLegalRequis(d: Donnees): boolean {
  const age = ageLe(d, 'apprenti.dateNaissance', 'contrat.dateConclusion');
  return age !== undefined && age < 18 && !estVrai(d, 'apprenti.mineurEmancipe');
}

const typeContrat = (d: Donnees) => chaine(d, 'contrat.typeContrat') as TypeContrat | undefined;

function maitre(index: 0 | 1): Champ[] {
  const p = `maitresApprentissage.${index}`;
  const visible = index === 1 ? (d: Donnees) => estVrai(d, 'deuxiemeMaitre') : undefined;
  const champs: Champ[] = [
    { chemin: `${p}.nom`, libelle: 'Nom de naissance', type: 'texte', obligatoire: true },
    { chemin: `${p}.prenom`, libelle: 'Prénom', type: 'texte', obligatoire: true },
    { chemin: `${p}.dateNaissance`, libelle: 'Date de naissance', type: 'date', obligatoire: true, aide: 'Le maître d’apprentissage est majeur.' },
    { chemin: `${p}.nir`, libelle: 'Numéro de sécurité sociale', type: 'nir', obligatoire: false },
    { chemin: `${p}.niveauDiplome`, libelle: 'Niveau du diplôme le plus élevé', type: 'choix', options: NIVEAUX_DIPLOME, obligatoire: true },
    {
      chemin: `${p}.anneesExperience`,
      libelle: 'Années d’expérience en rapport avec la qualification préparée',
      type: 'entier',
      unite: 'ans',
      obligatoire: true,
      aide: '1 an avec un diplôme en rapport d’un niveau au moins égal, sinon 2 ans.',
    },
    { chemin: `${p}.diplomeEnRapport`, libelle: 'Diplôme en rapport avec la qualification préparée', type: 'oui_non', obligatoire: true },
  ];
  return visible ? champs.map((c) => ({ ...c, visible })) : champs;
}

const etapes: Etape[] = [
  {
    id: 'employeur',
    titre: 'Employeur',
    description: 'L’établissement où le contrat est exécuté, tel que l’annuaire des adhérents le connaît.',
    champs: [
      ...champsEmployeur(true),
      { chemin: 'employeur.typeEmployeur', libelle: 'Type d’employeur', type: 'choix', options: TYPES_EMPLOYEUR, obligatoire: true },
      { chemin: 'employeur.employeurSpecifique', libelle: 'Employeur spécifique', type: 'choix', options: EMPLOYEURS_SPECIFIQUES, obligatoire: true },
    ],
  },
  {
    id: 'apprenti',
    titre: 'Apprenti(e)',
    champs: [
      ...champsPersonne('apprenti', { sexe: true, naissance: true }),
      { chemin: 'apprenti.adresse.voie', libelle: 'Numéro et voie', type: 'texte', obligatoire: true },
      { chemin: 'apprenti.adresse.complement', libelle: 'Complément d’adresse', type: 'texte', obligatoire: false, aide: 'Bâtiment, escalier, lieu-dit, boîte postale…' },
      { chemin: 'apprenti.adresse.codePostal', libelle: 'Code postal', type: 'code_postal', obligatoire: true },
      { chemin: 'apprenti.adresse.commune', libelle: 'Commune', type: 'commune', codePostal: 'apprenti.adresse.codePostal', obligatoire: true },
      { chemin: 'apprenti.telephone', libelle: 'Téléphone', type: 'telephone', obligatoire: false },
      { chemin: 'apprenti.courriel', libelle: 'Adresse e-mail', type: 'email', obligatoire: false },
      { chemin: 'apprenti.departementNaissance', libelle: 'Département de naissance', type: 'texte', obligatoire: true, aide: '2 chiffres (2A, 2B pour la Corse, 971 à 989 outre-mer), 99 pour une naissance à l’étranger.' },
      { chemin: 'apprenti.nir', libelle: 'Numéro de sécurité sociale', type: 'nir', obligatoire: false, aide: '15 chiffres, clé comprise.' },
      { chemin: 'apprenti.nationalite', libelle: 'Nationalité', type: 'choix', options: NATIONALITES, obligatoire: true },
      { chemin: 'apprenti.regimeSocial', libelle: 'Régime social', type: 'choix', options: REGIMES_SOCIAUX, obligatoire: true },
      { chemin: 'apprenti.rqth', libelle: 'Reconnaissance de la qualité de travailleur handicapé (RQTH)', type: 'oui_non', obligatoire: true },
      { chemin: 'apprenti.projetCreationReprise', libelle: 'Projet de création ou de reprise d’entreprise', type: 'oui_non', obligatoire: true },
      { chemin: 'apprenti.sportifHautNiveau', libelle: 'Inscrit(e) sur la liste des sportifs de haut niveau', type: 'oui_non', obligatoire: true },
      {
        chemin: 'apprenti.mineurEmancipe',
        libelle: 'Mineur(e) émancipé(e)',
        type: 'oui_non',
        obligatoire: false,
        aide: 'Sans émancipation, le représentant légal signe le contrat.',
        visible: (d) => (ageLe(d, 'apprenti.dateNaissance', 'contrat.dateConclusion') ?? 18) < 18,
      },
      { chemin: 'apprenti.situationAvantContrat', libelle: 'Situation avant ce contrat', type: 'choix', options: SITUATIONS_AVANT_CONTRAT, obligatoire: false },
      { chemin: 'apprenti.dernierDiplomePrepare', libelle: 'Dernier diplôme ou titre préparé', type: 'choix', options: DIPLOMES, obligatoire: false },
      { chemin: 'apprenti.derniereClasse', libelle: 'Dernière classe ou année suivie', type: 'choix', options: DERNIERES_CLASSES, obligatoire: false },
      { chemin: 'apprenti.plusHautDiplome', libelle: 'Diplôme ou titre le plus élevé obtenu', type: 'choix', options: DIPLOMES, obligatoire: false },
    ],
  },
  {
    id: 'representant-legal',
    titre: 'Représentant légal',
    description: 'L’apprenti(e) a moins de 18 ans à la signature et n’est pas émancipé(e) : son représentant légal signe le contrat.',
    visible: representantLegalRequis,
    champs: [
      { chemin: 'representantLegal.nom', libelle: 'Nom', type: 'texte', obligatoire: true },
      { chemin: 'representantLegal.prenom', libelle: 'Prénom', type: 'texte', obligatoire: true },
      { chemin: 'representantLegal.courriel', libelle: 'Adresse e-mail', type: 'email', obligatoire: false },
    ],
  },
  {
    id: 'maitres-apprentissage',
    titre: 'Maître(s) d’apprentissage',
    champs: [
      ...maitre(0),
      { chemin: 'deuxiemeMaitre', libelle: 'Un deuxième maître d’apprentissage', type: 'oui_non', obligatoire: false },
      ...maitre(1),
      {
        chemin: 'attestationEligibiliteMaitres',
        libelle: 'L’employeur atteste que le ou les maîtres d’apprentissage remplissent les conditions pour l’être',
        type: 'oui_non',
        obligatoire: true,
      },
    ],
  },
  {
    id: 'contrat',
    titre: 'Contrat',
    champs: [
      { chemin: 'contrat.modeContractuel', libelle: 'Mode contractuel', type: 'choix', options: MODES_CONTRACTUELS, obligatoire: true },
      { chemin: 'contrat.typeContrat', libelle: 'Type de contrat ou d’avenant', type: 'choix', options: TYPES_CONTRAT, obligatoire: true },
      { chemin: 'contrat.typeDerogation', libelle: 'Type de dérogation', type: 'choix', options: TYPES_DEROGATION, obligatoire: false, aide: 'Seulement si le contrat déroge à l’âge ou à la durée.' },
      {
        chemin: 'contrat.numeroContratPrecedent',
        libelle: 'Numéro du contrat précédent',
        type: 'texte',
        obligatoire: false,
        visible: (d) => {
          const t = typeContrat(d);
          return t !== undefined && numeroContratPrecedentDemande(t);
        },
      },
      { chemin: 'contrat.dateConclusion', libelle: 'Date de conclusion (signature)', type: 'date', obligatoire: true },
      { chemin: 'contrat.dateDebutExecution', libelle: 'Date de début d’exécution du contrat', type: 'date', obligatoire: true },
      { chemin: 'contrat.dateDebutFormationPratique', libelle: 'Date de début de la formation pratique chez l’employeur', type: 'date', obligatoire: true },
      { chemin: 'contrat.dateFin', libelle: 'Date de fin du contrat', type: 'date', obligatoire: true },
      {
        chemin: 'contrat.dateEffetAvenant',
        libelle: 'Date d’effet de l’avenant',
        type: 'date',
        obligatoire: false,
        visible: (d) => {
          const t = typeContrat(d);
          return t !== undefined && estAvenant(t);
        },
      },
      { chemin: 'contrat.dureeHebdomadaire.heures', libelle: 'Durée hebdomadaire de travail : heures', type: 'entier', unite: 'h', obligatoire: true },
      { chemin: 'contrat.dureeHebdomadaire.minutes', libelle: 'Durée hebdomadaire de travail : minutes', type: 'entier', unite: 'min', obligatoire: false },
      { chemin: 'contrat.travailMachinesDangereuses', libelle: 'Travail sur machines dangereuses ou exposition à des risques particuliers', type: 'oui_non', obligatoire: true },
      { chemin: 'contrat.smcMensuelCentimes', libelle: 'Salaire minimum conventionnel (SMC) mensuel', type: 'montant', unite: '€', obligatoire: false, aide: 'S’il est plus élevé que le SMIC, il sert de base à la rémunération des apprentis de 21 ans et plus.' },
    ],
  },
  {
    id: 'formation',
    titre: 'Formation et CFA',
    champs: [
      { chemin: 'formation.cfaEntreprise', libelle: 'CFA d’entreprise', type: 'oui_non', obligatoire: true },
      { chemin: 'formation.cfaDenomination', libelle: 'Dénomination du CFA responsable', type: 'texte', obligatoire: true },
      { chemin: 'formation.cfaSiret', libelle: 'SIRET du CFA', type: 'siret', obligatoire: true },
      { chemin: 'formation.cfaUai', libelle: 'N° UAI du CFA', type: 'uai', obligatoire: true, aide: '7 chiffres et une lettre, par exemple 0951099D.' },
      { chemin: 'formation.intitule', libelle: 'Intitulé précis du diplôme ou titre préparé', type: 'texte', obligatoire: true },
      { chemin: 'formation.rncp', libelle: 'Code RNCP', type: 'rncp', obligatoire: true, aide: 'Il désigne, avec la convention collective, le niveau de prise en charge (NPEC).' },
      { chemin: 'formation.cfd', libelle: 'Code diplôme (CFD)', type: 'cfd', obligatoire: false },
      { chemin: 'formation.niveau', libelle: 'Niveau de la certification', type: 'choix', options: NIVEAUX_CERTIFICATION, obligatoire: true },
      { chemin: 'formation.dateDebut', libelle: 'Date de début du cycle de formation', type: 'date', obligatoire: true },
      { chemin: 'formation.dateFinEpreuves', libelle: 'Date prévue de fin des épreuves ou examens', type: 'date', obligatoire: true },
      { chemin: 'formation.dureeHeures', libelle: 'Durée de la formation', type: 'entier', unite: 'heures', obligatoire: true },
      { chemin: 'formation.heuresADistance', libelle: 'Dont heures à distance', type: 'entier', unite: 'heures', obligatoire: false, aide: 'À partir de 80 % à distance, la prise en charge est minorée de 20 %.' },
    ],
  },
  {
    id: 'couts',
    titre: 'Frais et aides',
    description: 'Ce que le CFA et l’employeur demandent en plus du niveau de prise en charge.',
    champs: [
      { chemin: 'financement.aideMaitreApprentissageDemandee', libelle: 'Aide à l’exercice de la fonction de maître d’apprentissage', type: 'oui_non', obligatoire: false },
      { chemin: 'financement.heuresFormationMaitreApprentissage', libelle: 'Heures de formation du maître d’apprentissage', type: 'entier', unite: 'heures', obligatoire: false },
      { chemin: 'financement.majorationRqthAnnuelleDemandeeCentimes', libelle: 'Majoration RQTH demandée par an', type: 'montant', unite: '€', obligatoire: false, visible: (d) => estVrai(d, 'apprenti.rqth') },
      { chemin: 'financement.fraisAnnexes.nuitees', libelle: 'Nuitées d’hébergement', type: 'entier', obligatoire: false },
      { chemin: 'financement.fraisAnnexes.coutNuiteeCentimes', libelle: 'Coût d’une nuitée', type: 'montant', unite: '€', obligatoire: false },
      { chemin: 'financement.fraisAnnexes.repas', libelle: 'Repas', type: 'entier', obligatoire: false },
      { chemin: 'financement.fraisAnnexes.coutRepasCentimes', libelle: 'Coût d’un repas', type: 'montant', unite: '€', obligatoire: false },
      { chemin: 'financement.fraisAnnexes.premierEquipementCentimes', libelle: 'Premier équipement', type: 'montant', unite: '€', obligatoire: false },
    ],
  },
];

const FraisAnnexesSchema = z.object({
  nuitees: z.number().int().min(0).default(0),
  coutNuiteeCentimes: CentimesSchema.default(0),
  repas: z.number().int().min(0).default(0),
  coutRepasCentimes: CentimesSchema.default(0),
  premierEquipementCentimes: CentimesSchema.default(0),
});

const { employeur, apprenti, contrat, formation } = DemandeApprentissageControleeSchema.shape;

/** The apprentice's address and contact, asked by the CERFA FA13 but read by no control. */
const AdresseApprentiSchema = z.object({
  voie: TexteObligatoire('Le numéro et la voie sont obligatoires'),
  complement: z.string().trim().optional(),
  codePostal: CodePostalSchema,
  commune: TexteObligatoire('Choisissez la commune'),
});

export const FormulaireApprentissageSchema = DemandeApprentissageControleeSchema.omit({ dispositif: true, dateDepot: true })
  .extend({
    employeur: schemaEmployeur(employeur),
    apprenti: apprenti.extend({
      mineurEmancipe: z.boolean().default(false),
      adresse: AdresseApprentiSchema,
      telephone: TelephoneSchema.optional(),
      courriel: z.email({ error: 'Adresse e-mail invalide' }).optional(),
    }),
    contrat: contrat.extend({ dureeHebdomadaire: contrat.shape.dureeHebdomadaire.extend({ minutes: contrat.shape.dureeHebdomadaire.shape.minutes.default(0) }) }),
    formation: formation.extend({
      cfaDenomination: TexteObligatoire('La dénomination du CFA est obligatoire'),
      niveau: z.coerce.number({ error: 'Choisissez le niveau de la certification' }).int().min(3).max(8),
    }),
    deuxiemeMaitre: z.boolean().optional(),
    financement: z
      .object({
        aideMaitreApprentissageDemandee: z.boolean().optional(),
        heuresFormationMaitreApprentissage: z.number().int().min(0).optional(),
        majorationRqthAnnuelleDemandeeCentimes: CentimesSchema.optional(),
        fraisAnnexes: FraisAnnexesSchema.optional(),
      })
      .optional(),
  })
  .refine((d) => !representantLegalRequis(d as Donnees) || d.representantLegal !== undefined, {
    error: 'Le représentant légal est obligatoire pour un(e) apprenti(e) mineur(e) non émancipé(e)',
    path: ['representantLegal', 'nom'],
  });
type FormulaireApprentissage = z.infer<typeof FormulaireApprentissageSchema>;

function niveau(d: Donnees): number | undefined {
  const v = lire(d, 'formation.niveau');
  const n = typeof v === 'string' ? Number(v) : v;
  return typeof n === 'number' && Number.isInteger(n) && n >= 3 && n <= 8 ? n : undefined;
}

function versEstimation(d: Donnees) {
  const dateConclusion = date(d, 'contrat.dateConclusion');
  const dateDebutContrat = date(d, 'contrat.dateDebutExecution');
  const dateFinContrat = date(d, 'contrat.dateFin');
  const niveauCertification = niveau(d);
  if (!dateConclusion || !dateDebutContrat || !dateFinContrat || dateFinContrat < dateDebutContrat || niveauCertification === undefined) return null;
  const dureeFormationHeures = entier(d, 'formation.dureeHeures') ?? 0;
  const heuresADistance = entier(d, 'formation.heuresADistance');
  const rncp = chaine(d, 'formation.rncp');
  const frais = lire(d, 'financement.fraisAnnexes');
  const fraisAnnexes = frais && typeof frais === 'object' ? FraisAnnexesSchema.safeParse(frais) : undefined;
  return sansVides({
    siret: chaine(d, 'employeur.siret'),
    rncp: rncp && estRncpValide(normaliserRncp(rncp)) ? normaliserRncp(rncp) : undefined,
    demande: sansVides({
      dispositif: 'apprentissage' as const,
      dateConclusion,
      dateDebutContrat,
      dateFinContrat,
      niveauCertification,
      npec: null,
      dureeFormationHeures,
      heuresADistance: heuresADistance !== undefined && heuresADistance <= dureeFormationHeures ? heuresADistance : undefined,
      rqth: booleen(d, 'apprenti.rqth'),
      majorationRqthAnnuelleDemandeeCentimes: entier(d, 'financement.majorationRqthAnnuelleDemandeeCentimes'),
      aideMaitreApprentissageDemandee: booleen(d, 'financement.aideMaitreApprentissageDemandee'),
      heuresFormationMaitreApprentissage: entier(d, 'financement.heuresFormationMaitreApprentissage'),
      fraisAnnexes: fraisAnnexes?.success ? fraisAnnexes.data : undefined,
    }),
  });
}

function piecesRequises(d: Donnees): PieceRequise[] {
  const derogation = chaine(d, 'contrat.typeDerogation');
  const pieces: PieceRequise[] = [
    { type: 'cerfa_signe', libelle: 'Contrat d’apprentissage (CERFA FA13) signé', obligatoire: true, aide: 'Signé par l’employeur, l’apprenti(e) et, s’il y a lieu, son représentant légal.' },
    { type: 'convention_formation', libelle: 'Convention de formation entre le CFA et l’employeur', obligatoire: true },
  ];
  if (derogation === '21' || derogation === '22' || derogation === '50') {
    pieces.push({ type: 'convention_amenagement_duree', libelle: 'Convention d’aménagement de durée (réduction ou allongement)', obligatoire: true });
  }
  pieces.push({ type: 'convention_mobilite', libelle: 'Convention de mobilité (formation ou travail à l’étranger)', obligatoire: false });
  return pieces;
}

export const formulaireApprentissage: DefinitionFormulaire = {
  dispositif: 'apprentissage',
  titre: 'Contrat d’apprentissage',
  slug: 'contrat-apprentissage',
  carte: {
    titre: 'Contrat d’apprentissage',
    finance: 'Le coût de la formation au CFA (niveau de prise en charge fixé par la branche pour la certification), les frais annexes et l’aide au maître d’apprentissage.',
    eligibles: 'Tout employeur privé, pour un(e) apprenti(e) de 16 à 29 ans (sans limite d’âge avec une RQTH, un projet de création d’entreprise ou pour un sportif de haut niveau). À déposer dans les 5 jours ouvrables qui suivent le début du contrat.',
    piecesAPreparer: ['Le contrat CERFA FA13 signé', 'La convention de formation signée avec le CFA', 'La convention d’aménagement de durée, s’il y a lieu'],
  },
  etapes,
  schema: FormulaireApprentissageSchema,
  preremplir: (e) => {
    const base = preremplirEmployeur(e);
    return { ...base, employeur: { ...(base.employeur as Donnees), employeurSpecifique: '0' } };
  },
  versDemandeControlee: (d) => {
    const f = d as FormulaireApprentissage;
    const { deuxiemeMaitre: _d, financement: _f, ...controlee } = f;
    const { raisonSociale: _r, adresse: _a, ...employeur } = f.employeur;
    const { cfaDenomination: _c, ...formationControlee } = f.formation;
    const { adresse: _ad, telephone: _t, courriel: _co, ...apprenti } = f.apprenti;
    return { dispositif: 'apprentissage', ...controlee, employeur, apprenti, formation: formationControlee } as DemandeControlee;
  },
  versEstimation,
  resume: resumeDepuis({ personne: 'apprenti', intitule: 'formation.intitule', organisme: 'formation.cfaDenomination', siret: 'formation.cfaSiret', debut: 'contrat.dateDebutExecution', fin: 'contrat.dateFin' }),
  piecesRequises,
};
