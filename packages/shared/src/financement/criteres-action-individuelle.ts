import type { DateIso } from '../commun/dates';
import type { CriteresActionIndividuelle, Referentiel } from '../referentiel/referentiel.schema';
import { ReferentielIncomplet, valeurEnVigueur } from '../referentiel/valeur-en-vigueur';

/**
 * The yearly criteria of the company's branch at the training start, or the interprofessional ones
 * when the branch has none for that date.
 */
export function criteresApplicables(referentiel: Referentiel, idcc: string, date: DateIso): CriteresActionIndividuelle {
  const deLaBranche = valeurEnVigueur(
    referentiel.criteresActionIndividuelle.filter((c) => c.idcc.includes(idcc)),
    date,
  );
  if (deLaBranche !== undefined) return deLaBranche;
  const interprofession = valeurEnVigueur(
    referentiel.criteresActionIndividuelle.filter((c) => c.branche === 'interprofession'),
    date,
  );
  if (interprofession === undefined) throw new ReferentielIncomplet('critères interprofessionnels de l’action individuelle', date);
  return interprofession;
}
