import { z } from 'zod';
import { CentimesSchema } from '../../commun/montant.schema';
import { DemandeActionIndividuelleControleeSchema, type DemandeControlee } from '../../controles/demande-controlee.schema';
import { CategorieActionSchema } from '../../referentiel/referentiel.schema';
import { estVrai, type Donnees, type Etape } from './champs';
import { booleen, chaine, champsEmployeur, champsPersonne, date, entier, preremplirEmployeur, sansVides, schemaEmployeur, TexteObligatoire as Texte, resumeDepuis } from './commun';
import type { DefinitionFormulaire } from './definition';

const CATEGORIES = [
  { code: 'base', libelle: 'Action de base' },
  { code: 'expert', libelle: 'Action d’expertise' },
  { code: 'vae', libelle: 'Validation des acquis de l’expérience' },
  { code: 'bilan', libelle: 'Bilan de compétences' },
] as const satisfies readonly { code: z.infer<typeof CategorieActionSchema>; libelle: string }[];

const etapes: Etape[] = [
  {
    id: 'employeur',
    titre: 'Employeur',
    description: 'L’action individuelle est réservée aux entreprises de moins de 50 salariés ; les critères de prise en charge sont ceux de la branche.',
    champs: champsEmployeur(),
  },
  {
    id: 'stagiaire',
    titre: 'Salarié(e) en formation',
    champs: [
      ...champsPersonne('stagiaire', { nom: 'Nom' }),
      { chemin: 'stagiaire.emploi', libelle: 'Emploi occupé', type: 'texte', obligatoire: true },
    ],
  },
  {
    id: 'action',
    titre: 'Action de formation',
    description: 'La demande est à envoyer avant le début de la formation.',
    champs: [
      { chemin: 'action.intitule', libelle: 'Intitulé de l’action', type: 'texte', obligatoire: true },
      { chemin: 'action.categorie', libelle: 'Catégorie de l’action', type: 'choix', options: CATEGORIES, obligatoire: true, aide: 'Elle fixe le plafond horaire de prise en charge de la branche.' },
      { chemin: 'action.diplomante', libelle: 'Formation diplômante ou certifiante', type: 'oui_non', obligatoire: true },
      { chemin: 'action.organismeNom', libelle: 'Organisme de formation', type: 'texte', obligatoire: true },
      { chemin: 'action.organismeSiret', libelle: 'SIRET de l’organisme', type: 'siret', obligatoire: true },
      { chemin: 'action.dateDebut', libelle: 'Date de début', type: 'date', obligatoire: true },
      { chemin: 'action.dateFin', libelle: 'Date de fin', type: 'date', obligatoire: true },
      { chemin: 'action.heures', libelle: 'Durée', type: 'entier', unite: 'heures', obligatoire: true },
    ],
  },
  {
    id: 'couts',
    titre: 'Coûts',
    champs: [
      { chemin: 'action.coutPedagogiqueCentimes', libelle: 'Coût pédagogique hors taxes (devis)', type: 'montant', unite: '€ HT', obligatoire: true },
      { chemin: 'financement.salairesDemandes', libelle: 'Demander la prise en charge des salaires pendant la formation', type: 'oui_non', obligatoire: false, aide: 'Seulement si les critères de la branche le prévoient : un forfait par heure de formation.' },
      { chemin: 'financement.fraisAnnexesDemandes', libelle: 'Demander la prise en charge de frais annexes (transport, hébergement, repas)', type: 'oui_non', obligatoire: false },
      { chemin: 'financement.fraisAnnexes.kilometres', libelle: 'Kilomètres parcourus', type: 'entier', unite: 'km', obligatoire: false, visible: (d) => estVrai(d, 'financement.fraisAnnexesDemandes') },
      { chemin: 'financement.fraisAnnexes.nuiteesGrandeVille', libelle: 'Nuitées dans une grande ville ou en outre-mer', type: 'entier', obligatoire: false, visible: (d) => estVrai(d, 'financement.fraisAnnexesDemandes') },
      { chemin: 'financement.fraisAnnexes.nuiteesAutres', libelle: 'Autres nuitées', type: 'entier', obligatoire: false, visible: (d) => estVrai(d, 'financement.fraisAnnexesDemandes') },
      { chemin: 'financement.fraisAnnexes.repas', libelle: 'Repas', type: 'entier', obligatoire: false, visible: (d) => estVrai(d, 'financement.fraisAnnexesDemandes') },
      { chemin: 'financement.fraisAnnexes.montantReelCentimes', libelle: 'Montant réel des frais annexes', type: 'montant', unite: '€', obligatoire: false, visible: (d) => estVrai(d, 'financement.fraisAnnexesDemandes') },
    ],
  },
];

