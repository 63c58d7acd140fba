/**
 * Code lists of the CERFA FA13 (contrat d'apprentissage), codes exactly as the form and the state's
 * generator (mission-apprentissage/contrat, shared/helpers/cerfa/schema and shared/constants) use them.
 * Arrays keep the order the form shows.
 */
export interface CodeLibelle<Code extends string = string> {
  code: Code;
  libelle: string;
}

export const TYPES_EMPLOYEUR = [
  { code: '11', libelle: "Entreprise inscrite au répertoire des métiers ou au registre des entreprises pour l'Alsace-Moselle" },
  { code: '12', libelle: 'Entreprise inscrite uniquement au registre du commerce et des sociétés' },
  { code: '13', libelle: 'Entreprise dont les salariés relèvent de la mutualité sociale agricole' },
  { code: '14', libelle: 'Profession libérale' },
  { code: '15', libelle: 'Association' },
  { code: '16', libelle: 'Autre employeur privé' },
  { code: '21', libelle: "Service de l'État (administrations centrales et leurs services déconcentrés)" },
  { code: '22', libelle: 'Commune' },
  { code: '23', libelle: 'Département' },
  { code: '24', libelle: 'Région' },
  { code: '25', libelle: 'Établissement public hospitalier' },
  { code: '26', libelle: "Établissement public local d'enseignement" },
  { code: '27', libelle: "Établissement public administratif de l'État" },
  { code: '28', libelle: 'Établissement public administratif local (y compris les EPCI)' },
  { code: '29', libelle: 'Autre employeur public' },
  { code: '30', libelle: 'Établissement public industriel et commercial' },
] as const satisfies readonly CodeLibelle[];
export type TypeEmployeur = (typeof TYPES_EMPLOYEUR)[number]['code'];

/** Public employers file their apprenticeship contracts with the State, not with an OPCO. */
export function estEmployeurPublic(type: TypeEmployeur): boolean {
  return Number(type) >= 21;
}

export const EMPLOYEURS_SPECIFIQUES = [
  { code: '0', libelle: 'Aucun de ces cas' },
  { code: '1', libelle: 'Entreprise de travail temporaire' },
  { code: '2', libelle: "Groupement d'employeurs" },
  { code: '3', libelle: 'Employeur saisonnier' },
  { code: '4', libelle: "Apprentissage familial : l'employeur est un ascendant de l'apprenti" },
] as const satisfies readonly CodeLibelle[];
export type EmployeurSpecifique = (typeof EMPLOYEURS_SPECIFIQUES)[number]['code'];

export const TYPES_CONTRAT = [
  { code: '11', libelle: "Premier contrat d'apprentissage de l'apprenti" },
  { code: '21', libelle: 'Nouveau contrat avec un apprenti qui a terminé son précédent contrat auprès du même employeur' },
  { code: '22', libelle: 'Nouveau contrat avec un apprenti qui a terminé son précédent contrat auprès d’un autre employeur' },
  { code: '23', libelle: 'Nouveau contrat avec un apprenti dont le précédent contrat auprès d’un autre employeur a été rompu' },
  { code: '31', libelle: "Modification de la situation juridique de l'employeur" },
  { code: '32', libelle: "Changement d'employeur dans le cadre d'un contrat saisonnier" },
  { code: '33', libelle: "Prolongation du contrat à la suite d'un échec à l'examen de l'apprenti" },
  { code: '34', libelle: "Prolongation du contrat à la suite de la reconnaissance de l'apprenti comme travailleur handicapé" },
  { code: '35', libelle: "Modification du diplôme préparé par l'apprenti" },
  { code: '36', libelle: "Autres changements : maître d'apprentissage, durée de travail hebdomadaire, réduction de durée…" },
  { code: '37', libelle: "Modification du lieu d'exécution du contrat" },
  { code: '38', libelle: 'Modification du lieu principal de réalisation de la formation théorique' },
] as const satisfies readonly CodeLibelle[];
export type TypeContrat = (typeof TYPES_CONTRAT)[number]['code'];

