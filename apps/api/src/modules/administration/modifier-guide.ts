import type { SaisieGuide } from '@mse/shared/administration/aide-admin.schema';
import { eq } from 'drizzle-orm';
import { guidesAide } from '../../db/schema-aide';
import { transaction } from '../../db/transaction';
import { Introuvable } from '../../errors';
import type { Administrateur } from '../../policies/administration';
import type { Contexte } from '../identite/contexte';
import { tracer } from './tracer';

/** A guide is edited and published as a whole: its title, summary and numbered steps. */
export async function modifierGuide(ctx: Contexte, acteur: Administrateur, slug: string, saisie: SaisieGuide) {
  return transaction(ctx.database, ctx.boss, async ({ db }) => {
    const [guide] = await db
      .update(guidesAide)
      .set({ ...saisie, modifieLe: ctx.now })
      .where(eq(guidesAide.slug, slug))
      .returning({ slug: guidesAide.slug });
    if (!guide) throw new Introuvable('Ce guide n’existe pas.');
    await tracer(db, acteur, ctx.ip, 'guide_modifie', { slug, titre: saisie.titre, etapes: saisie.etapes.length, publie: saisie.publie });
  });
}
