import type { BrouillonEnregistre, EnregistrerBrouillon } from '@mse/shared/demande/demande.schema';
import { FORMULAIRES } from '@mse/shared/demande/formulaire/formulaires';
import { eq } from 'drizzle-orm';
import { demandes } from '../../db/schema';
import { transaction } from '../../db/transaction';
import { exigerDemandeurDeFinancement } from '../../policies/demandes';
import type { Employeur } from '../../policies/espaces';
import type { Contexte } from '../identite/contexte';
import { colonnesResume } from './contenu';
import { verrouillerDemande } from './demandes.repository';
import { exigerBrouillon, exigerMemeVersion, introuvable } from './regles-brouillon';

/**
 * Saves a draft's whole content as it is typed: never refused for what it says (a draft may be
 * incomplete, or wrong for now), only when someone saved a newer version since this one was loaded.
 */
export async function enregistrerBrouillon(ctx: Contexte, employeur: Employeur, id: string, saisie: EnregistrerBrouillon): Promise<BrouillonEnregistre> {
  exigerDemandeurDeFinancement(employeur);
  return transaction(ctx.database, ctx.boss, async (tx) => {
    const demande = await verrouillerDemande(tx.db, employeur, id);
    if (!demande) throw introuvable();
    exigerBrouillon(demande, 'modifier');
    exigerMemeVersion(demande, saisie.version);
    const version = demande.version + 1;
    await tx.db
      .update(demandes)
      .set({ donnees: saisie.donnees, ...colonnesResume(FORMULAIRES[demande.dispositif], saisie.donnees), version, modifieLe: ctx.now, modifiePar: employeur.id })
      .where(eq(demandes.id, demande.id));
    return { version, modifieLe: ctx.now.toISOString() };
  });
}
