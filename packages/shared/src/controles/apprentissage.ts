import { estAvenant, estEmployeurPublic, numeroContratPrecedentDemande, numeroContratPrecedentObligatoire } from '../apprentissage/codes';
import type { DateIso } from '../commun/dates';
import { ageRevolu, ajouterMois, finDePeriodeDeMois, formaterDate, libelleDuree, nombreDeJoursInclus } from '../commun/dates';
import { verifierCoherenceNir } from '../identifiants/nir';
import type { IdentiteAComparer } from '../identifiants/nir';
import type { LimitesApprentissage, Referentiel } from '../referentiel/referentiel.schema';
import { exigerValeurEnVigueur } from '../referentiel/valeur-en-vigueur';
import { avertissement, bloquant, ok } from './controle';
import type { Controle } from './controle.schema';
import { controlerDelaiDepot } from './delai-depot';
import type { DemandeApprentissageControlee } from './demande-controlee.schema';

type Demande = DemandeApprentissageControlee;

function controlerEmployeur(d: Demande): Controle[] {
  if (!estEmployeurPublic(d.employeur.typeEmployeur)) return [];
  return [
    bloquant(
      'EMPLOYEUR_PUBLIC',
      'employeur.typeEmployeur',
      "Un employeur public ne dépose pas ses contrats d'apprentissage auprès d'un OPCO : le contrat se transmet aux services de l'État (DDETS) et son financement relève de l'employeur public (ou du CNFPT pour la fonction publique territoriale).",
    ),
  ];
}

function controlerAge(d: Demande, limites: LimitesApprentissage): Controle[] {
  const age = ageRevolu(d.apprenti.dateNaissance, d.contrat.dateDebutExecution);
  const derogation = d.contrat.typeDerogation;
  const resultats: Controle[] = [];
  const champ = 'apprenti.dateNaissance';
  const sansLimite = d.apprenti.rqth || d.apprenti.projetCreationReprise || d.apprenti.sportifHautNiveau;

  if (age < limites.ageMinimumDerogation) {
    resultats.push(
      bloquant('AGE_MINIMUM', champ, `L'apprenti(e) doit avoir au moins ${limites.ageMinimumDerogation} ans au début d'exécution du contrat (${age} ans).`),
    );
  } else if (age < limites.ageMinimum) {
    resultats.push(
      derogation === '11' || derogation === '50'
        ? ok('AGE', champ, `L'apprenti(e) a ${age} ans : contrat possible par dérogation s'il ou elle a achevé le collège (justificatif à joindre).`)
        : bloquant(
            'AGE_DEROGATION_REQUISE',
            'contrat.typeDerogation',
            `L'apprenti(e) a ${age} ans : avant ${limites.ageMinimum} ans, le contrat n'est possible qu'après le collège, avec la dérogation 11.`,
          ),
    );
  } else if (age > limites.ageMaximum) {
    if (sansLimite) {
      resultats.push(ok('AGE', champ, `L'apprenti(e) a ${age} ans : pas de limite d'âge (RQTH, projet de création ou reprise d'entreprise, ou sportif de haut niveau).`));
    } else if (age <= limites.ageMaximumDerogation && (derogation === '12' || derogation === '50')) {
      resultats.push(
        avertissement(
          'AGE_DEROGATION_12',
          champ,
          `L'apprenti(e) a ${age} ans : la dérogation 12 suppose un nouveau contrat vers un diplôme supérieur, ou un précédent contrat rompu pour une cause indépendante de sa volonté, moins d'un an après le précédent ; justificatif à joindre.`,
        ),
      );
    } else {
      resultats.push(
        bloquant(
          'AGE_MAXIMUM',
          champ,
          `L'apprenti(e) a ${age} ans au début d'exécution du contrat : au-delà de ${limites.ageMaximum} ans révolus, le contrat n'est possible que jusqu'à ${limites.ageMaximumDerogation} ans avec la dérogation 12, ou sans limite pour un apprenti RQTH, un projet de création ou reprise d'entreprise ou un sportif de haut niveau.`,
        ),
      );
    }
  } else {
    resultats.push(ok('AGE', champ, `L'apprenti(e) a ${age} ans au début d'exécution du contrat.`));
  }

  if (derogation === '11' && age >= limites.ageMinimum) {
    resultats.push(bloquant('DEROGATION_11', 'contrat.typeDerogation', `La dérogation 11 est réservée aux apprentis de moins de ${limites.ageMinimum} ans (${age} ans).`));
  }
  if (derogation === '12' && age < limites.ageMaximum) {
    resultats.push(bloquant('DEROGATION_12', 'contrat.typeDerogation', `La dérogation 12 est réservée aux apprentis de ${limites.ageMaximum} ans et plus (${age} ans).`));
  }
  return resultats;
}