/** Amendments (avenants) change a running contract; 11 and 21–23 are contracts of their own. */
export function estAvenant(type: TypeContrat): boolean {
  return type.startsWith('3');
}

/** The previous contract number is asked for every contract that follows another one. */
export function numeroContratPrecedentDemande(type: TypeContrat): boolean {
  return type !== '11';
}

/** … and cannot be left out for amendments 31–37, which must also state their date d'effet. */
export function numeroContratPrecedentObligatoire(type: TypeContrat): boolean {
  return Number(type) >= 31 && Number(type) <= 37;
}

export const TYPES_DEROGATION = [
  { code: '11', libelle: "Âge de l'apprenti inférieur à 16 ans" },
  { code: '12', libelle: 'Âge supérieur à 29 ans : cas spécifiques prévus dans le code du travail' },
  { code: '21', libelle: 'Réduction de la durée du contrat ou de la période d’apprentissage' },
  { code: '22', libelle: 'Allongement de la durée du contrat ou de la période d’apprentissage' },
  { code: '50', libelle: 'Cumul de dérogations' },
  { code: '60', libelle: 'Autre dérogation' },
] as const satisfies readonly CodeLibelle[];
export type TypeDerogation = (typeof TYPES_DEROGATION)[number]['code'];

export const MODES_CONTRACTUELS = [
  { code: '1', libelle: 'À durée limitée' },
  { code: '2', libelle: "Dans le cadre d'un CDI" },
  { code: '3', libelle: 'Entreprise de travail temporaire' },
  { code: '4', libelle: 'Activités saisonnières à deux employeurs' },
] as const satisfies readonly CodeLibelle[];
export type ModeContractuel = (typeof MODES_CONTRACTUELS)[number]['code'];

export const NATIONALITES = [
  { code: '1', libelle: 'Française' },
  { code: '2', libelle: 'Union européenne' },
  { code: '3', libelle: 'Étranger hors Union européenne' },
] as const satisfies readonly CodeLibelle[];
export type Nationalite = (typeof NATIONALITES)[number]['code'];

export const REGIMES_SOCIAUX = [
  { code: '1', libelle: 'MSA' },
  { code: '2', libelle: 'URSSAF' },
] as const satisfies readonly CodeLibelle[];
export type RegimeSocial = (typeof REGIMES_SOCIAUX)[number]['code'];

export const SITUATIONS_AVANT_CONTRAT = [
  { code: '1', libelle: 'Scolaire' },
  { code: '2', libelle: 'Prépa apprentissage' },
  { code: '3', libelle: 'Étudiant' },
  { code: '4', libelle: "Contrat d'apprentissage" },
  { code: '5', libelle: 'Contrat de professionnalisation' },
  { code: '6', libelle: 'Contrat aidé' },
  { code: '7', libelle: "En formation au CFA sous statut de stagiaire de la formation professionnelle, avant la signature d'un contrat d'apprentissage" },
  { code: '8', libelle: 'En formation au CFA sans contrat, sous statut de stagiaire de la formation professionnelle, à la suite d’une rupture' },
  { code: '9', libelle: 'Autre situation sous statut de stagiaire de la formation professionnelle' },
  { code: '10', libelle: 'Salarié' },
  { code: '11', libelle: "Personne à la recherche d'un emploi (inscrite ou non à France Travail)" },
  { code: '12', libelle: 'Inactif' },
] as const satisfies readonly CodeLibelle[];
export type SituationAvantContrat = (typeof SITUATIONS_AVANT_CONTRAT)[number]['code'];

