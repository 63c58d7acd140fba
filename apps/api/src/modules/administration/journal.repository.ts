import type { FiltresJournal } from '@mse/shared/administration/journal.schema';
import { and, desc, eq, gt, gte, ilike, lt, or, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../../db/database';
import { audit, utilisateurs } from '../../db/schema';
import { CHAINE_VIDE, verifierChaine, type LigneChainee, type Rupture } from './chaine-journal';

export const TAILLE_PAGE_JOURNAL = 50;

/** "du" and "au" are days of Paris, the OPCO's time zone: "au 3 mars" includes all of 3 March. */
const debutJourParis = (jour: string) => sql`(${jour}::date)::timestamp at time zone 'Europe/Paris'`;

function conditions(f: Omit<FiltresJournal, 'apres'>): SQL[] {
  const c: SQL[] = [];
  if (f.evenement) c.push(eq(audit.evenement, f.evenement));
  if (f.personne) {
    const motif = `%${f.personne.replace(/[\\%_]/g, (m) => `\\${m}`)}%`;
    c.push(or(ilike(utilisateurs.email, motif), ilike(sql`${utilisateurs.prenom} || ' ' || ${utilisateurs.nom}`, motif))!);
  }
  if (f.du) c.push(gte(audit.creeLe, debutJourParis(f.du)));
  if (f.au) c.push(lt(audit.creeLe, sql`${debutJourParis(f.au)} + interval '1 day'`));
  return c;
}

const colonnes = {
  sequence: audit.sequence,
  evenement: audit.evenement,
  ip: audit.ip,
  details: audit.details,
  creeLe: audit.creeLe,
  prenom: utilisateurs.prenom,
  nom: utilisateurs.nom,
  email: utilisateurs.email,
};
export type LigneJournalLue = { sequence: number; evenement: string; ip: string | null; details: Record<string, unknown>; creeLe: Date; prenom: string | null; nom: string | null; email: string | null };

/** One page of the log, newest first, by keyset on the sequence (served by the unique index on it). */
export async function pageJournal(db: Db, filtres: FiltresJournal, taille = TAILLE_PAGE_JOURNAL): Promise<{ lignes: LigneJournalLue[]; suivant: number | null }> {
  const c = conditions(filtres);
  if (filtres.apres) c.push(lt(audit.sequence, filtres.apres));
  const lignes = await db
    .select(colonnes)
    .from(audit)
    .leftJoin(utilisateurs, eq(utilisateurs.id, audit.utilisateurId))
    .where(and(...c))
    .orderBy(desc(audit.sequence))
    .limit(taille + 1);
  const page = lignes.slice(0, taille);
  return { lignes: page, suivant: lignes.length > taille ? page.at(-1)!.sequence : null };
}

/**
 * Recomputes the whole chain, in sequence order, a batch at a time (constant memory whatever the
 * size of the log). The texts hashed by the trigger are read as the database prints them.
 */
export async function verifierJournal(db: Db, lot = 5000): Promise<{ lignesVerifiees: number; rupture: Rupture | null }> {
  let etat = CHAINE_VIDE;
  let depuis = -1;
  for (;;) {
    const lignes: LigneChainee[] = await db
      .select({
        sequence: audit.sequence,
        id: sql<string>`${audit.id}::text`,
        evenement: audit.evenement,
        utilisateurId: sql<string | null>`${audit.utilisateurId}::text`,
        ip: audit.ip,
        detailsTexte: sql<string>`${audit.details}::text`,
        creeLeTexte: sql<string>`to_char(${audit.creeLe} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US')`,
        empreinte: audit.empreinte,
        empreintePrecedente: audit.empreintePrecedente,
      })
      .from(audit)
      .where(gt(audit.sequence, depuis))
      .orderBy(audit.sequence)
      .limit(lot);
    const resultat = verifierChaine(lignes, etat);
    etat = resultat.etat;
    if (resultat.rupture) return { lignesVerifiees: etat.lignes - 1, rupture: resultat.rupture };
    if (lignes.length < lot) return { lignesVerifiees: etat.lignes, rupture: null };
    depuis = lignes.at(-1)!.sequence;
  }
}