function controlerRepresentantLegal(d: Demande, limites: LimitesApprentissage): Controle[] {
  const age = ageRevolu(d.apprenti.dateNaissance, d.contrat.dateConclusion);
  if (age >= limites.ageMajorite || d.apprenti.mineurEmancipe || d.representantLegal !== undefined) return [];
  return [
    bloquant(
      'REPRESENTANT_LEGAL',
      'representantLegal',
      `L'apprenti(e) a ${age} ans à la signature et n'est pas émancipé(e) : son représentant légal doit être renseigné et signer le contrat.`,
    ),
  ];
}

function controlerNir(nir: string | undefined, identite: IdentiteAComparer, champ: string): Controle[] {
  if (nir === undefined) return [];
  return verifierCoherenceNir(nir, identite).map((i) => bloquant('NIR_INCOHERENT', champ, i.message));
}

function controlerDuree(d: Demande, limites: LimitesApprentissage): Controle[] {
  const { dateDebutExecution: debut, dateFin: fin, typeDerogation } = d.contrat;
  if (fin < debut) {
    return [bloquant('DATES_CONTRAT', 'contrat.dateFin', "La date de fin du contrat précède sa date de début d'exécution.")];
  }
  const duree = libelleDuree(debut, fin);
  const champ = 'contrat.dateFin';
  if (fin < finDePeriodeDeMois(debut, limites.dureeMinimumMois)) {
    return [bloquant('DUREE_MINIMUM', champ, `Le contrat dure ${duree} : la durée minimale est de ${limites.dureeMinimumMois} mois.`)];
  }
  if (fin > finDePeriodeDeMois(debut, limites.dureeMaximumAbsolueMois)) {
    return [bloquant('DUREE_MAXIMUM', champ, `Le contrat dure ${duree} : il ne peut pas dépasser ${limites.dureeMaximumAbsolueMois} mois.`)];
  }
  const amenage = d.apprenti.rqth || d.apprenti.sportifHautNiveau;
  const maximum = amenage ? limites.dureeMaximumAmenageeMois : limites.dureeMaximumMois;
  if (fin > finDePeriodeDeMois(debut, maximum) && typeDerogation !== '22' && typeDerogation !== '50') {
    return [
      avertissement(
        'DUREE_ALLONGEE',
        champ,
        `Le contrat dure ${duree}, au-delà de ${maximum} mois : un allongement suppose la dérogation 22 et une convention d'aménagement de durée signée avec le CFA.`,
      ),
    ];
  }
  return [ok('DUREE', champ, `Le contrat dure ${duree}.`)];
}

