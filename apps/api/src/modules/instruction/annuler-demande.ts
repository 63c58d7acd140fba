import { envoyerModele } from '../../mail/envoyer';
import type { Instructeur } from '../../policies/instruction';
import type { Contexte } from '../identite/contexte';
import { ecrireChangement, instruire, titreDispositif } from './changement-de-statut';

/** « Annuler la demande » (training not held, contract never executed…): an amount committed is freed. */
export function annulerDemande(ctx: Contexte, personnel: Instructeur, numero: string, motif: string): Promise<void> {
  return instruire(ctx, personnel, numero, 'annuler', async (tx, demande, vers) => {
    await ecrireChangement(tx, ctx, { type: 'opco', personnel }, demande, { action: 'annuler', de: demande.statut, vers, motif });
    if (demande.email) await envoyerModele(tx, ctx.config, 'demandeAnnulee', demande.email, { numero: demande.numero!, dispositif: titreDispositif(demande), motif });
  });
}
