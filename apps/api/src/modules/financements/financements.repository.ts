import { statutsDuGroupe, type GroupeStatut } from '@mse/shared/demande/statut';
import { and, desc, eq, inArray, sql } from 'drizzle-orm';
import type { Db } from '../../db/database';
import { demandes, etablissements } from '../../db/schema';
import { demandeVisiblePar } from '../../policies/demandes';
import type { Employeur } from '../../policies/espaces';
import type { CurseurFinancements } from './curseur';

export type RechercheFinancementsValidee = { groupe: GroupeStatut; taille: number; apres: CurseurFinancements | null };

/** modifie_le to the microsecond, in UTC: the cursor's key, exact whatever the session's time zone. */
const MODIFIE_LE_EXACT = sql<string>`to_char(${demandes.modifieLe} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`;

/**
 * One page of the requests the employer sees in one tab, last changed first (keyset on (modifie_le, id):
 * no OFFSET). Scoped by `demandeVisiblePar`, and to the current establishment when there is one; the
 * (compte_id, statut, modifie_le) index — or (etablissement_id, statut, modifie_le) on one establishment —
 * finds the tab's rows, so the cost follows the account's requests, not the table's.
 */
export async function listerFinancements(db: Db, employeur: Employeur, etablissementId: string | null, r: RechercheFinancementsValidee) {
  const apres = r.apres ? sql`(${demandes.modifieLe}, ${demandes.id}) < (${r.apres.modifieLe}::timestamptz, ${r.apres.id}::uuid)` : undefined;
  const lignes = await db
    .select({
      id: demandes.id,
      numero: demandes.numero,
      dispositif: demandes.dispositif,
      statut: demandes.statut,
      beneficiaire: demandes.beneficiaire,
      intituleFormation: demandes.intituleFormation,
      organisme: demandes.organisme,
      dateDebut: demandes.dateDebut,
      dateFin: demandes.dateFin,
      montantEstimeCentimes: demandes.montantEstimeCentimes,
      montantEngageCentimes: demandes.montantEngageCentimes,
      envoyeLe: demandes.envoyeLe,
      modifieLe: demandes.modifieLe,
      modifieLeExact: MODIFIE_LE_EXACT,
      etablissement: { siret: etablissements.siret, raisonSociale: etablissements.raisonSociale, ville: etablissements.ville },
    })
    .from(demandes)
    .innerJoin(etablissements, eq(etablissements.id, demandes.etablissementId))
    .where(
      and(
        demandeVisiblePar(employeur),
        etablissementId ? eq(demandes.etablissementId, etablissementId) : undefined,
        inArray(demandes.statut, statutsDuGroupe(r.groupe)),
        apres,
      ),
    )
    .orderBy(desc(demandes.modifieLe), desc(demandes.id))
    .limit(r.taille + 1);
  const dernier = lignes.length > r.taille ? lignes[r.taille - 1] : undefined;
  return {
    lignes: lignes.slice(0, r.taille),
    suivant: dernier ? { groupe: r.groupe, modifieLe: dernier.modifieLeExact, id: dernier.id } : null,
  };
}
