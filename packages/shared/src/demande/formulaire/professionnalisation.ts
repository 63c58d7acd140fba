import { z } from 'zod';
import { CentimesSchema } from '../../commun/montant.schema';
import { DemandeProfessionnalisationControleeSchema, type DemandeControlee } from '../../controles/demande-controlee.schema';
import { estVrai, type Donnees, type Etape } from './champs';
import { ageLe, booleen, chaine, champsEmployeur, champsPersonne, date, entier, preremplirEmployeur, sansVides, schemaEmployeur, TexteObligatoire as Texte, resumeDepuis } from './commun';
import type { DefinitionFormulaire } from './definition';

/**
 * Young people up to this age without a qualification are a priority public (majorated tutorat).
 * The controls read the same limit from the referential (`ageMaximumJeune`); the estimate only
 * uses it to preview the tutorat rate, and the gestionnaire's decision rests on the controls.
 */
const AGE_MAXIMUM_JEUNE = 25;

const etapes: Etape[] = [
  { id: 'employeur', titre: 'Employeur', description: 'L’établissement qui embauche, tel que l’annuaire des adhérents le connaît.', champs: champsEmployeur() },
  {
    id: 'salarie',
    titre: 'Salarié(e)',
    champs: [
      ...champsPersonne('salarie', { sexe: true, naissance: true }),
      { chemin: 'salarie.nir', libelle: 'Numéro de sécurité sociale', type: 'nir', obligatoire: false },
      { chemin: 'salarie.qualifie', libelle: 'Titulaire d’un diplôme ou d’un titre professionnel', type: 'oui_non', obligatoire: true },
      { chemin: 'salarie.inscritFranceTravail', libelle: 'Inscrit(e) à France Travail', type: 'oui_non', obligatoire: true },
      { chemin: 'salarie.inscritDepuisPlusDUnAn', libelle: 'Inscrit(e) depuis plus d’un an', type: 'oui_non', obligatoire: false, visible: (d) => estVrai(d, 'salarie.inscritFranceTravail') },
      { chemin: 'salarie.beneficiaireMinimaSociaux', libelle: 'Bénéficiaire du RSA, de l’ASS ou de l’AAH', type: 'oui_non', obligatoire: true },
      { chemin: 'salarie.sortantContratAide', libelle: 'Sortant(e) d’un contrat aidé (CUI)', type: 'oui_non', obligatoire: true },
    ],
  },
  {
    id: 'tuteur',
    titre: 'Tuteur',
    champs: [
      ...champsPersonne('tuteur', { nom: 'Nom' }),
      { chemin: 'tuteur.dateNaissance', libelle: 'Date de naissance', type: 'date', obligatoire: true, aide: 'À 45 ans et plus, l’aide au tutorat est majorée.' },
      { chemin: 'tuteur.anneesExperience', libelle: 'Années d’expérience en rapport avec la qualification visée', type: 'entier', unite: 'ans', obligatoire: true, aide: '2 ans au moins.' },
      { chemin: 'tuteur.nombreSalariesSuivis', libelle: 'Nombre de salariés suivis par ce tuteur, celui-ci compris', type: 'entier', obligatoire: true, aide: '3 au plus (2 si le tuteur est l’employeur).' },
      { chemin: 'tuteur.estEmployeur', libelle: 'Le tuteur est l’employeur', type: 'oui_non', obligatoire: true },
    ],
  },
  {
    id: 'contrat',
    titre: 'Contrat',
    champs: [
      {
        chemin: 'contrat.nature',
        libelle: 'Nature du contrat',
        type: 'choix',
        options: [
          { code: 'cdd', libelle: 'Contrat à durée déterminée (CDD)' },
          { code: 'cdi', libelle: 'Contrat à durée indéterminée (CDI)' },
        ],
        obligatoire: true,
      },
      { chemin: 'contrat.emploi', libelle: 'Emploi occupé', type: 'texte', obligatoire: true },
      { chemin: 'contrat.dateConclusion', libelle: 'Date de conclusion (signature)', type: 'date', obligatoire: true },
      { chemin: 'contrat.dateDebut', libelle: 'Date de début du contrat', type: 'date', obligatoire: true },
      { chemin: 'contrat.dateFin', libelle: 'Date de fin du contrat ou de l’action de professionnalisation', type: 'date', obligatoire: true },
      { chemin: 'contrat.dureeHebdomadaire.heures', libelle: 'Durée hebdomadaire de travail : heures', type: 'entier', unite: 'h', obligatoire: true },
      { chemin: 'contrat.dureeHebdomadaire.minutes', libelle: 'Durée hebdomadaire de travail : minutes', type: 'entier', unite: 'min', obligatoire: false },
      { chemin: 'contrat.salaireBrutMensuelCentimes', libelle: 'Salaire brut mensuel', type: 'montant', unite: '€', obligatoire: true },
      { chemin: 'contrat.accordBrancheDureeEtendue', libelle: 'Un accord de branche porte la durée au-delà de 12 mois', type: 'oui_non', obligatoire: true },
    ],
  },
  {
    id: 'formation',
    titre: 'Formation et organisme',
    champs: [
      { chemin: 'formation.intitule', libelle: 'Qualification visée', type: 'texte', obligatoire: true },
      {
        chemin: 'formation.typeQualification',
        libelle: 'Type de qualification',
        type: 'choix',
        options: [
          { code: 'rncp', libelle: 'Certification enregistrée au RNCP' },
          { code: 'cqp', libelle: 'Certificat de qualification professionnelle (CQP)' },
          { code: 'ccn', libelle: 'Qualification reconnue dans les classifications de la convention collective' },
        ],
        obligatoire: true,
      },
      { chemin: 'formation.organismeNom', libelle: 'Organisme de formation', type: 'texte', obligatoire: true },
      { chemin: 'formation.organismeSiret', libelle: 'SIRET de l’organisme', type: 'siret', obligatoire: true },
      { chemin: 'formation.dateDebut', libelle: 'Date de début de la formation', type: 'date', obligatoire: true },
      { chemin: 'formation.dateFin', libelle: 'Date de fin de la formation', type: 'date', obligatoire: true },
      { chemin: 'formation.heures', libelle: 'Durée de la formation', type: 'entier', unite: 'heures', obligatoire: true, aide: 'De 15 à 25 % de la durée du contrat, et 150 heures au moins.' },
      { chemin: 'formation.accordBranchePartEtendue', libelle: 'Un accord de branche porte la formation au-delà de 25 %', type: 'oui_non', obligatoire: true },
    ],
  },
  {
    id: 'couts',
    titre: 'Coûts',
    champs: [
      { chemin: 'financement.coutPedagogiqueCentimes', libelle: 'Coût pédagogique total facturé par l’organisme', type: 'montant', unite: '€', obligatoire: false, aide: 'La prise en charge est un forfait horaire de la branche, dans la limite de ce coût.' },
      { chemin: 'financement.tutoratDemande', libelle: 'Aide à l’exercice de la fonction tutorale', type: 'oui_non', obligatoire: false, aide: '230 € par mois pendant 6 mois, 345 € si le tuteur a 45 ans ou plus ou pour un public prioritaire.' },
      { chemin: 'financement.heuresFormationTuteur', libelle: 'Heures de formation du tuteur', type: 'entier', unite: 'heures', obligatoire: false },
    ],
  },
];

