import { z } from 'zod';
import { CentimesSchema } from '../../commun/montant.schema';
import { DemandeProAControleeSchema, type DemandeControlee } from '../../controles/demande-controlee.schema';
import type { Donnees, Etape } from './champs';
import { chaine, champsEmployeur, champsPersonne, date, entier, preremplirEmployeur, sansVides, schemaEmployeur, TexteObligatoire as Texte, resumeDepuis } from './commun';
import type { DefinitionFormulaire } from './definition';

const NIVEAUX_QUALIFICATION = [
  { code: '0', libelle: 'Sans diplôme' },
  { code: '3', libelle: 'Niveau 3 (CAP, BEP)' },
  { code: '4', libelle: 'Niveau 4 (baccalauréat)' },
  { code: '5', libelle: 'Niveau 5 (bac +2)' },
  { code: '6', libelle: 'Niveau 6 (licence)' },
  { code: '7', libelle: 'Niveau 7 (master)' },
  { code: '8', libelle: 'Niveau 8 (doctorat)' },
] as const;

const etapes: Etape[] = [
  { id: 'employeur', titre: 'Employeur', description: 'L’établissement du salarié, tel que l’annuaire des adhérents le connaît.', champs: champsEmployeur() },
  {
    id: 'salarie',
    titre: 'Salarié(e)',
    description: 'La Pro-A s’adresse aux salariés en CDI dont la qualification est inférieure à la licence.',
    champs: [
      ...champsPersonne('salarie', { nom: 'Nom', naissance: true }),
      { chemin: 'salarie.emploi', libelle: 'Emploi occupé', type: 'texte', obligatoire: true },
      {
        chemin: 'salarie.natureContrat',
        libelle: 'Contrat de travail',
        type: 'choix',
        options: [
          { code: 'cdi', libelle: 'Contrat à durée indéterminée (CDI)' },
          { code: 'cui_cdi', libelle: 'Contrat unique d’insertion à durée indéterminée (CUI-CDI)' },
          { code: 'cdd', libelle: 'Contrat à durée déterminée (CDD)' },
          { code: 'autre', libelle: 'Autre' },
        ],
        obligatoire: true,
      },
      { chemin: 'salarie.niveauQualification', libelle: 'Niveau de qualification actuel', type: 'choix', options: NIVEAUX_QUALIFICATION, obligatoire: true },
    ],
  },
  {
    id: 'action',
    titre: 'Action de reconversion ou de promotion',
    champs: [
      { chemin: 'action.intitule', libelle: 'Certification visée', type: 'texte', obligatoire: true },
      {
        chemin: 'action.certification',
        libelle: 'Type de certification',
        type: 'choix',
        options: [
          { code: 'rncp', libelle: 'Certification enregistrée au RNCP, listée par l’accord de branche' },
          { code: 'cqp', libelle: 'Certificat de qualification professionnelle (CQP)' },
          { code: 'clea', libelle: 'Certificat CléA' },
          { code: 'vae', libelle: 'Validation des acquis de l’expérience (VAE)' },
        ],
        obligatoire: true,
      },
      { chemin: 'action.organismeNom', libelle: 'Organisme de formation', type: 'texte', obligatoire: true },
      { chemin: 'action.organismeSiret', libelle: 'SIRET de l’organisme', type: 'siret', obligatoire: true },
      { chemin: 'action.dateDebut', libelle: 'Date de début', type: 'date', obligatoire: true },
      { chemin: 'action.dateFin', libelle: 'Date de fin', type: 'date', obligatoire: true, aide: 'De 6 à 12 mois (jusqu’à 24 mois avec un accord de branche).' },
      { chemin: 'action.heures', libelle: 'Durée de la formation', type: 'entier', unite: 'heures', obligatoire: true, aide: 'De 15 à 25 % de la durée, et 150 heures au moins (sauf CléA et VAE).' },
      { chemin: 'action.dureeHebdomadaire.heures', libelle: 'Durée hebdomadaire de travail : heures', type: 'entier', unite: 'h', obligatoire: true },
      { chemin: 'action.dureeHebdomadaire.minutes', libelle: 'Durée hebdomadaire de travail : minutes', type: 'entier', unite: 'min', obligatoire: false },
      { chemin: 'action.accordBrancheDureeEtendue', libelle: 'Un accord de branche porte la durée au-delà de 12 mois', type: 'oui_non', obligatoire: true },
      { chemin: 'action.accordBranchePartEtendue', libelle: 'Un accord de branche porte la formation au-delà de 25 %', type: 'oui_non', obligatoire: true },
      { chemin: 'action.avenantSigne', libelle: 'L’avenant au contrat de travail est signé', type: 'oui_non', obligatoire: true, aide: 'Il précise la durée et l’objet de la Pro-A.' },
    ],
  },
  {
    id: 'couts',
    titre: 'Coûts',
    champs: [
      { chemin: 'financement.coutPedagogiqueCentimes', libelle: 'Coût pédagogique facturé par l’organisme', type: 'montant', unite: '€', obligatoire: false, aide: 'Forfait horaire de la branche, plafonné, dans la limite de ce coût.' },
    ],
  },
];

