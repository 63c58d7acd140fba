import type { DateIso } from '../commun/dates';
import type { Referentiel } from '../referentiel/referentiel.schema';
import { estimerActionIndividuelle } from './action-individuelle';
import { estimerApprentissage } from './apprentissage';
import type { DemandeFinancement } from './demande-financement.schema';
import type { Estimation } from './estimation';
import { estimerProA } from './pro-a';
import { estimerProfessionnalisation } from './professionnalisation';

/**
 * What the OPCO would fund for a request, the same in the browser (preview) and on the server
 * (decision). `date` is the day of the evaluation; it stands for the filing date when none is given.
 */
export function estimer(demande: DemandeFinancement, referentiel: Referentiel, date: DateIso): Estimation {
  switch (demande.dispositif) {
    case 'apprentissage':
      return estimerApprentissage(demande, referentiel);
    case 'professionnalisation':
      return estimerProfessionnalisation(demande, referentiel);
    case 'pro_a':
      return estimerProA(demande, referentiel);
    case 'action_individuelle':
      return estimerActionIndividuelle(demande, referentiel, date);
  }
}
