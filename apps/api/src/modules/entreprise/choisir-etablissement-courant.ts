import { eq } from 'drizzle-orm';
import type { Db } from '../../db/database';
import { utilisateurs } from '../../db/schema';
import { Introuvable } from '../../errors';
import type { Employeur } from '../../policies/espaces';
import { idEtablissementVisible } from './etablissements.repository';

/**
 * Keeps on the user the establishment it works on (null: "Tous les établissements"), so that the choice
 * survives the session. A SIRET outside the user's establishments answers 404 like any unknown one.
 */
export async function choisirEtablissementCourant(db: Db, employeur: Employeur, siret: string | null): Promise<Employeur> {
  const etablissementId = siret === null ? null : await idEtablissementVisible(db, employeur, siret);
  if (etablissementId === undefined) throw new Introuvable();
  await db.update(utilisateurs).set({ etablissementCourantId: etablissementId }).where(eq(utilisateurs.id, employeur.id));
  return { ...employeur, etablissementCourantId: etablissementId };
}
