import { and, eq, inArray, sql } from 'drizzle-orm';
import type { Db } from '../../db/database';
import { demandes, etablissements } from '../../db/schema';
import { estEmployeur } from '../../policies/espaces';
import { etablissementVisiblePar } from '../../policies/etablissements';
import type { Utilisateur } from '../../plugins/session';
import { Introuvable } from '../../errors';

export type EtablissementEstime = { siret: string; idcc: string; effectif: number };

const colonnes = { siret: etablissements.siret, idcc: etablissements.idcc, effectif: etablissements.effectifEntreprise };

/**
 * The establishment whose branch (IDCC) and headcount price a request. An employer names one of its own
 * (anything else answers 404) or, by default, gets the one it works on, or its only one. The OPCO's
 * staff may name any member establishment. Null when none is designated.
 */
export async function etablissementPourEstimation(db: Db, acteur: Utilisateur, siret: string | undefined): Promise<EtablissementEstime | null> {
  if (!estEmployeur(acteur)) {
    if (siret === undefined) return null;
    const [trouve] = await db.select(colonnes).from(etablissements).where(eq(etablissements.siret, siret));
    if (!trouve) throw new Introuvable('Cet établissement ne figure pas dans l’annuaire des adhérents.');
    return trouve;
  }
  const visibles = etablissementVisiblePar(acteur);
  if (siret !== undefined) {
    const [trouve] = await db.select(colonnes).from(etablissements).where(and(visibles, eq(etablissements.siret, siret)));
    if (!trouve) throw new Introuvable();
    return trouve;
  }
  if (acteur.etablissementCourantId) {
    const [courant] = await db.select(colonnes).from(etablissements).where(and(visibles, eq(etablissements.id, acteur.etablissementCourantId)));
    if (courant) return courant;
  }
  const deuxPremiers = await db.select(colonnes).from(etablissements).where(visibles).orderBy(sql`${etablissements.siret}`).limit(2);
  return deuxPremiers.length === 1 ? deuxPremiers[0]! : null;
}

/** Statuses in which an amount is committed to the company (a refusal or a cancellation frees it). */
const STATUTS_ENGAGES = ['pris_en_charge', 'facturation_en_cours', 'solde'] as const;

/**
 * What the OPCO has already committed this calendar year for the company (every establishment of the
 * SIREN) in actions individuelles: the branch's yearly cap per company is what remains after it.
 */
export async function dejaEngageActionIndividuelle(db: Db, siret: string, annee: number): Promise<number> {
  const [ligne] = await db
    .select({ total: sql<string>`coalesce(sum(${demandes.montantEngageCentimes}), 0)` })
    .from(demandes)
    .innerJoin(etablissements, eq(etablissements.id, demandes.etablissementId))
    .where(
      and(
        eq(etablissements.siren, siret.slice(0, 9)),
        eq(demandes.dispositif, 'action_individuelle'),
        inArray(demandes.statut, [...STATUTS_ENGAGES]),
        sql`${demandes.dateDebut} >= ${`${annee}-01-01`} and ${demandes.dateDebut} <= ${`${annee}-12-31`}`,
      ),
    );
  return Number(ligne?.total ?? 0);
}
