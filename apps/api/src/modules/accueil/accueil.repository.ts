import type { StatutDemande } from '@mse/shared/demande/statut.schema';
import { and, count, eq } from 'drizzle-orm';
import type { Db } from '../../db/database';
import { demandes, etablissements } from '../../db/schema';
import { demandeVisiblePar } from '../../policies/demandes';
import { etablissementVisiblePar } from '../../policies/etablissements';
import type { Employeur } from '../../policies/espaces';

/** The establishment the user chose to work on, while it stays visible to them; null: "Tous les établissements". */
export async function etablissementCourantVisible(db: Db, employeur: Employeur) {
  if (!employeur.etablissementCourantId) return null;
  const [ligne] = await db
    .select({ id: etablissements.id, siret: etablissements.siret, raisonSociale: etablissements.raisonSociale })
    .from(etablissements)
    .where(and(eq(etablissements.id, employeur.etablissementCourantId), etablissementVisiblePar(employeur)));
  return ligne ?? null;
}

/**
 * How many requests the employer sees, by status, on one establishment or on all it sees. One
 * aggregate read through the (compte_id, statut) or (etablissement_id, statut) index: its cost grows
 * with the account's requests, not with the table's.
 */
export function requeteDemandesParStatut(db: Db, employeur: Employeur, etablissementId: string | null) {
  return db
    .select({ statut: demandes.statut, nombre: count() })
    .from(demandes)
    .where(and(demandeVisiblePar(employeur), etablissementId ? eq(demandes.etablissementId, etablissementId) : undefined))
    .groupBy(demandes.statut);
}

export async function compterDemandesParStatut(db: Db, employeur: Employeur, etablissementId: string | null): Promise<Map<StatutDemande, number>> {
  const lignes = await requeteDemandesParStatut(db, employeur, etablissementId);
  return new Map(lignes.map((l) => [l.statut, l.nombre]));
}