export const DIPLOMES = [
  { code: '13', libelle: 'Aucun diplôme ni titre professionnel' },
  { code: '25', libelle: 'Diplôme national du brevet' },
  { code: '26', libelle: 'Certificat de formation générale' },
  { code: '33', libelle: 'CAP' },
  { code: '34', libelle: 'BEP' },
  { code: '35', libelle: 'Mention complémentaire' },
  { code: '38', libelle: 'Autre diplôme ou titre de niveau CAP/BEP' },
  { code: '41', libelle: 'Baccalauréat professionnel' },
  { code: '42', libelle: 'Baccalauréat général' },
  { code: '43', libelle: 'Baccalauréat technologique' },
  { code: '49', libelle: 'Autre diplôme ou titre de niveau bac' },
  { code: '54', libelle: 'Brevet de technicien supérieur' },
  { code: '55', libelle: 'Diplôme universitaire de technologie' },
  { code: '58', libelle: 'Autre diplôme ou titre de niveau bac +2' },
  { code: '61', libelle: '1re année de master' },
  { code: '62', libelle: 'Licence professionnelle' },
  { code: '63', libelle: 'Licence générale' },
  { code: '69', libelle: 'Autre diplôme ou titre de niveau bac +3 ou 4' },
  { code: '71', libelle: 'Master professionnel / DESS' },
  { code: '72', libelle: 'Master recherche / DEA' },
  { code: '73', libelle: 'Master indifférencié' },
  { code: '74', libelle: "Diplôme d'ingénieur, diplôme d'école de commerce" },
  { code: '79', libelle: 'Autre diplôme ou titre de niveau bac +5 ou plus' },
  { code: '80', libelle: 'Doctorat' },
] as const satisfies readonly CodeLibelle[];
export type Diplome = (typeof DIPLOMES)[number]['code'];

export const DERNIERES_CLASSES = [
  { code: '01', libelle: "A suivi la dernière année du cycle de formation et obtenu le diplôme ou titre" },
  { code: '11', libelle: 'A suivi la 1re année du cycle et l’a validée (examens réussis mais année non diplômante)' },
  { code: '12', libelle: 'A suivi la 1re année du cycle sans la valider (échec aux examens, interruption ou abandon)' },
  { code: '21', libelle: 'A suivi la 2e année du cycle et l’a validée (examens réussis mais année non diplômante)' },
  { code: '22', libelle: 'A suivi la 2e année du cycle sans la valider (échec aux examens, interruption ou abandon)' },
  { code: '31', libelle: 'A suivi la 3e année du cycle et l’a validée (examens réussis mais année non diplômante, cycles adaptés)' },
  { code: '32', libelle: 'A suivi la 3e année du cycle sans la valider (échec aux examens, interruption ou abandon)' },
  { code: '40', libelle: "A achevé le 1er cycle de l'enseignement secondaire (collège)" },
  { code: '41', libelle: 'A interrompu ses études en classe de 3e' },
  { code: '42', libelle: 'A interrompu ses études en classe de 4e' },
] as const satisfies readonly CodeLibelle[];
export type DerniereClasse = (typeof DERNIERES_CLASSES)[number]['code'];

/** Levels of the national qualifications framework (niveau de diplôme du maître d'apprentissage). */
export const NIVEAUX_DIPLOME = [
  { code: '0', libelle: 'Aucun diplôme ou titre' },
  { code: '3', libelle: 'CAP, BEP' },
  { code: '4', libelle: 'Baccalauréat' },
  { code: '5', libelle: 'DEUG, BTS, DUT, DEUST' },
  { code: '6', libelle: 'Licence, licence professionnelle, BUT, maîtrise' },
  { code: '7', libelle: "Master, DEA, DESS, diplôme d'ingénieur" },
  { code: '8', libelle: 'Doctorat, habilitation à diriger des recherches' },
] as const satisfies readonly CodeLibelle[];
export type NiveauDiplome = (typeof NIVEAUX_DIPLOME)[number]['code'];

export function libelleCode<Code extends string>(liste: readonly CodeLibelle<Code>[], code: Code): string {
  return liste.find((c) => c.code === code)?.libelle ?? code;
}
