import { eq } from 'drizzle-orm';
import type { Db } from '../../db/database';
import { audit, utilisateurs } from '../../db/schema';
import type { Employeur } from '../../policies/espaces';

export type Coordonnees = { civilite: string; nom: string; prenom: string; fonction: string; telephone: string };

/** "Mes coordonnées": the account owner's (or user's) own details. */
export async function modifierCoordonnees(db: Db, moi: Employeur, input: Coordonnees, now: Date, ip: string) {
  const [u] = await db
    .update(utilisateurs)
    .set({ ...input, nom: input.nom.toUpperCase(), modifieLe: now })
    .where(eq(utilisateurs.id, moi.id))
    .returning();
  await db.insert(audit).values({ evenement: 'coordonnees_modifiees', utilisateurId: moi.id, ip, details: {} });
  return u!;
}
