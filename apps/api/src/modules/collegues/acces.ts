import { eq } from 'drizzle-orm';
import type { Db } from '../../db/database';
import { accesEtablissements } from '../../db/schema';
import { accesTousEtablissements } from '../../db/schema-collegues';
import { Introuvable } from '../../errors';
import { etablissementsDuCompte } from './collegues.repository';

export type AccesDemande = { tous: boolean; sirets: string[] };

/**
 * The establishment ids behind a grant, all of the account's. A SIRET outside the account answers
 * 404 like everywhere else: the form only offers the account's own.
 */
export async function resoudreAcces(db: Db, compteId: string, acces: AccesDemande): Promise<string[]> {
  if (acces.tous) return [];
  const ids = await etablissementsDuCompte(db, compteId, acces.sirets);
  if (!ids) throw new Introuvable('Un des établissements choisis n’existe pas ou ne fait pas partie de votre compte.');
  return ids;
}

/** Replaces a colleague's grants, in the caller's transaction. */
export async function ecrireAcces(db: Db, utilisateurId: string, compteId: string, tous: boolean, etablissementIds: string[], now: Date): Promise<void> {
  await db.delete(accesEtablissements).where(eq(accesEtablissements.utilisateurId, utilisateurId));
  await db.delete(accesTousEtablissements).where(eq(accesTousEtablissements.utilisateurId, utilisateurId));
  if (tous) await db.insert(accesTousEtablissements).values({ utilisateurId, compteId, accordeLe: now });
  else if (etablissementIds.length) await db.insert(accesEtablissements).values(etablissementIds.map((etablissementId) => ({ utilisateurId, etablissementId, accordeLe: now })));
}
