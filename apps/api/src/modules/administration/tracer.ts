import type { Db } from '../../db/database';
import { audit } from '../../db/schema';
import type { Utilisateur } from '../../plugins/session';

/** The audit row of an administration command, written in the command's transaction. */
export async function tracer(db: Db, acteur: Pick<Utilisateur, 'id'>, ip: string, evenement: string, details: Record<string, unknown>): Promise<void> {
  await db.insert(audit).values({ evenement, utilisateurId: acteur.id, ip, details });
}
