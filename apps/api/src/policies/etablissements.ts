import { sql, type SQL } from 'drizzle-orm';
import { compteEtablissements, etablissements, utilisateurs } from '../db/schema';
import type { Employeur } from './espaces';

/**
 * Which establishments an employer sees: those of its account, and nothing else (an establishment
 * outside them answers 404, see DOMAIN.md §1). Every query on establishments goes through these
 * predicates, so that when a colleague gets access to some establishments only, this file is the one
 * place that changes.
 */
export function etablissementVisiblePar(employeur: Employeur): SQL {
  return sql`${etablissements.id} in (select ${compteEtablissements.etablissementId} from ${compteEtablissements} where ${compteEtablissements.compteId} = ${employeur.compteId})`;
}

/** The people who have access to an establishment: every user of the account it belongs to. */
export function aAccesALEtablissement(etablissementId: string): SQL {
  return sql`${utilisateurs.compteId} in (select ${compteEtablissements.compteId} from ${compteEtablissements} where ${compteEtablissements.etablissementId} = ${etablissementId})`;
}
