import { sql, type SQL } from 'drizzle-orm';
import type { ACTIONS_ACCUEIL } from '@mse/shared/accueil/accueil.schema';
import { demandes } from '../db/schema';
import type { Employeur } from './espaces';
import { idsEtablissementsVisibles } from './etablissements';

/**
 * Which funding requests an employer sees: those of its account on the establishments it sees
 * (policies/etablissements.ts). For the owner that is the whole account, read through the
 * (compte_id, statut) index without looking at establishments.
 */
export function demandeVisiblePar(employeur: Employeur): SQL {
  if (employeur.role === 'proprietaire') return sql`${demandes.compteId} = ${employeur.compteId}`;
  return sql`${demandes.compteId} = ${employeur.compteId} and ${demandes.etablissementId} in (${idsEtablissementsVisibles(employeur)})`;
}

/** A read-only colleague looks; the owner and the collaborateurs fill in and send requests. */
export function peutDemanderUnFinancement(employeur: Employeur): boolean {
  return employeur.role === 'proprietaire' || employeur.role === 'collaborateur';
}

export function actionsAccueil(employeur: Employeur): (typeof ACTIONS_ACCUEIL)[number][] {
  return peutDemanderUnFinancement(employeur) ? ['demanderFinancement'] : [];
}
