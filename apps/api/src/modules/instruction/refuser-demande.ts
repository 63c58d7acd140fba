import { motifRefusComplet, type CodeMotifRefus } from '@mse/shared/instruction/motifs-refus';
import { envoyerModele } from '../../mail/envoyer';
import type { Instructeur } from '../../policies/instruction';
import type { Contexte } from '../identite/contexte';
import { ecrireChangement, instruire, titreDispositif } from './changement-de-statut';

/** « Refuser la demande », always with its reason: a code from the list and the gestionnaire's words. */
export function refuserDemande(ctx: Contexte, personnel: Instructeur, numero: string, r: { motif: CodeMotifRefus; texte: string }): Promise<void> {
  return instruire(ctx, personnel, numero, 'refuser', async (tx, demande, vers) => {
    const motif = motifRefusComplet(r.motif, r.texte);
    await ecrireChangement(tx, ctx, { type: 'opco', personnel }, demande, {
      action: 'refuser',
      de: demande.statut,
      vers,
      motif,
      details: { codeMotif: r.motif },
      colonnes: { decideLe: ctx.now, gestionnaireId: demande.gestionnaireId ?? personnel.id },
    });
    if (demande.email) await envoyerModele(tx, ctx.config, 'demandeRefusee', demande.email, { numero: demande.numero!, dispositif: titreDispositif(demande), motif });
  });
}
