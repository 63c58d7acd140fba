import { ajouterAnnees, ajouterJours, ajouterMois, type DateIso } from '../../commun/dates';
import type { Dispositif } from '../../financement/demande-financement.schema';
import type { Donnees } from './champs';

/**
 * One complete, sendable request per scheme, with dates around `aujourdhui` (filed in time): the
 * shared tests, the API tests and the browser journeys start from it and change what they test.
 * The employer block is the demo baker's (Au pain doré, IDCC 0843, 3 employees).
 */
export const EMPLOYEUR_EXEMPLE = {
  raisonSociale: 'AU PAIN DORÉ',
  siret: '73282932000074',
  adresse: '12 rue des Fours, 84000 AVIGNON',
  naf: '1071C',
  idcc: '0843',
  effectif: 3,
} as const;

export function exempleComplet(dispositif: Dispositif, aujourdhui: DateIso): Donnees {
  const debut = ajouterJours(aujourdhui, -2);
  switch (dispositif) {
    case 'apprentissage':
      return {
        employeur: { ...EMPLOYEUR_EXEMPLE, typeEmployeur: '11', employeurSpecifique: '0' },
        apprenti: {
          nom: 'Durand',
          prenom: 'Léa',
          sexe: 'F',
          dateNaissance: ajouterAnnees(debut, -19),
          departementNaissance: '84',
          nationalite: '1',
          regimeSocial: '2',
          rqth: false,
          projetCreationReprise: false,
          sportifHautNiveau: false,
          adresse: { voie: '3 rue Joseph Vernet', codePostal: '84000', commune: 'Avignon' },
          telephone: '+33612345678',
          courriel: 'lea.durand@exemple.fr',
        },
        maitresApprentissage: [
          { nom: 'Martin', prenom: 'Julien', dateNaissance: ajouterAnnees(debut, -45), niveauDiplome: '3', anneesExperience: 20, diplomeEnRapport: true },
        ],
        attestationEligibiliteMaitres: true,
        contrat: {
          modeContractuel: '1',
          typeContrat: '11',
          dateConclusion: ajouterJours(debut, -7),
          dateDebutExecution: debut,
          dateDebutFormationPratique: debut,
          dateFin: ajouterJours(ajouterAnnees(debut, 2), -1),
          dureeHebdomadaire: { heures: 35, minutes: 0 },
          travailMachinesDangereuses: false,
        },
        formation: {
          cfaEntreprise: false,
          cfaDenomination: 'CFA des métiers de bouche',
          cfaSiret: '35600000000048',
          cfaUai: '0951099D',
          intitule: 'CAP Boulanger',
          rncp: 'RNCP35316',
          niveau: '3',
          dateDebut: ajouterJours(debut, 7),
          dateFinEpreuves: ajouterMois(ajouterAnnees(debut, 2), -1),
          dureeHeures: 840,
        },
      };
    case 'professionnalisation':
      return {
        employeur: { ...EMPLOYEUR_EXEMPLE },
        salarie: {
          nom: 'Petit',
          prenom: 'Hugo',
          sexe: 'M',
          dateNaissance: ajouterAnnees(debut, -22),
          qualifie: true,
          inscritFranceTravail: false,
          beneficiaireMinimaSociaux: false,
          sortantContratAide: false,
        },
        tuteur: { nom: 'Martin', prenom: 'Julien', dateNaissance: ajouterAnnees(debut, -47), anneesExperience: 15, nombreSalariesSuivis: 1, estEmployeur: true },
        contrat: {
          nature: 'cdd',
          emploi: 'Vendeur en boulangerie',
          dateConclusion: ajouterJours(debut, -7),
          dateDebut: debut,
          dateFin: ajouterJours(ajouterMois(debut, 12), -1),
          dureeHebdomadaire: { heures: 35, minutes: 0 },
          salaireBrutMensuelCentimes: 150_000,
          accordBrancheDureeEtendue: false,
        },
        formation: {
          intitule: 'CQP Vendeur en boulangerie-pâtisserie',
          typeQualification: 'cqp',
          organismeNom: 'Institut de la boulangerie',
          organismeSiret: '35600000009075',
          dateDebut: debut,
          dateFin: ajouterJours(ajouterMois(debut, 12), -1),
          heures: 400,
          accordBranchePartEtendue: false,
        },
        financement: { coutPedagogiqueCentimes: 500_000, tutoratDemande: true },
      };
    case 'pro_a':
      return {
        employeur: { ...EMPLOYEUR_EXEMPLE },
        salarie: { nom: 'Lefebvre', prenom: 'Inès', dateNaissance: '1990-04-12', emploi: 'Aide-boulangère', natureContrat: 'cdi', niveauQualification: '3' },
        action: {
          intitule: 'BP Boulanger',
          certification: 'rncp',
          organismeNom: 'Institut de la boulangerie',
          organismeSiret: '35600000009075',
          dateDebut: ajouterJours(aujourdhui, 20),
          dateFin: ajouterJours(ajouterMois(ajouterJours(aujourdhui, 20), 10), -1),
          heures: 300,
          dureeHebdomadaire: { heures: 35, minutes: 0 },
          accordBrancheDureeEtendue: false,
          accordBranchePartEtendue: false,
          avenantSigne: true,
        },
        financement: { coutPedagogiqueCentimes: 400_000 },
      };
    case 'action_individuelle':
      return {
        employeur: { ...EMPLOYEUR_EXEMPLE },
        stagiaire: { nom: 'Roux', prenom: 'Camille', emploi: 'Pâtissière' },
        action: {
          intitule: 'Chocolaterie et confiserie',
          categorie: 'base',
          diplomante: false,
          organismeNom: 'École du chocolat',
          organismeSiret: '35600000009093',
          dateDebut: ajouterJours(aujourdhui, 40),
          dateFin: ajouterJours(aujourdhui, 44),
          heures: 35,
          coutPedagogiqueCentimes: 84_000,
        },
      };
  }
}