const { contrat, formation } = DemandeProfessionnalisationControleeSchema.shape;

export const FormulaireProfessionnalisationSchema = DemandeProfessionnalisationControleeSchema.omit({ dispositif: true, dateDepot: true }).extend({
  employeur: schemaEmployeur(DemandeProfessionnalisationControleeSchema.shape.employeur),
  salarie: DemandeProfessionnalisationControleeSchema.shape.salarie.extend({ inscritDepuisPlusDUnAn: z.boolean().default(false) }),
  contrat: contrat.extend({
    emploi: Texte('L’emploi occupé est obligatoire'),
    salaireBrutMensuelCentimes: CentimesSchema,
    dureeHebdomadaire: contrat.shape.dureeHebdomadaire.extend({ minutes: contrat.shape.dureeHebdomadaire.shape.minutes.default(0) }),
  }),
  formation: formation.extend({
    intitule: Texte('La qualification visée est obligatoire'),
    typeQualification: z.enum(['rncp', 'cqp', 'ccn'], { error: 'Choisissez le type de qualification' }),
    organismeNom: Texte('Le nom de l’organisme de formation est obligatoire'),
  }),
  financement: z
    .object({ coutPedagogiqueCentimes: CentimesSchema.optional(), tutoratDemande: z.boolean().optional(), heuresFormationTuteur: z.number().int().min(0).optional() })
    .optional(),
});
type FormulaireProfessionnalisation = z.infer<typeof FormulaireProfessionnalisationSchema>;

