import type { DateIso } from '../commun/dates';
import type { Referentiel } from '../referentiel/referentiel.schema';
import { controlerActionIndividuelle } from './action-individuelle';
import { controlerApprentissage } from './apprentissage';
import type { Controle } from './controle.schema';
import type { DemandeControlee } from './demande-controlee.schema';
import { controlerProA } from './pro-a';
import { controlerProfessionnalisation } from './professionnalisation';

/**
 * Business controls of a request, for the form (live) and before sending (any `bloquant` stops it).
 * `date` is today: it stands for the filing date of a request not sent yet.
 */
export function controler(demande: DemandeControlee, referentiel: Referentiel, date: DateIso): Controle[] {
  switch (demande.dispositif) {
    case 'apprentissage':
      return controlerApprentissage(demande, referentiel, date);
    case 'professionnalisation':
      return controlerProfessionnalisation(demande, referentiel, date);
    case 'pro_a':
      return controlerProA(demande, referentiel, date);
    case 'action_individuelle':
      return controlerActionIndividuelle(demande, referentiel, date);
  }
}
