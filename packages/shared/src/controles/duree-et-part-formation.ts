import type { DateIso } from '../commun/dates';
import { finDePeriodeDeMois, libelleDuree, nombreDeJoursInclus } from '../commun/dates';
import type { LimitesProfessionnalisation } from '../referentiel/referentiel.schema';
import { bloquant, ok } from './controle';
import type { Controle } from './controle.schema';

/**
 * Length of the professionalisation action (contrat de professionnalisation and Pro-A): 6 to 12 months,
 * up to 24 with a branch agreement, up to 36 for the priority publics (L6325-11, L6325-12).
 */
export function controlerDureeAction(
  parametres: { debut: DateIso; fin: DateIso; accordBranche: boolean; publicPrioritaire: boolean; champ: string },
  limites: LimitesProfessionnalisation,
): Controle {
  const { debut, fin, accordBranche, publicPrioritaire, champ } = parametres;
  if (fin < debut) return bloquant('DATES_ACTION', champ, 'La date de fin précède la date de début.');
  const duree = libelleDuree(debut, fin);
  const depasse = (maximum: number) => fin > finDePeriodeDeMois(debut, maximum);
  if (fin < finDePeriodeDeMois(debut, limites.dureeMinimumMois)) {
    return bloquant('DUREE_MINIMUM', champ, `L'action dure ${duree} : la durée minimale est de ${limites.dureeMinimumMois} mois.`);
  }
  if (depasse(limites.dureeMaximumPublicPrioritaireMois)) {
    return bloquant('DUREE_MAXIMUM', champ, `L'action dure ${duree} : elle ne peut pas dépasser ${limites.dureeMaximumPublicPrioritaireMois} mois.`);
  }
  if (depasse(limites.dureeMaximumAccordMois) && !publicPrioritaire) {
    return bloquant(
      'DUREE_MAXIMUM',
      champ,
      `L'action dure ${duree} : au-delà de ${limites.dureeMaximumAccordMois} mois, elle est réservée aux publics prioritaires (jeunes sans qualification, demandeurs d'emploi de longue durée, bénéficiaires de minima sociaux, sortants de contrat aidé).`,
    );
  }
  if (depasse(limites.dureeMaximumMois) && !accordBranche && !publicPrioritaire) {
    return bloquant(
      'DUREE_ACCORD_REQUIS',
      champ,
      `L'action dure ${duree} : au-delà de ${limites.dureeMaximumMois} mois, un accord de branche (jusqu'à ${limites.dureeMaximumAccordMois} mois) ou un public prioritaire est nécessaire.`,
    );
  }
  return ok('DUREE', champ, `L'action dure ${duree}.`);
}

/**
 * Training share of the action, counted against working time (1 607 h a year for 35 h a week,
 * prorated to the days and the weekly hours): 15 to 25 %, more only by branch agreement, and at
 * least 150 h unless the certification has no minimum (CléA, VAE).
 */
export function controlerPartFormation(
  parametres: {
    debut: DateIso;
    fin: DateIso;
    heuresFormation: number;
    minutesHebdomadaires: number;
    accordBranche: boolean;
    sansMinimumHeures: boolean;
    champ: string;
  },
  limites: LimitesProfessionnalisation,
): Controle[] {
  const { debut, fin, heuresFormation, minutesHebdomadaires, accordBranche, sansMinimumHeures, champ } = parametres;
  if (fin < debut || minutesHebdomadaires <= 0) return [];
  const resultats: Controle[] = [];
  if (!sansMinimumHeures && heuresFormation < limites.heuresFormationMinimum) {
    resultats.push(
      bloquant('HEURES_MINIMUM', champ, `La formation doit durer au moins ${limites.heuresFormationMinimum} heures (${heuresFormation} h prévues).`),
    );
  }
  const jours = nombreDeJoursInclus(debut, fin);
  const heuresDeTravail = (limites.heuresAnnuellesReference * minutesHebdomadaires * jours) / (35 * 60 * 365);
  // Compared on integers (heures × 35 h × 365 j × 100 against pourcent × 1 607 h × minutes × jours) so that 25 % exactly passes.
  const gauche = heuresFormation * 35 * 60 * 365 * 100;
  const referencePour = (pourcent: number) => pourcent * limites.heuresAnnuellesReference * minutesHebdomadaires * jours;
  const partArrondie = Math.round((heuresFormation * 1000) / heuresDeTravail) / 10;
  const libelle = `${heuresFormation} h sur ${Math.round(heuresDeTravail)} h de travail, soit ${String(partArrondie).replace('.', ',')} %`;
  if (!sansMinimumHeures && gauche < referencePour(limites.partFormationMinimumPourcent)) {
    resultats.push(bloquant('PART_FORMATION_MINIMUM', champ, `La formation doit représenter au moins ${limites.partFormationMinimumPourcent} % de la durée de l'action (${libelle}).`));
  } else if (gauche > referencePour(limites.partFormationMaximumPourcent) && !accordBranche) {
    resultats.push(
      bloquant(
        'PART_FORMATION_MAXIMUM',
        champ,
        `La formation ne peut pas dépasser ${limites.partFormationMaximumPourcent} % de la durée de l'action sans accord de branche (${libelle}).`,
      ),
    );
  } else if (resultats.length === 0) {
    resultats.push(ok('PART_FORMATION', champ, `Formation : ${libelle}.`));
  }
  return resultats;
}
