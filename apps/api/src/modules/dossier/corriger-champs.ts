import { MESSAGE_CHAMP_NON_DEMANDE, type CorrigerChamps } from '@mse/shared/dossier/dossier.schema';
import { donneesUtiles, ecrire, type Donnees } from '@mse/shared/demande/formulaire/champs';
import { FORMULAIRES } from '@mse/shared/demande/formulaire/formulaires';
import { eq } from 'drizzle-orm';
import { audit, demandes } from '../../db/schema';
import { DonneesInvalides } from '../../errors';
import type { Employeur } from '../../policies/espaces';
import { colonnesResume } from '../demandes/contenu';
import type { Contexte } from '../identite/contexte';
import { problemesDesChamps } from './champs-demandes';
import { commandeDossier } from './commande-dossier';
import { derniersComplementsDemandes } from './dossier.repository';

/**
 * « À compléter »: the employer corrects the fields the gestionnaire named — those only (any other is
 * refused on its own field), each checked by the form's rules before anything is written.
 */
export function corrigerChamps(ctx: Contexte, employeur: Employeur, id: string, saisie: CorrigerChamps): Promise<void> {
  return commandeDossier(ctx, employeur, id, 'corrigerChamps', async (tx, demande) => {
    const demandes_ = (await derniersComplementsDemandes(tx.db, demande.id))?.champs ?? [];
    const chemins = Object.keys(saisie.valeurs);
    const hors = chemins.filter((c) => !demandes_.includes(c));
    if (hors.length) throw new DonneesInvalides(hors.map((chemin) => ({ chemin, message: MESSAGE_CHAMP_NON_DEMANDE })));
    const definition = FORMULAIRES[demande.dispositif];
    const corrigees = chemins.reduce<Donnees>((d, chemin) => ecrire(d, chemin, saisie.valeurs[chemin]), demande.donnees);
    const problemes = await problemesDesChamps(tx.db, ctx.now, demande.dispositif, corrigees, chemins);
    if (problemes.length) throw new DonneesInvalides(problemes);
    const donnees = donneesUtiles(definition.etapes, corrigees);
    await tx.db
      .update(demandes)
      .set({ donnees, ...colonnesResume(definition, donnees), version: demande.version + 1, modifieLe: ctx.now, modifiePar: employeur.id })
      .where(eq(demandes.id, demande.id));
    await tx.db.insert(audit).values({ evenement: 'demande_champs_corriges', utilisateurId: employeur.id, ip: ctx.ip, details: { demandeId: demande.id, numero: demande.numero, champs: chemins } });
  });
}
