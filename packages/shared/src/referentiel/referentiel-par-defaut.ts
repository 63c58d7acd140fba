import type { Referentiel } from './referentiel.schema';

/**
 * The dated values the portal starts with; they seed the database, where an administrator updates them.
 * Figures come from DOMAIN.md §4–§5 (themselves from secondary sources): each `source` names the text a
 * gestionnaire should check before trusting or changing a value.
 */
export const referentielParDefaut: Referentiel = {
  smic: [
    {
      debut: '2023-01-01',
      source: 'Décret n° 2022-1608 du 22 décembre 2022 portant relèvement du salaire minimum de croissance',
      mensuelCentimes: 170928,
      horaireCentimes: 1127,
    },
    {
      debut: '2023-05-01',
      source: 'Arrêté du 26 avril 2023 relatif au relèvement du salaire minimum de croissance (revalorisation automatique)',
      mensuelCentimes: 174720,
      horaireCentimes: 1152,
    },
    {
      debut: '2024-01-01',
      source: 'Décret n° 2023-1216 du 20 décembre 2023 portant relèvement du salaire minimum de croissance',
      mensuelCentimes: 176692,
      horaireCentimes: 1165,
    },
    {
      debut: '2024-11-01',
      source: 'Décret n° 2024-951 du 23 octobre 2024 portant relèvement du salaire minimum de croissance',
      mensuelCentimes: 180180,
      horaireCentimes: 1188,
    },
    {
      debut: '2026-01-01',
      source:
        'Relèvement du salaire minimum de croissance au 1er janvier 2026 (décret de décembre 2025), montants mensuel 35 h et horaire, Mayotte compris — DOMAIN.md §5',
      mensuelCentimes: 182303,
      horaireCentimes: 1202,
      mayotte: { mensuelCentimes: 141505, horaireCentimes: 933 },
    },
  ],

  grilleRemunerationApprenti: [
    {
      debut: '2019-01-01',
      source:
        'C. trav. art. D6222-26 (pourcentage du SMIC, ou du salaire minimum conventionnel s’il est supérieur à partir de 21 ans, selon l’âge et l’année d’exécution du contrat), D6222-30 (majoration de 15 points) et D6222-34 (nouvelle tranche le premier jour du mois qui suit l’anniversaire) ; décret n° 2018-1347 du 28 décembre 2018',
      tranches: [
        { tranche: 'moins_de_18', ageMinimum: 0, tauxParAnnee: [27, 39, 55] },
        { tranche: 'de_18_a_20', ageMinimum: 18, tauxParAnnee: [43, 51, 67] },
        { tranche: 'de_21_a_25', ageMinimum: 21, tauxParAnnee: [53, 61, 78] },
        { tranche: 'plus_de_26', ageMinimum: 26, tauxParAnnee: [100, 100, 100] },
      ],
      smcAPartirDeAge: 21,
      majorationPoints: 15,
    },
  ],

  arrondis: [
    {
      debut: '2019-01-01',
      source:
        'Règle de gestion : un financement proratisé est arrondi au centime inférieur (le financeur ne paie jamais au-delà du droit) ; une rémunération minimale au centime supérieur (jamais sous le minimum légal), comme le générateur de contrats de l’État (mission-apprentissage/contrat, buildRemuneration.ts) — DOMAIN.md §4.1 et §5',
      arrondiFinancement: 'inferieur',
      arrondiRemuneration: 'superieur',
    },
  ],

  valeursAmorcage: [
    {
      debut: '2022-09-01',
      source:
        'Arrêté du 31 août 2022 fixant les valeurs d’amorçage des niveaux de prise en charge des certifications sans NPEC publié (par niveau du cadre national des certifications)',
      montants: [
        { niveau: 3, montantAnnuelCentimes: 547000 },
        { niveau: 4, montantAnnuelCentimes: 562100 },
        { niveau: 5, montantAnnuelCentimes: 600000 },
        { niveau: 6, montantAnnuelCentimes: 600000 },
        { niveau: 7, montantAnnuelCentimes: 700000 },
        { niveau: 8, montantAnnuelCentimes: 700000 },
      ],
    },
  ],

  financementApprentissage: [
    {
      debut: '2020-01-01',
      fin: '2025-06-30',
      source:
        'C. trav. partie réglementaire, prise en charge des contrats d’apprentissage dans sa rédaction antérieure aux décrets du 27 juin 2025 : tout mois commencé est dû ; 50 % au plus tard 30 jours après le dépôt, 25 % au 7e mois, solde au 10e mois — DOMAIN.md §4.1',
      proratisation: 'mois_entame',
      joursParAn: 365,
      echeancier: [
        { libelle: 'Avance', moisDuContrat: 1, pourcent: 50 },
        { libelle: 'Versement du 7e mois', moisDuContrat: 7, pourcent: 25 },
        { libelle: 'Solde du 10e mois', moisDuContrat: 10, pourcent: 25 },
      ],
      participationEmployeur: null,
      minorationDistance: null,
    },
    {
      debut: '2025-07-01',
      source:
        'Décrets n° 2025-585 et n° 2025-586 du 27 juin 2025, contrats conclus à compter du 1er juillet 2025 : prorata au jour, versements 40 % / 30 % au 7e mois / 20 % au 10e mois / 10 % de solde sur justificatifs, participation de l’employeur de 750 € pour une certification de niveau 6 ou plus (C. trav. art. R6332-25-1 et R6332-25-2 : 50 % de la prise en charge plafonnés à 750 € en cas de rupture pendant les 45 premiers jours de formation pratique, 200 € pour un nouveau contrat après rupture), minoration de 20 % des formations suivies à 80 % ou plus à distance sans descendre sous 4 000 €',
      proratisation: 'jour',
      joursParAn: 365,
      echeancier: [
        { libelle: 'Avance', moisDuContrat: 1, pourcent: 40 },
        { libelle: 'Versement du 7e mois', moisDuContrat: 7, pourcent: 30 },
        { libelle: 'Versement du 10e mois', moisDuContrat: 10, pourcent: 20 },
        { libelle: 'Solde sur justificatifs de réalisation', moisDuContrat: null, pourcent: 10 },
      ],
      participationEmployeur: {
        niveauMinimum: 6,
        montantCentimes: 75000,
        ruptureProbatoire: { pourcent: 50, plafondCentimes: 75000 },
        nouveauContratApresRuptureCentimes: 20000,
      },
      minorationDistance: { seuilPourcent: 80, minorationPourcent: 20, plancherCentimes: 400000 },
    },
  ],

  fraisAnnexesApprentissage: [
    {
      debut: '2020-01-01',
      source:
        'C. trav. art. D6332-83 et arrêté d’application : hébergement 6 € par nuitée, restauration 3 € par repas, premier équipement pédagogique 500 € au plus — DOMAIN.md §4.1',
      hebergementParNuitCentimes: 600,
      restaurationParRepasCentimes: 300,
      premierEquipementCentimes: 50000,
    },
  ],

  majorationRqth: [
    {
      debut: '2020-01-01',
      source:
        'Majoration du niveau de prise en charge pour un apprenti reconnu travailleur handicapé (C. trav. art. L6332-14) ; Opco EP : jusqu’à 4 000 € par an, sur demande — DOMAIN.md §4.1',
      plafondAnnuelCentimes: 400000,
    },
  ],

  aideMaitreApprentissage: [
    {
      debut: '2020-01-01',
      source:
        'Prise en charge de l’exercice de la fonction de maître d’apprentissage par l’OPCO (C. trav. art. L6332-14) : 230 € par mois, 12 mois au plus — DOMAIN.md §4.1',
      mensuelCentimes: 23000,
      nombreMoisMaximum: 12,
    },
  ],

  formationMaitreApprentissage: [
    {
      debut: '2020-01-01',
      source:
        'Prise en charge de la formation du maître d’apprentissage par l’OPCO (C. trav. art. L6332-14) : 15 € de l’heure, 40 heures au plus — DOMAIN.md §4.1',
      horaireCentimes: 1500,
      heuresMaximum: 40,
    },
  ],

  financementProfessionnalisation: [
    {
      debut: '2020-01-01',
      source:
        'C. trav. art. D6332-86 (forfait de 9,15 € de l’heure à défaut de forfait fixé par la branche) ; aide à l’exercice de la fonction tutorale : 230 € par mois pendant 6 mois au plus, 345 € si le tuteur a 45 ans ou plus ou accompagne un public prioritaire ; formation du tuteur : 15 € de l’heure, 40 heures au plus — DOMAIN.md §4.2',
      forfaitHoraireParDefautCentimes: 915,
      tutorat: { mensuelCentimes: 23000, mensuelMajoreCentimes: 34500, nombreMoisMaximum: 6, ageTuteurMajoration: 45 },
      formationTuteur: { horaireCentimes: 1500, heuresMaximum: 40 },
    },
  ],

  financementProA: [
    {
      debut: '2020-01-01',
      source:
        'C. trav. art. L6324-1 à L6324-3 (salariés en CDI dont la qualification est inférieure au niveau licence) ; forfait de branche Opco EP : 9,15 € de l’heure plafonné à 3 000 € — DOMAIN.md §4.3',
      forfaitHoraireCentimes: 915,
      plafondCentimes: 300000,
      niveauQualificationMaximumExclu: 6,
    },
  ],

  actionIndividuelle: [
    {
      debut: '2019-01-01',
      source:
        'C. trav. art. L6332-17 (financement mutualisé du plan de développement des compétences réservé aux entreprises de moins de 50 salariés) ; Opco EP : demande déposée avant le début de la formation, idéalement un mois avant — DOMAIN.md §4.4',
      effectifMaximumExclu: 50,
      anticipationConseilleeMois: 1,
    },
  ],

  criteresActionIndividuelle: [
    {
      debut: '2024-01-01',
      source:
        'Opco EP, critères de prise en charge 2024 de l’interprofession, « dans la limite des fonds disponibles » (montants HT) — DOMAIN.md §4.4 ; appliqués à toute branche sans critères propres',
      branche: 'interprofession',
      libelle: 'Interprofession',
      idcc: [],
      categories: [
        { categorie: 'base', libelle: 'Action de base', plafondHorairePedagogieCentimes: 2000, forfaitHoraireSalaireCentimes: 1300 },
        { categorie: 'expert', libelle: 'Action d’expertise', plafondHorairePedagogieCentimes: 3000, forfaitHoraireSalaireCentimes: 1300 },
        { categorie: 'vae', libelle: 'Validation des acquis de l’expérience', plafondHorairePedagogieCentimes: 8500, forfaitHoraireSalaireCentimes: 1300 },
        { categorie: 'bilan', libelle: 'Bilan de compétences', plafondHorairePedagogieCentimes: 6000, forfaitHoraireSalaireCentimes: 1300 },
      ],
      fraisAnnexes: { kilometreCentimes: 32, nuiteeGrandeVilleCentimes: 11200, nuiteeAutreCentimes: 9600, repasCentimes: 1900 },
      heuresMinimum: null,
      plafondParActionNonDiplomanteCentimes: 1000000,
      plafondAnnuelEntreprise: null,
      delaiRealisation: null,
    },
    {
      debut: '2026-01-01',
      fin: '2026-12-31',
      source:
        'Opco EP, critères 2026 de la branche 177 : plafond annuel par entreprise 2 000 € HT (moins de 11 salariés) / 3 000 € HT (11 à 49), ni salaires ni frais annexes, 4 heures au moins, actions de moins de 140 heures réalisées en 3 mois au plus ; pas de plafond horaire publié — DOMAIN.md §4.4',
      branche: '177',
      libelle: 'Branche 177',
      idcc: ['0177'],
      categories: [
        { categorie: 'base', libelle: 'Action de base', plafondHorairePedagogieCentimes: null, forfaitHoraireSalaireCentimes: null },
        { categorie: 'expert', libelle: 'Action d’expertise', plafondHorairePedagogieCentimes: null, forfaitHoraireSalaireCentimes: null },
        { categorie: 'vae', libelle: 'Validation des acquis de l’expérience', plafondHorairePedagogieCentimes: null, forfaitHoraireSalaireCentimes: null },
        { categorie: 'bilan', libelle: 'Bilan de compétences', plafondHorairePedagogieCentimes: null, forfaitHoraireSalaireCentimes: null },
      ],
      fraisAnnexes: null,
      heuresMinimum: 4,
      plafondParActionNonDiplomanteCentimes: null,
      plafondAnnuelEntreprise: { moins_de_11: 200000, de_11_a_49: 300000 },
      delaiRealisation: { heuresMoinsDe: 140, moisMaximum: 3 },
    },
    {
      debut: '2026-01-01',
      fin: '2026-12-31',
      source:
        'Opco EP, critères 2026 de la branche 213 : plafond annuel par entreprise 3 000 € HT (moins de 11 salariés) / 6 000 € HT (11 à 49) ; les autres critères de la branche ne sont pas repris ici (ni salaires ni frais annexes) — DOMAIN.md §4.4',
      branche: '213',
      libelle: 'Branche 213',
      idcc: ['0213'],
      categories: [
        { categorie: 'base', libelle: 'Action de base', plafondHorairePedagogieCentimes: null, forfaitHoraireSalaireCentimes: null },
        { categorie: 'expert', libelle: 'Action d’expertise', plafondHorairePedagogieCentimes: null, forfaitHoraireSalaireCentimes: null },
        { categorie: 'vae', libelle: 'Validation des acquis de l’expérience', plafondHorairePedagogieCentimes: null, forfaitHoraireSalaireCentimes: null },
        { categorie: 'bilan', libelle: 'Bilan de compétences', plafondHorairePedagogieCentimes: null, forfaitHoraireSalaireCentimes: null },
      ],
      fraisAnnexes: null,
      heuresMinimum: null,
      plafondParActionNonDiplomanteCentimes: null,
      plafondAnnuelEntreprise: { moins_de_11: 300000, de_11_a_49: 600000 },
      delaiRealisation: null,
    },
  ],

  limitesApprentissage: [
    {
      debut: '2019-01-01',
      source:
        'C. trav. art. L6222-1 (16 à 29 ans révolus, 15 ans après le collège), L6222-2 et D6222-1-1 (jusqu’à 35 ans dans les cas listés ; sans limite : RQTH, projet de création ou reprise d’entreprise, sportif de haut niveau), L6222-7-1 (durée de 6 mois à 3 ans, 4 ans pour un apprenti RQTH), L6211-2 (formation d’au moins 25 % de la durée du contrat, sur 1 607 heures par an), L3162-1 (35 heures par semaine pour un mineur) ; contrôles du générateur de l’État mission-apprentissage/contrat (54 mois au plus, formation de 6 à 48 mois, 40 heures hebdomadaires, fenêtres de 3 mois) — DOMAIN.md §4.1',
      ageMinimum: 16,
      ageMinimumDerogation: 15,
      ageMaximum: 29,
      ageMaximumDerogation: 35,
      ageMajorite: 18,
      dureeMinimumMois: 6,
      dureeMaximumMois: 36,
      dureeMaximumAmenageeMois: 48,
      dureeMaximumAbsolueMois: 54,
      dureeFormationMinimumMois: 6,
      dureeFormationMaximumMois: 48,
      partFormationMinimumPourcent: 25,
      heuresAnnuellesReference: 1607,
      heuresHebdoMaximum: 40,
      heuresHebdoMaximumMineur: 35,
      fenetreFormationPratiqueMois: 3,
      fenetreCfaMois: 3,
      finApresEpreuvesMaximumMois: 3,
    },
  ],

  limitesProfessionnalisation: [
    {
      debut: '2019-01-01',
      source:
        'C. trav. art. L6325-1 (publics), L6325-11 et L6325-12 (action de 6 à 12 mois, jusqu’à 24 mois par accord de branche, 36 mois pour les publics prioritaires), L6325-13 et L6325-14 (formation de 15 à 25 % de la durée, au moins 150 heures, au-delà de 25 % par accord de branche), D6325-6 et D6325-9 (tuteur : 2 ans d’expérience, 3 salariés au plus, 2 si l’employeur est tuteur) ; durée annuelle de référence 1 607 heures — DOMAIN.md §4.2',
      ageMinimum: 16,
      ageMaximumJeune: 25,
      dureeMinimumMois: 6,
      dureeMaximumMois: 12,
      dureeMaximumAccordMois: 24,
      dureeMaximumPublicPrioritaireMois: 36,
      partFormationMinimumPourcent: 15,
      partFormationMaximumPourcent: 25,
      heuresFormationMinimum: 150,
      heuresAnnuellesReference: 1607,
      experienceTuteurAnnees: 2,
      tutoresMaximum: 3,
      tutoresMaximumEmployeurTuteur: 2,
    },
  ],

  delaisDepot: [
    {
      debut: '2019-01-01',
      source:
        'C. trav. art. D6224-1 (contrat d’apprentissage transmis dans les 5 jours ouvrables suivant le début d’exécution), D6224-2 (décision de l’OPCO dans les 20 jours), D6325-1 et D6325-2 (contrat de professionnalisation, même délai ; Pro-A suit les mêmes règles)',
      alternanceJoursOuvrables: 5,
      decisionJours: 20,
    },
  ],

  alerteDecision: [
    {
      debut: '2019-01-01',
      source:
        'Règle de gestion de l’OPCO : les corbeilles du back office signalent une demande à partir du 15e jour des 20 jours dont l’OPCO dispose pour décider (C. trav. art. D6224-2 pour l’apprentissage, D6325-2 pour la professionnalisation et la Pro-A), pour laisser cinq jours avant que le silence vaille décision',
      alerteAPartirDuJour: 15,
    },
  ],
};
