import { sql, type SQL } from 'drizzle-orm';
import { accesEtablissements, compteEtablissements, etablissements, utilisateurs } from '../db/schema';
import { accesTousEtablissements } from '../db/schema-collegues';
import type { Employeur } from './espaces';

/**
 * Which establishments an employer sees (DOMAIN.md §1); anything else answers 404. Every query on
 * establishments, and through them on requests, goes through these predicates: this file is the one
 * place that says who sees what.
 * - the account owner: every establishment of the account;
 * - a colleague (collaborateur, lecture seule): those of the account granted to them one by one, or
 *   all of them when granted "tous les établissements". A grant outside the account counts for nothing.
 */
export function idsEtablissementsVisibles(employeur: Employeur): SQL {
  if (employeur.role === 'proprietaire') {
    return sql`select ${compteEtablissements.etablissementId} from ${compteEtablissements} where ${compteEtablissements.compteId} = ${employeur.compteId}`;
  }
  return sql`select ce.etablissement_id from ${compteEtablissements} ce
    where ce.compte_id = ${employeur.compteId}
      and (exists (select 1 from ${accesTousEtablissements} t where t.utilisateur_id = ${employeur.id} and t.compte_id = ce.compte_id)
        or exists (select 1 from ${accesEtablissements} a where a.utilisateur_id = ${employeur.id} and a.etablissement_id = ce.etablissement_id))`;
}

export function etablissementVisiblePar(employeur: Employeur): SQL {
  return sql`${etablissements.id} in (${idsEtablissementsVisibles(employeur)})`;
}

/**
 * The people who have access to an establishment (a condition on `utilisateurs`): the owner of the
 * account it belongs to, and the colleagues of that account granted it, one by one or with all.
 */
export function aAccesALEtablissement(etablissementId: string): SQL {
  return sql`${utilisateurs.compteId} in (select ${compteEtablissements.compteId} from ${compteEtablissements} where ${compteEtablissements.etablissementId} = ${etablissementId})
    and (${utilisateurs.role} = 'proprietaire'
      or exists (select 1 from ${accesTousEtablissements} t where t.utilisateur_id = ${utilisateurs.id} and t.compte_id = ${utilisateurs.compteId})
      or exists (select 1 from ${accesEtablissements} a where a.utilisateur_id = ${utilisateurs.id} and a.etablissement_id = ${etablissementId}))`;
}
