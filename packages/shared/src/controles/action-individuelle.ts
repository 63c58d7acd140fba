import type { DateIso } from '../commun/dates';
import { ajouterMois, dureeEnMois, formaterDate } from '../commun/dates';
import { AUTRES_VOIES_50_SALARIES_ET_PLUS } from '../financement/action-individuelle';
import { criteresApplicables } from '../financement/criteres-action-individuelle';
import type { Referentiel } from '../referentiel/referentiel.schema';
import { exigerValeurEnVigueur } from '../referentiel/valeur-en-vigueur';
import { avertissement, bloquant, ok } from './controle';
import type { Controle } from './controle.schema';
import type { DemandeActionIndividuelleControlee } from './demande-controlee.schema';

/** Action individuelle controls (DOMAIN.md §4.4). */
export function controlerActionIndividuelle(d: DemandeActionIndividuelleControlee, referentiel: Referentiel, date: DateIso): Controle[] {
  const { action, employeur } = d;
  const regle = exigerValeurEnVigueur(referentiel.actionIndividuelle, action.dateDebut, 'règles de l’action individuelle');
  const criteres = criteresApplicables(referentiel, employeur.idcc, action.dateDebut);
  const resultats: Controle[] = [];

  if (employeur.effectif >= regle.effectifMaximumExclu) {
    resultats.push(
      bloquant(
        'EFFECTIF',
        'employeur.effectif',
        [`L'action individuelle est réservée aux entreprises de moins de ${regle.effectifMaximumExclu} salariés.`, ...AUTRES_VOIES_50_SALARIES_ET_PLUS].join(' '),
      ),
    );
  }

  const dateDepot = d.dateDepot ?? date;
  const conseillee = ajouterMois(action.dateDebut, -regle.anticipationConseilleeMois);
  if (dateDepot >= action.dateDebut) {
    resultats.push(
      bloquant(
        'DEPOT_AVANT_DEBUT',
        'action.dateDebut',
        `La demande doit être déposée avant le début de la formation (le ${formaterDate(action.dateDebut)}) : une demande déposée le ${formaterDate(dateDepot)} serait refusée.`,
      ),
    );
  } else if (dateDepot > conseillee) {
    resultats.push(
      avertissement(
        'DEPOT_TARDIF',
        'action.dateDebut',
        `Déposez la demande au moins ${regle.anticipationConseilleeMois} mois avant le début de la formation (le ${formaterDate(conseillee)} au plus tard) pour qu'elle soit instruite à temps.`,
      ),
    );
  } else {
    resultats.push(ok('DEPOT_AVANT_DEBUT', 'action.dateDebut', 'La demande est déposée avant le début de la formation.'));
  }

  if (action.dateFin < action.dateDebut) {
    resultats.push(bloquant('DATES_ACTION', 'action.dateFin', 'La date de fin précède la date de début.'));
  } else if (criteres.delaiRealisation !== null && action.heures < criteres.delaiRealisation.heuresMoinsDe) {
    const mois = dureeEnMois(action.dateDebut, action.dateFin);
    if (mois > criteres.delaiRealisation.moisMaximum) {
      resultats.push(
        bloquant(
          'DELAI_REALISATION',
          'action.dateFin',
          `Une action de moins de ${criteres.delaiRealisation.heuresMoinsDe} heures doit se dérouler en ${criteres.delaiRealisation.moisMaximum} mois au plus (critères « ${criteres.libelle} »).`,
        ),
      );
    }
  }

  if (!criteres.categories.some((c) => c.categorie === action.categorie)) {
    resultats.push(bloquant('CATEGORIE', 'action.categorie', `Les critères « ${criteres.libelle} » ne prennent pas en charge ce type d'action.`));
  }
  if (criteres.heuresMinimum !== null && action.heures < criteres.heuresMinimum) {
    resultats.push(
      bloquant('HEURES_MINIMUM', 'action.heures', `Les critères « ${criteres.libelle} » exigent au moins ${criteres.heuresMinimum} heures de formation (${action.heures} h prévues).`),
    );
  }
  return resultats;
}