const { salarie, action } = DemandeProAControleeSchema.shape;

export const FormulaireProASchema = DemandeProAControleeSchema.omit({ dispositif: true, dateDepot: true }).extend({
  employeur: schemaEmployeur(DemandeProAControleeSchema.shape.employeur),
  salarie: salarie.extend({
    emploi: Texte('L’emploi occupé est obligatoire'),
    niveauQualification: z.coerce.number({ error: 'Choisissez le niveau de qualification' }).int().min(0).max(8),
  }),
  action: action.extend({
    intitule: Texte('La certification visée est obligatoire'),
    organismeNom: Texte('Le nom de l’organisme de formation est obligatoire'),
    dureeHebdomadaire: action.shape.dureeHebdomadaire.extend({ minutes: action.shape.dureeHebdomadaire.shape.minutes.default(0) }),
  }),
  financement: z.object({ coutPedagogiqueCentimes: CentimesSchema.optional() }).optional(),
});
type FormulaireProA = z.infer<typeof FormulaireProASchema>;

function versEstimation(d: Donnees) {
  const dateDebut = date(d, 'action.dateDebut');
  const dateFin = date(d, 'action.dateFin');
  const heuresFormation = entier(d, 'action.heures');
  const nature = chaine(d, 'salarie.natureContrat');
  const niveau = Number(chaine(d, 'salarie.niveauQualification') ?? Number.NaN);
  const certification = chaine(d, 'action.certification');
  if (!dateDebut || !dateFin || dateFin < dateDebut || heuresFormation === undefined || !nature || !Number.isInteger(niveau) || !certification) return null;
  return sansVides({
    siret: chaine(d, 'employeur.siret'),
    demande: sansVides({
      dispositif: 'pro_a' as const,
      dateDebut,
      dateFin,
      heuresFormation,
      coutPedagogiqueCentimes: entier(d, 'financement.coutPedagogiqueCentimes'),
      salarieEnCdi: nature === 'cdi' || nature === 'cui_cdi',
      niveauQualificationSalarie: niveau,
      certificationCleaOuVae: certification === 'clea' || certification === 'vae',
    }),
  });
}

export const formulaireProA: DefinitionFormulaire = {
  dispositif: 'pro_a',
  titre: 'Promotion par l’alternance',
  slug: 'promotion-alternance',
  carte: {
    titre: 'Promotion par l’alternance (Pro-A)',
    finance: 'La formation d’un salarié vers une certification listée par l’accord de branche (ou CléA), au forfait horaire de la branche et dans sa limite.',
    eligibles: 'Les salariés en CDI (ou CUI-CDI) dont la qualification est inférieure à la licence.',
    piecesAPreparer: ['L’avenant au contrat de travail (durée et objet)', 'La convention de formation', 'Le programme de la formation'],
  },
  etapes,
  schema: FormulaireProASchema,
  preremplir: preremplirEmployeur,
  versDemandeControlee: (d) => {
    const f = d as FormulaireProA;
    const { raisonSociale: _r, adresse: _a, ...employeur } = f.employeur;
    const { emploi: _e, ...salarieControle } = f.salarie;
    const { intitule: _i, organismeNom: _o, ...actionControlee } = f.action;
    return { dispositif: 'pro_a', employeur, salarie: salarieControle, action: actionControlee } as DemandeControlee;
  },
  versEstimation,
  resume: resumeDepuis({ personne: 'salarie', intitule: 'action.intitule', organisme: 'action.organismeNom', siret: 'action.organismeSiret', debut: 'action.dateDebut', fin: 'action.dateFin' }),
  piecesRequises: () => [
    { type: 'avenant', libelle: 'Avenant au contrat de travail signé (durée et objet de la Pro-A)', obligatoire: true },
    { type: 'convention_formation', libelle: 'Convention de formation avec l’organisme', obligatoire: true },
    { type: 'programme', libelle: 'Programme de la formation', obligatoire: false },
  ],
};
