import { formaterEuros } from '@mse/shared/commun/montant';
import { DonneesInvalides, Interdit } from '../../errors';
import { peutDepasserLeMontantCalcule, type Instructeur } from '../../policies/instruction';
import type { Contexte } from '../identite/contexte';
import { instruire } from './changement-de-statut';
import { ecrireAcceptation } from './ecrire-acceptation';
import { estimationServeur, montantDeReference } from './estimation-serveur';
import { siretDe } from './instruction.repository';

/**
 * « Accepter la prise en charge »: the committed amount is the engine's, computed by the server now
 * with the referential version it stores beside it — unless the gestionnaire gives another figure, which
 * then needs its reason (and, above the engine's, a supervisor). The engine's schedule is stored for that amount.
 */
export function accepterDemande(ctx: Contexte, personnel: Instructeur, numero: string, a: { montantCentimes?: number | undefined; motif?: string | undefined }): Promise<void> {
  return instruire(ctx, personnel, numero, 'accepter', async (tx, demande, vers) => {
    const estimation = await estimationServeur(tx.db, personnel, { dispositif: demande.dispositif, donnees: demande.donnees, siret: await siretDe(tx.db, demande.etablissementId) }, ctx.now);
    const reference = montantDeReference(estimation, demande.montantEstimeCentimes);
    const montant = a.montantCentimes ?? reference;
    const motif = a.motif?.trim() || null;
    if (montant === null) throw new DonneesInvalides([{ chemin: 'montantCentimes', message: 'Le montant ne peut pas être calculé pour cette demande : indiquez le montant engagé.' }]);
    const modifie = montant !== reference;
    if (modifie && !motif) throw new DonneesInvalides([{ chemin: 'motif', message: 'Indiquez pourquoi le montant engagé diffère du montant calculé.' }]);
    if (reference !== null && montant > reference && !peutDepasserLeMontantCalcule(personnel)) {
      throw new Interdit(`Engager plus que le montant calculé (${formaterEuros(reference)}) revient à un superviseur.`);
    }
    await ecrireAcceptation(tx, ctx, { type: 'opco', personnel }, demande, {
      vers,
      montant,
      reference,
      motif,
      estimation,
      automatique: false,
      colonnes: { gestionnaireId: demande.gestionnaireId ?? personnel.id },
    });
  });
}