const { action } = DemandeActionIndividuelleControleeSchema.shape;
const Nombre = z.number().int().min(0).default(0);

export const FormulaireActionIndividuelleSchema = DemandeActionIndividuelleControleeSchema.omit({ dispositif: true, dateDepot: true }).extend({
  employeur: schemaEmployeur(DemandeActionIndividuelleControleeSchema.shape.employeur),
  action: action.extend({
    organismeNom: Texte('Le nom de l’organisme de formation est obligatoire'),
    diplomante: z.boolean({ error: 'Indiquez si la formation est diplômante' }),
  }),
  financement: z
    .object({
      salairesDemandes: z.boolean().optional(),
      fraisAnnexesDemandes: z.boolean().optional(),
      fraisAnnexes: z
        .object({ kilometres: Nombre, nuiteesGrandeVille: Nombre, nuiteesAutres: Nombre, repas: Nombre, montantReelCentimes: CentimesSchema.default(0) })
        .optional(),
    })
    .optional(),
});
type FormulaireActionIndividuelle = z.infer<typeof FormulaireActionIndividuelleSchema>;

function versEstimation(d: Donnees) {
  const dateDebut = date(d, 'action.dateDebut');
  const dateFin = date(d, 'action.dateFin');
  const heures = entier(d, 'action.heures');
  const coutPedagogiqueCentimes = entier(d, 'action.coutPedagogiqueCentimes');
  const categorie = CategorieActionSchema.safeParse(chaine(d, 'action.categorie'));
  const idcc = chaine(d, 'employeur.idcc');
  const effectif = entier(d, 'employeur.effectif');
  if (!dateDebut || !dateFin || dateFin < dateDebut || heures === undefined || coutPedagogiqueCentimes === undefined || !categorie.success || !idcc || effectif === undefined) return null;
  const frais = estVrai(d, 'financement.fraisAnnexesDemandes') ? FormulaireActionIndividuelleSchema.shape.financement.unwrap().shape.fraisAnnexes.unwrap().safeParse(d.financement && (d.financement as Donnees).fraisAnnexes) : undefined;
  return sansVides({
    siret: chaine(d, 'employeur.siret'),
    demande: sansVides({
      dispositif: 'action_individuelle' as const,
      idcc,
      effectif,
      dateDebut,
      dateFin,
      categorie: categorie.data,
      heures,
      coutPedagogiqueCentimes,
      diplomante: booleen(d, 'action.diplomante') ?? false,
      salairesDemandes: booleen(d, 'financement.salairesDemandes') ?? false,
      fraisAnnexes: frais?.success ? frais.data : undefined,
      // What the company already has committed this year is the server's to add (it knows the requests).
      dejaEngageAnneeCentimes: 0,
    }),
  });
}

export const formulaireActionIndividuelle: DefinitionFormulaire = {
  dispositif: 'action_individuelle',
  titre: 'Action individuelle',
  slug: 'action-individuelle',
  carte: {
    titre: 'Action individuelle',
    finance: 'Une formation d’un salarié dans le cadre du plan de développement des compétences : les coûts pédagogiques, et selon les critères de la branche les salaires et les frais annexes, dans la limite des fonds disponibles.',
    eligibles: 'Les entreprises de moins de 50 salariés. La demande est à envoyer avant le début de la formation.',
    piecesAPreparer: ['Le programme de la formation', 'Le devis signé de l’organisme', 'La convention de formation, si l’organisme en établit une'],
  },
  etapes,
  schema: FormulaireActionIndividuelleSchema,
  preremplir: preremplirEmployeur,
  versDemandeControlee: (d) => {
    const f = d as FormulaireActionIndividuelle;
    const { raisonSociale: _r, adresse: _a, ...employeur } = f.employeur;
    const { organismeNom: _o, diplomante: _di, ...actionControlee } = f.action;
    return { dispositif: 'action_individuelle', employeur, stagiaire: f.stagiaire, action: actionControlee } as DemandeControlee;
  },
  versEstimation,
  resume: resumeDepuis({ personne: 'stagiaire', intitule: 'action.intitule', organisme: 'action.organismeNom', siret: 'action.organismeSiret', debut: 'action.dateDebut', fin: 'action.dateFin' }),
  piecesRequises: () => [
    { type: 'programme', libelle: 'Programme de la formation', obligatoire: true },
    { type: 'devis_signe', libelle: 'Devis signé de l’organisme de formation', obligatoire: true },
    { type: 'convention_formation', libelle: 'Convention de formation', obligatoire: false },
  ],
};
