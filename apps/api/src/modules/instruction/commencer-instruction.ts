import { envoyerModele } from '../../mail/envoyer';
import type { Instructeur } from '../../policies/instruction';
import type { Contexte } from '../identite/contexte';
import { ecrireChangement, instruire, titreDispositif } from './changement-de-statut';

/** « Commencer l’instruction »: Envoyé → En cours de traitement, and the request is now mine. */
export function commencerInstruction(ctx: Contexte, personnel: Instructeur, numero: string): Promise<void> {
  return instruire(ctx, personnel, numero, 'commencerInstruction', async (tx, demande, vers) => {
    await ecrireChangement(tx, ctx, { type: 'opco', personnel }, demande, {
      action: 'commencerInstruction',
      de: demande.statut,
      vers,
      details: { gestionnaireId: personnel.id, gestionnaire: `${personnel.prenom} ${personnel.nom}` },
      colonnes: { gestionnaireId: personnel.id },
    });
    if (demande.email) await envoyerModele(tx, ctx.config, 'instructionCommencee', demande.email, { numero: demande.numero!, dispositif: titreDispositif(demande) });
  });
}
