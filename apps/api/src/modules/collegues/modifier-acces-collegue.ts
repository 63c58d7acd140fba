import type { RoleCollegue } from '@mse/shared/collegues/collegue.schema';
import { eq } from 'drizzle-orm';
import { audit, utilisateurs } from '../../db/schema';
import { transaction } from '../../db/transaction';
import { Introuvable } from '../../errors';
import { exigerGestionDesCollegues } from '../../policies/collegues';
import type { Employeur } from '../../policies/espaces';
import type { Contexte } from '../identite/contexte';
import { ecrireAcces, resoudreAcces } from './acces';
import { trouverCollegue } from './collegues.repository';

/**
 * The owner changes a colleague's role and establishments. It takes effect at the colleague's next
 * request (the policy reads the grants each time); an establishment they worked on and may no longer
 * see stops being their current one.
 */
export async function modifierAccesCollegue(
  ctx: Contexte,
  acteur: Employeur,
  collegueId: string,
  input: { role: RoleCollegue; tous: boolean; sirets: string[] },
): Promise<void> {
  await transaction(ctx.database, ctx.boss, async (tx) => {
    const avant = await trouverCollegue(tx.db, acteur.compteId, collegueId);
    if (!avant) throw new Introuvable();
    exigerGestionDesCollegues(acteur);
    const etablissementIds = await resoudreAcces(tx.db, acteur.compteId, input);
    await ecrireAcces(tx.db, avant.id, acteur.compteId, input.tous, etablissementIds, ctx.now);
    const courantGarde = input.tous || (avant.etablissementCourantId !== null && etablissementIds.includes(avant.etablissementCourantId));
    await tx.db
      .update(utilisateurs)
      .set({ role: input.role, modifieLe: ctx.now, ...(courantGarde ? {} : { etablissementCourantId: null }) })
      .where(eq(utilisateurs.id, avant.id));
    await tx.db.insert(audit).values({
      evenement: 'collegue_acces_modifie',
      utilisateurId: acteur.id,
      ip: ctx.ip,
      details: {
        collegueId: avant.id,
        email: avant.email,
        avant: { role: avant.role, tous: avant.tous, sirets: avant.etablissements.map((e) => e.siret) },
        apres: { role: input.role, tous: input.tous, sirets: input.tous ? [] : [...new Set(input.sirets)] },
      },
    });
  });
}