function controlerDates(d: Demande, limites: LimitesApprentissage): Controle[] {
  const { contrat, formation } = d;
  const debut = contrat.dateDebutExecution;
  const resultats: Controle[] = [];

  if (!estAvenant(contrat.typeContrat) && contrat.dateConclusion > debut) {
    resultats.push(
      bloquant('DATE_CONCLUSION', 'contrat.dateConclusion', "Le contrat doit être signé au plus tard le jour de son début d'exécution."),
    );
  }
  const limitePratique = ajouterMois(debut, limites.fenetreFormationPratiqueMois);
  if (contrat.dateDebutFormationPratique < debut || contrat.dateDebutFormationPratique > limitePratique) {
    resultats.push(
      bloquant(
        'DATE_FORMATION_PRATIQUE',
        'contrat.dateDebutFormationPratique',
        `La formation pratique chez l'employeur doit commencer entre le début d'exécution (${formaterDate(debut)}) et ${limites.fenetreFormationPratiqueMois} mois après (${formaterDate(limitePratique)}).`,
      ),
    );
  }
  const cfaAuPlusTot = ajouterMois(debut, -limites.fenetreCfaMois);
  const cfaAuPlusTard = ajouterMois(debut, limites.fenetreCfaMois);
  if (formation.dateDebut < cfaAuPlusTot || formation.dateDebut > cfaAuPlusTard) {
    resultats.push(
      bloquant(
        'DATE_DEBUT_FORMATION',
        'formation.dateDebut',
        `La formation au CFA doit commencer entre le ${formaterDate(cfaAuPlusTot)} et le ${formaterDate(cfaAuPlusTard)} (${limites.fenetreCfaMois} mois avant ou après le début d'exécution).`,
      ),
    );
  }
  const finAuPlusTard = ajouterMois(formation.dateFinEpreuves, limites.finApresEpreuvesMaximumMois);
  if (contrat.dateFin < formation.dateFinEpreuves) {
    resultats.push(
      bloquant('DATE_FIN_AVANT_EPREUVES', 'contrat.dateFin', `Le contrat ne peut pas finir avant la fin des épreuves (${formaterDate(formation.dateFinEpreuves)}).`),
    );
  } else if (contrat.dateFin > finAuPlusTard) {
    resultats.push(
      bloquant(
        'DATE_FIN_APRES_EPREUVES',
        'contrat.dateFin',
        `Le contrat doit finir au plus tard ${limites.finApresEpreuvesMaximumMois} mois après la fin des épreuves, soit le ${formaterDate(finAuPlusTard)}.`,
      ),
    );
  }
  if (formation.dateFinEpreuves >= formation.dateDebut) {
    const { dateDebut, dateFinEpreuves } = formation;
    if (
      dateFinEpreuves < finDePeriodeDeMois(dateDebut, limites.dureeFormationMinimumMois) ||
      dateFinEpreuves > finDePeriodeDeMois(dateDebut, limites.dureeFormationMaximumMois)
    ) {
      resultats.push(
        bloquant(
          'DUREE_FORMATION',
          'formation.dateFinEpreuves',
          `La formation dure ${libelleDuree(dateDebut, dateFinEpreuves)} : elle doit durer de ${limites.dureeFormationMinimumMois} à ${limites.dureeFormationMaximumMois} mois.`,
        ),
      );
    }
  } else {
    resultats.push(bloquant('DUREE_FORMATION', 'formation.dateFinEpreuves', 'La fin des épreuves précède le début de la formation.'));
  }
  if (contrat.dateFin >= debut) {
    const jours = nombreDeJoursInclus(debut, contrat.dateFin);
    const minimum = Math.ceil((limites.heuresAnnuellesReference * limites.partFormationMinimumPourcent * jours) / (365 * 100));
    if (formation.dureeHeures < minimum) {
      resultats.push(
        avertissement(
          'VOLUME_FORMATION',
          'formation.dureeHeures',
          `La formation (${formation.dureeHeures} h) représente moins de ${limites.partFormationMinimumPourcent} % de la durée du contrat comptée sur ${limites.heuresAnnuellesReference} h par an : ${minimum} h attendues au moins.`,
        ),
      );
    }
  }
  return resultats;
}

function controlerAvenant(d: Demande): Controle[] {
  const { typeContrat, numeroContratPrecedent, dateEffetAvenant, dateDebutExecution, dateFin } = d.contrat;
  const resultats: Controle[] = [];
  if (numeroContratPrecedent === undefined) {
    if (numeroContratPrecedentObligatoire(typeContrat)) {
      resultats.push(bloquant('NUMERO_CONTRAT_PRECEDENT', 'contrat.numeroContratPrecedent', `Le numéro du contrat précédent est obligatoire pour le type ${typeContrat}.`));
    } else if (numeroContratPrecedentDemande(typeContrat)) {
      resultats.push(
        avertissement('NUMERO_CONTRAT_PRECEDENT', 'contrat.numeroContratPrecedent', `Indiquez le numéro du contrat précédent s'il est connu (type ${typeContrat}).`),
      );
    }
  }
  if (numeroContratPrecedentObligatoire(typeContrat)) {
    if (dateEffetAvenant === undefined) {
      resultats.push(bloquant('DATE_EFFET_AVENANT', 'contrat.dateEffetAvenant', `La date d'effet est obligatoire pour un avenant de type ${typeContrat}.`));
    } else if (dateEffetAvenant < dateDebutExecution || dateEffetAvenant > dateFin) {
      resultats.push(bloquant('DATE_EFFET_AVENANT', 'contrat.dateEffetAvenant', "La date d'effet de l'avenant doit être comprise entre le début et la fin du contrat."));
    }
  }
  return resultats;
}