function publicPrioritaire(d: Donnees): boolean {
  const age = ageLe(d, 'salarie.dateNaissance', 'contrat.dateDebut');
  return (
    estVrai(d, 'salarie.beneficiaireMinimaSociaux') ||
    estVrai(d, 'salarie.sortantContratAide') ||
    (estVrai(d, 'salarie.inscritFranceTravail') && estVrai(d, 'salarie.inscritDepuisPlusDUnAn')) ||
    (age !== undefined && age <= AGE_MAXIMUM_JEUNE && booleen(d, 'salarie.qualifie') === false)
  );
}

function versEstimation(d: Donnees) {
  const dateDebutContrat = date(d, 'contrat.dateDebut');
  const dateFinContrat = date(d, 'contrat.dateFin');
  const heuresFormation = entier(d, 'formation.heures');
  if (!dateDebutContrat || !dateFinContrat || dateFinContrat < dateDebutContrat || heuresFormation === undefined) return null;
  const ageTuteur = ageLe(d, 'tuteur.dateNaissance', 'contrat.dateDebut');
  return sansVides({
    siret: chaine(d, 'employeur.siret'),
    demande: sansVides({
      dispositif: 'professionnalisation' as const,
      dateDebutContrat,
      dateFinContrat,
      dateFinFormation: date(d, 'formation.dateFin'),
      heuresFormation,
      coutPedagogiqueCentimes: entier(d, 'financement.coutPedagogiqueCentimes'),
      tutorat: estVrai(d, 'financement.tutoratDemande') ? { tuteurAgeDe45AnsOuPlus: (ageTuteur ?? 0) >= 45, publicPrioritaire: publicPrioritaire(d) } : undefined,
      heuresFormationTuteur: entier(d, 'financement.heuresFormationTuteur'),
    }),
  });
}

export const formulaireProfessionnalisation: DefinitionFormulaire = {
  dispositif: 'professionnalisation',
  titre: 'Contrat de professionnalisation',
  slug: 'contrat-professionnalisation',
  carte: {
    titre: 'Contrat de professionnalisation',
    finance: 'La formation, au forfait horaire fixé par la branche (9,15 € de l’heure à défaut), l’aide au tutorat et la formation du tuteur.',
    eligibles: 'Les jeunes de 16 à 25 ans, les demandeurs d’emploi de 26 ans et plus, les bénéficiaires du RSA, de l’ASS ou de l’AAH et les sortants d’un contrat aidé. À déposer dans les 5 jours ouvrables qui suivent le début du contrat.',
    piecesAPreparer: ['Le contrat CERFA EJ20 signé', 'L’annexe pédagogique (objectifs, programme, évaluation)', 'La convention de formation'],
  },
  etapes,
  schema: FormulaireProfessionnalisationSchema,
  preremplir: preremplirEmployeur,
  versDemandeControlee: (d) => {
    const f = d as FormulaireProfessionnalisation;
    const { raisonSociale: _r, adresse: _a, ...employeur } = f.employeur;
    const { emploi: _e, salaireBrutMensuelCentimes: _s, ...contratControle } = f.contrat;
    const { intitule: _i, typeQualification: _t, organismeNom: _o, ...formationControlee } = f.formation;
    return { dispositif: 'professionnalisation', employeur, salarie: f.salarie, tuteur: f.tuteur, contrat: contratControle, formation: formationControlee } as DemandeControlee;
  },
  versEstimation,
  resume: resumeDepuis({ personne: 'salarie', intitule: 'formation.intitule', organisme: 'formation.organismeNom', siret: 'formation.organismeSiret', debut: 'contrat.dateDebut', fin: 'contrat.dateFin' }),
  piecesRequises: () => [
    { type: 'cerfa_signe', libelle: 'Contrat de professionnalisation (CERFA EJ20) signé', obligatoire: true },
    { type: 'annexe_pedagogique', libelle: 'Annexe pédagogique : objectifs, programme et modalités d’évaluation', obligatoire: true },
    { type: 'convention_formation', libelle: 'Convention de formation avec l’organisme', obligatoire: true },
  ],
};

