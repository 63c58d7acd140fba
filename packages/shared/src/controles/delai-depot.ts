import type { DateIso } from '../commun/dates';
import { formaterDate } from '../commun/dates';
import { ajouterJoursOuvrables } from '../commun/jours-ouvrables';
import type { Referentiel } from '../referentiel/referentiel.schema';
import { exigerValeurEnVigueur } from '../referentiel/valeur-en-vigueur';
import { avertissement, ok } from './controle';
import type { Controle } from './controle.schema';

export function dateLimiteDepot(dateDebut: DateIso, referentiel: Referentiel): DateIso {
  const { alternanceJoursOuvrables } = exigerValeurEnVigueur(referentiel.delaisDepot, dateDebut, 'délais de dépôt');
  return ajouterJoursOuvrables(dateDebut, alternanceJoursOuvrables);
}

/**
 * Work-study contracts go to the OPCO within 5 jours ouvrables after they start. Lateness is a
 * warning, not a block: the contract must still be filed, and the OPCO decides what follows.
 */
export function controlerDelaiDepot(
  parametres: { dateDebut: DateIso; dateDepot: DateIso | undefined; champ: string },
  referentiel: Referentiel,
  date: DateIso,
): Controle {
  const { dateDebut, dateDepot, champ } = parametres;
  const limite = dateLimiteDepot(dateDebut, referentiel);
  const libelleLimite = `${formaterDate(limite)} (5 jours ouvrables après le début, le ${formaterDate(dateDebut)})`;
  if (dateDepot !== undefined) {
    return dateDepot <= limite
      ? ok('DEPOT_DANS_LE_DELAI', champ, `Demande transmise le ${formaterDate(dateDepot)}, dans le délai.`)
      : avertissement('DEPOT_HORS_DELAI', champ, `Demande transmise le ${formaterDate(dateDepot)}, après la date limite du ${libelleLimite}.`);
  }
  if (date > limite) {
    return avertissement('DEPOT_HORS_DELAI', champ, `Le délai de transmission à l'OPCO est dépassé : date limite le ${libelleLimite}.`);
  }
  if (date >= dateDebut) {
    return avertissement('DEPOT_A_TRANSMETTRE', champ, `Le contrat a commencé : à transmettre à l'OPCO au plus tard le ${libelleLimite}.`);
  }
  return ok('DEPOT_A_TRANSMETTRE', champ, `À transmettre à l'OPCO au plus tard le ${libelleLimite}.`);
}
