import type { SaisieActualite } from '@mse/shared/administration/actualite-admin.schema';
import { eq } from 'drizzle-orm';
import { actualites } from '../../db/schema';
import { transaction } from '../../db/transaction';
import { Introuvable } from '../../errors';
import type { Administrateur } from '../../policies/administration';
import type { Contexte } from '../identite/contexte';
import { trouverActualite, type LigneActualite } from './actualites-admin.repository';
import { tracer } from './tracer';

export const MESSAGE_ACTUALITE_INTROUVABLE = 'Cette actualité n’existe pas.';

const valeurs = (s: SaisieActualite) => ({
  titre: s.titre,
  resume: s.resume,
  contenu: s.contenu,
  publieLe: new Date(s.publieLe),
  depublieLe: s.depublieLe ? new Date(s.depublieLe) : null,
});

/** A new news item: shown on the employers' home page from `publieLe` until `depublieLe` (if any). */
export async function creerActualite(ctx: Contexte, acteur: Administrateur, saisie: SaisieActualite): Promise<LigneActualite> {
  return transaction(ctx.database, ctx.boss, async ({ db }) => {
    const [ligne] = await db.insert(actualites).values({ ...valeurs(saisie), creeLe: ctx.now }).returning();
    await tracer(db, acteur, ctx.ip, 'actualite_creee', { actualiteId: ligne!.id, titre: saisie.titre, publieLe: saisie.publieLe });
    return ligne!;
  });
}

/** Edits a news item as a whole (its text and its publication window). */
export async function modifierActualite(ctx: Contexte, acteur: Administrateur, id: string, saisie: SaisieActualite): Promise<LigneActualite> {
  return transaction(ctx.database, ctx.boss, async ({ db }) => {
    if (!(await trouverActualite(db, id))) throw new Introuvable(MESSAGE_ACTUALITE_INTROUVABLE);
    const [ligne] = await db.update(actualites).set(valeurs(saisie)).where(eq(actualites.id, id)).returning();
    await tracer(db, acteur, ctx.ip, 'actualite_modifiee', { actualiteId: id, titre: saisie.titre });
    return ligne!;
  });
}

/** "Retirer": the item leaves the home page now (kept, and may be published again by editing its dates). */
export async function retirerActualite(ctx: Contexte, acteur: Administrateur, id: string): Promise<LigneActualite> {
  return transaction(ctx.database, ctx.boss, async ({ db }) => {
    const actuelle = await trouverActualite(db, id);
    if (!actuelle) throw new Introuvable(MESSAGE_ACTUALITE_INTROUVABLE);
    if (actuelle.depublieLe && actuelle.depublieLe <= ctx.now) return actuelle;
    const [ligne] = await db.update(actualites).set({ depublieLe: ctx.now }).where(eq(actualites.id, id)).returning();
    await tracer(db, acteur, ctx.ip, 'actualite_retiree', { actualiteId: id, titre: actuelle.titre });
    return ligne!;
  });
}
