import type { DateIso } from '../commun/dates';
import { ageRevolu } from '../commun/dates';
import { verifierCoherenceNir } from '../identifiants/nir';
import type { Referentiel } from '../referentiel/referentiel.schema';
import { exigerValeurEnVigueur } from '../referentiel/valeur-en-vigueur';
import { bloquant, ok } from './controle';
import type { Controle } from './controle.schema';
import { controlerDelaiDepot } from './delai-depot';
import type { DemandeProfessionnalisationControlee } from './demande-controlee.schema';
import { controlerDureeAction, controlerPartFormation } from './duree-et-part-formation';

/** Contrat de professionnalisation controls (DOMAIN.md §4.2). */
export function controlerProfessionnalisation(d: DemandeProfessionnalisationControlee, referentiel: Referentiel, date: DateIso): Controle[] {
  const limites = exigerValeurEnVigueur(referentiel.limitesProfessionnalisation, d.contrat.dateDebut, 'limites du contrat de professionnalisation');
  const { salarie, tuteur, contrat, formation } = d;
  const resultats: Controle[] = [];
  const age = ageRevolu(salarie.dateNaissance, contrat.dateDebut);

  if (age < limites.ageMinimum) {
    resultats.push(bloquant('PUBLIC_AGE', 'salarie.dateNaissance', `Le salarié doit avoir au moins ${limites.ageMinimum} ans (${age} ans).`));
  } else if (age > limites.ageMaximumJeune && !salarie.inscritFranceTravail && !salarie.beneficiaireMinimaSociaux && !salarie.sortantContratAide) {
    resultats.push(
      bloquant(
        'PUBLIC_NON_ELIGIBLE',
        'salarie.dateNaissance',
        `À ${age} ans, le contrat de professionnalisation est ouvert aux demandeurs d'emploi inscrits à France Travail, aux bénéficiaires du RSA, de l'ASS ou de l'AAH et aux sortants d'un contrat aidé.`,
      ),
    );
  } else {
    resultats.push(ok('PUBLIC', 'salarie.dateNaissance', `Le salarié a ${age} ans et relève d'un public éligible.`));
  }

  const publicPrioritaire =
    salarie.beneficiaireMinimaSociaux ||
    salarie.sortantContratAide ||
    (salarie.inscritFranceTravail && salarie.inscritDepuisPlusDUnAn) ||
    (age <= limites.ageMaximumJeune && !salarie.qualifie);
  resultats.push(
    controlerDureeAction(
      { debut: contrat.dateDebut, fin: contrat.dateFin, accordBranche: contrat.accordBrancheDureeEtendue, publicPrioritaire, champ: 'contrat.dateFin' },
      limites,
    ),
  );
  resultats.push(
    ...controlerPartFormation(
      {
        debut: contrat.dateDebut,
        fin: contrat.dateFin,
        heuresFormation: formation.heures,
        minutesHebdomadaires: contrat.dureeHebdomadaire.heures * 60 + contrat.dureeHebdomadaire.minutes,
        accordBranche: formation.accordBranchePartEtendue,
        sansMinimumHeures: false,
        champ: 'formation.heures',
      },
      limites,
    ),
  );

  if (contrat.dateConclusion > contrat.dateDebut) {
    resultats.push(bloquant('DATE_CONCLUSION', 'contrat.dateConclusion', 'Le contrat doit être signé au plus tard le jour de son début.'));
  }
  if (formation.dateDebut < contrat.dateDebut || formation.dateFin > contrat.dateFin || formation.dateFin < formation.dateDebut) {
    resultats.push(bloquant('DATES_FORMATION', 'formation.dateDebut', "Les dates de formation doivent être comprises dans celles de l'action de professionnalisation."));
  }

  if (tuteur.anneesExperience < limites.experienceTuteurAnnees) {
    resultats.push(
      bloquant(
        'TUTEUR_EXPERIENCE',
        'tuteur.anneesExperience',
        `Le tuteur doit justifier d'au moins ${limites.experienceTuteurAnnees} ans d'expérience professionnelle en rapport avec la qualification visée.`,
      ),
    );
  }
  const maximumSuivis = tuteur.estEmployeur ? limites.tutoresMaximumEmployeurTuteur : limites.tutoresMaximum;
  if (tuteur.nombreSalariesSuivis > maximumSuivis) {
    resultats.push(
      bloquant(
        'TUTEUR_NOMBRE',
        'tuteur.nombreSalariesSuivis',
        `Un tuteur suit au plus ${limites.tutoresMaximum} salariés (${limites.tutoresMaximumEmployeurTuteur} si l'employeur est lui-même tuteur) ; ${tuteur.nombreSalariesSuivis} déclarés.`,
      ),
    );
  }

  if (salarie.nir !== undefined) {
    for (const incoherence of verifierCoherenceNir(salarie.nir, {
      sexe: salarie.sexe,
      dateNaissance: salarie.dateNaissance,
      departementNaissance: salarie.departementNaissance,
    })) {
      resultats.push(bloquant('NIR_INCOHERENT', 'salarie.nir', incoherence.message));
    }
  }
  resultats.push(controlerDelaiDepot({ dateDebut: contrat.dateDebut, dateDepot: d.dateDepot, champ: 'contrat.dateDebut' }, referentiel, date));
  return resultats;
}
