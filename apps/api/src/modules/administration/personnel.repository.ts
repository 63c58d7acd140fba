import type { StatutPersonnel } from '@mse/shared/administration/personnel.schema';
import { and, asc, eq, inArray, isNotNull, sql } from 'drizzle-orm';
import type { Db } from '../../db/database';
import { jetons, utilisateurs } from '../../db/schema';

const ROLES_PERSONNEL = ['gestionnaire', 'superviseur', 'administrateur'] as const;

// The subqueries name the outer table literally: drizzle prints a lone table's columns unqualified.
/**
 * A staff member's state, read from what sign-in itself requires (ouvrir-session.ts): a password and a
 * TOTP secret make an active account; without them, an unused invitation link makes it "invited"
 * (or "expired"); otherwise the account was deactivated (which voids every link).
 */
const statut = (now: Date) => sql<StatutPersonnel>`case
  when ${utilisateurs.motDePasseHash} is not null and ${utilisateurs.totpSecret} is not null then 'actif'
  when exists (select 1 from ${jetons} j where j.utilisateur_id = utilisateurs.id and j.type = 'invitation' and j.utilise_le is null and j.expire_le > ${now}) then 'invitation_envoyee'
  when exists (select 1 from ${jetons} j where j.utilisateur_id = utilisateurs.id and j.type = 'invitation' and j.utilise_le is null) then 'invitation_expiree'
  else 'desactive' end`;

const colonnes = (now: Date) => ({
  id: utilisateurs.id,
  prenom: utilisateurs.prenom,
  nom: utilisateurs.nom,
  email: utilisateurs.email,
  role: sql<(typeof ROLES_PERSONNEL)[number]>`${utilisateurs.role}`,
  creeLe: utilisateurs.creeLe,
  statut: statut(now),
});
export type LignePersonnel = { id: string; prenom: string; nom: string; email: string; role: (typeof ROLES_PERSONNEL)[number]; creeLe: Date; statut: StatutPersonnel };

/** The OPCO's staff (a few dozen people): no paging. */
export async function listerPersonnel(db: Db, now: Date): Promise<LignePersonnel[]> {
  return db
    .select(colonnes(now))
    .from(utilisateurs)
    .where(inArray(utilisateurs.role, [...ROLES_PERSONNEL]))
    .orderBy(asc(utilisateurs.nom), asc(utilisateurs.prenom));
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** A staff member by id; an employer's id answers like an unknown one. */
export async function trouverMembre(db: Db, id: string, now: Date): Promise<LignePersonnel | undefined> {
  if (!UUID.test(id)) return undefined;
  const [m] = await db
    .select(colonnes(now))
    .from(utilisateurs)
    .where(and(eq(utilisateurs.id, id), inArray(utilisateurs.role, [...ROLES_PERSONNEL])));
  return m;
}

export async function compterAdministrateursActifs(db: Db): Promise<number> {
  const [r] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(utilisateurs)
    .where(and(eq(utilisateurs.role, 'administrateur'), isNotNull(utilisateurs.motDePasseHash), isNotNull(utilisateurs.totpSecret)));
  return r?.n ?? 0;
}

/** Changes to staff accounts are serialized, so that two administrators never remove the last one together. */
export async function verrouillerPersonnel(db: Db): Promise<void> {
  await db.execute(sql`select pg_advisory_xact_lock(7345002)`);
}
