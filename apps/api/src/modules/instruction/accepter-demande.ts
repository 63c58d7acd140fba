import { formaterEuros } from '@mse/shared/commun/montant';
import { DonneesInvalides, Interdit } from '../../errors';
import { envoyerModele } from '../../mail/envoyer';
import { peutDepasserLeMontantCalcule, type Instructeur } from '../../policies/instruction';
import type { Contexte } from '../identite/contexte';
import { versionCourante } from '../referentiel/referentiel.repository';
import { ecrireChangement, instruire, titreDispositif } from './changement-de-statut';
import { estimationServeur, montantDeReference } from './estimation-serveur';
import { siretDe } from './instruction.repository';

/**
 * « Accepter la prise en charge »: the committed amount is the engine's, computed by the server now
 * with the referential version it stores beside it — unless the gestionnaire gives another figure, which
 * then needs its reason (and, above the engine's, a supervisor).
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
    const referentielVersion = estimation.resultat?.referentielVersion ?? (await versionCourante(tx.db));
    await ecrireChangement(tx, ctx, { type: 'opco', personnel }, demande, {
      action: 'accepter',
      de: demande.statut,
      vers,
      motif,
      details: { montantCentimes: montant, montantCalculeCentimes: reference, referentielVersion, source: estimation.resultat ? 'moteur' : 'estimation_envoi' },
      colonnes: { montantEngageCentimes: montant, referentielVersion, decideLe: ctx.now, gestionnaireId: demande.gestionnaireId ?? personnel.id },
    });
    if (demande.email) {
      await envoyerModele(tx, ctx.config, 'demandeAcceptee', demande.email, { numero: demande.numero!, dispositif: titreDispositif(demande), montant: formaterEuros(montant), motif, automatique: false });
    }
  });
}
