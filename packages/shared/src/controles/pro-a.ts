import type { DateIso } from '../commun/dates';
import type { Referentiel } from '../referentiel/referentiel.schema';
import { exigerValeurEnVigueur } from '../referentiel/valeur-en-vigueur';
import { bloquant } from './controle';
import type { Controle } from './controle.schema';
import { controlerDelaiDepot } from './delai-depot';
import type { DemandeProAControlee } from './demande-controlee.schema';
import { controlerDureeAction, controlerPartFormation } from './duree-et-part-formation';

/** Pro-A controls (DOMAIN.md §4.3): same length and training-share rules as the contrat de professionnalisation. */
export function controlerProA(d: DemandeProAControlee, referentiel: Referentiel, date: DateIso): Controle[] {
  const limites = exigerValeurEnVigueur(referentiel.limitesProfessionnalisation, d.action.dateDebut, 'limites de l’alternance');
  const { niveauQualificationMaximumExclu } = exigerValeurEnVigueur(referentiel.financementProA, d.action.dateDebut, 'règles de la Pro-A');
  const { salarie, action } = d;
  const resultats: Controle[] = [];

  if (salarie.natureContrat !== 'cdi' && salarie.natureContrat !== 'cui_cdi') {
    resultats.push(bloquant('PRO_A_CDI', 'salarie.natureContrat', 'La Pro-A est réservée aux salariés en CDI (ou en CUI à durée indéterminée).'));
  }
  if (salarie.niveauQualification >= niveauQualificationMaximumExclu) {
    resultats.push(
      bloquant(
        'PRO_A_NIVEAU',
        'salarie.niveauQualification',
        `La Pro-A est réservée aux salariés dont la qualification est inférieure au niveau ${niveauQualificationMaximumExclu} (licence).`,
      ),
    );
  }
  resultats.push(
    controlerDureeAction(
      { debut: action.dateDebut, fin: action.dateFin, accordBranche: action.accordBrancheDureeEtendue, publicPrioritaire: false, champ: 'action.dateFin' },
      limites,
    ),
  );
  resultats.push(
    ...controlerPartFormation(
      {
        debut: action.dateDebut,
        fin: action.dateFin,
        heuresFormation: action.heures,
        minutesHebdomadaires: action.dureeHebdomadaire.heures * 60 + action.dureeHebdomadaire.minutes,
        accordBranche: action.accordBranchePartEtendue,
        sansMinimumHeures: action.certification === 'clea' || action.certification === 'vae',
        champ: 'action.heures',
      },
      limites,
    ),
  );
  if (!action.avenantSigne) {
    resultats.push(
      bloquant('PRO_A_AVENANT', 'action.avenantSigne', "L'avenant au contrat de travail précisant la durée et l'objet de la Pro-A doit être signé et joint."),
    );
  }
  resultats.push(controlerDelaiDepot({ dateDebut: action.dateDebut, dateDepot: d.dateDepot, champ: 'action.dateDebut' }, referentiel, date));
  return resultats;
}
