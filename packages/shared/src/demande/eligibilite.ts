import { classeEntreprise } from '../entreprise/classe-entreprise';
import type { Dispositif } from '../financement/demande-financement.schema';
import { DISPOSITIFS } from './demande.schema';

export type EligibiliteDispositif = { dispositif: Dispositif; eligible: boolean; motif: string | null };

function motifActionIndividuelle(effectif: number): string {
  return (
    `L’action individuelle est réservée aux entreprises de moins de 50 salariés : votre établissement en compte ${effectif}. ` +
    'Le plan de développement des compétences des entreprises de 50 salariés et plus se finance sur leurs fonds propres ; l’assistance peut vous orienter.'
  );
}

/**
 * Which schemes an establishment may ask for (DOMAIN.md §4.4): the OPCO funds the plan de développement
 * des compétences (action individuelle) only for companies under 50 employees, by the company's
 * headcount; the work-study contracts are open to every size.
 */
export function eligibilitesDispositifs(effectif: number): EligibiliteDispositif[] {
  return DISPOSITIFS.map((dispositif) => {
    if (dispositif === 'action_individuelle' && classeEntreprise(effectif) === 'plus_de_50') {
      return { dispositif, eligible: false, motif: motifActionIndividuelle(effectif) };
    }
    return { dispositif, eligible: true, motif: null };
  });
}