function controlerDureeHebdomadaire(d: Demande, limites: LimitesApprentissage): Controle[] {
  const { heures, minutes } = d.contrat.dureeHebdomadaire;
  const totalMinutes = heures * 60 + minutes;
  const champ = 'contrat.dureeHebdomadaire';
  if (totalMinutes > limites.heuresHebdoMaximum * 60) {
    return [bloquant('DUREE_HEBDOMADAIRE', champ, `La durée de travail ne peut pas dépasser ${limites.heuresHebdoMaximum} heures par semaine.`)];
  }
  const mineur = ageRevolu(d.apprenti.dateNaissance, d.contrat.dateDebutExecution) < limites.ageMajorite;
  if (mineur && totalMinutes > limites.heuresHebdoMaximumMineur * 60) {
    return [
      avertissement(
        'DUREE_HEBDOMADAIRE_MINEUR',
        champ,
        `Un apprenti mineur travaille au plus ${limites.heuresHebdoMaximumMineur} heures par semaine (8 heures par jour), sauf dérogation prévue pour certaines activités.`,
      ),
    ];
  }
  return [];
}

function controlerMaitres(d: Demande, limites: LimitesApprentissage): Controle[] {
  const resultats: Controle[] = [];
  d.maitresApprentissage.forEach((maitre, index) => {
    const prefixe = `maitresApprentissage.${index}`;
    const age = ageRevolu(maitre.dateNaissance, d.contrat.dateDebutExecution);
    if (age < limites.ageMajorite) {
      resultats.push(bloquant('MAITRE_MAJEUR', `${prefixe}.dateNaissance`, `Le maître d'apprentissage doit être majeur au début d'exécution du contrat (${age} ans).`));
    }
    const niveauSuffisant = maitre.diplomeEnRapport && Number(maitre.niveauDiplome) >= d.formation.niveau;
    const experienceRequise = niveauSuffisant ? 1 : 2;
    if (maitre.anneesExperience < experienceRequise) {
      resultats.push(
        avertissement(
          'MAITRE_EXPERIENCE',
          `${prefixe}.anneesExperience`,
          niveauSuffisant
            ? "Le maître d'apprentissage doit justifier d'au moins 1 an d'expérience en rapport avec la certification préparée, sauf conditions fixées par la convention collective."
            : "Sans diplôme en rapport de niveau au moins égal à la certification préparée, le maître d'apprentissage doit justifier de 2 ans d'expérience en rapport, sauf conditions fixées par la convention collective.",
        ),
      );
    }
    resultats.push(...controlerNir(maitre.nir, { dateNaissance: maitre.dateNaissance }, `${prefixe}.nir`));
  });
  if (!d.attestationEligibiliteMaitres) {
    resultats.push(
      bloquant('MAITRE_ATTESTATION', 'attestationEligibiliteMaitres', "L'employeur doit attester que le ou les maîtres d'apprentissage remplissent les conditions requises."),
    );
  }
  return resultats;
}

/** CERFA FA13 controls, as the law and the state's contract generator apply them (DOMAIN.md §4.1). */
export function controlerApprentissage(d: Demande, referentiel: Referentiel, date: DateIso): Controle[] {
  const limites = exigerValeurEnVigueur(referentiel.limitesApprentissage, d.contrat.dateDebutExecution, 'limites du contrat d’apprentissage');
  return [
    ...controlerEmployeur(d),
    ...controlerAge(d, limites),
    ...controlerRepresentantLegal(d, limites),
    ...controlerNir(
      d.apprenti.nir,
      { sexe: d.apprenti.sexe, dateNaissance: d.apprenti.dateNaissance, departementNaissance: d.apprenti.departementNaissance },
      'apprenti.nir',
    ),
    ...controlerDuree(d, limites),
    ...controlerDates(d, limites),
    ...controlerAvenant(d),
    ...controlerDureeHebdomadaire(d, limites),
    ...controlerMaitres(d, limites),
    controlerDelaiDepot({ dateDebut: d.contrat.dateDebutExecution, dateDepot: d.dateDepot, champ: 'contrat.dateDebutExecution' }, referentiel, date),
  ];
}
