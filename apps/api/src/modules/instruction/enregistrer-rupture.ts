import { formaterDate } from '@mse/shared/commun/dates';
import { formaterEuros } from '@mse/shared/commun/montant';
import { FORMULAIRES } from '@mse/shared/demande/formulaire/formulaires';
import { echeancierPourMontant } from '@mse/shared/instruction/echeancier';
import type { EnregistrerRupture } from '@mse/shared/instruction/instruction.schema';
import { demandeApresRupture, MOTIFS_RUPTURE, montantEngageApresRupture, verifierRupture } from '@mse/shared/instruction/rupture';
import { DonneesInvalides } from '../../errors';
import { envoyerModele } from '../../mail/envoyer';
import type { Instructeur } from '../../policies/instruction';
import type { Contexte } from '../identite/contexte';
import { dateDuJour } from '../referentiel/date-du-jour';
import { ecrireChangement, instruire, titreDispositif } from './changement-de-statut';
import { estimationServeur } from './estimation-serveur';
import { siretDe } from './instruction.repository';

/**
 * « Enregistrer une rupture » of an apprenticeship contract taken in charge: the engine prices the
 * contract again up to the rupture day (prorated to the day for contracts from 1 July 2025, the
 * employer's share for a rupture in the first 45 days), the committed amount becomes that — never more
 * than before — with its schedule; the status does not move (what is due is still to be invoiced).
 */
export function enregistrerRupture(ctx: Contexte, personnel: Instructeur, numero: string, r: EnregistrerRupture): Promise<void> {
  return instruire(ctx, personnel, numero, 'enregistrerRupture', async (tx, demande, vers) => {
    const saisie = FORMULAIRES[demande.dispositif].versEstimation(demande.donnees);
    if (!saisie || saisie.demande.dispositif !== 'apprentissage') {
      throw new DonneesInvalides([{ chemin: 'date', message: 'Les dates du contrat manquent à la demande : la rupture ne peut pas être calculée.' }]);
    }
    const contrat = saisie.demande;
    const probleme = verifierRupture(contrat, r.date, dateDuJour(ctx.now));
    if (probleme) throw new DonneesInvalides([probleme]);
    const estimation = await estimationServeur(tx.db, personnel, { dispositif: demande.dispositif, donnees: demande.donnees, siret: await siretDe(tx.db, demande.etablissementId) }, ctx.now, (d) =>
      d.dispositif === 'apprentissage' ? demandeApresRupture(d, r.date, r.motif) : d,
    );
    if (!estimation.resultat) throw new DonneesInvalides([{ chemin: 'date', message: `Le montant après la rupture ne peut pas être calculé : ${estimation.raison}` }]);
    const proratise = estimation.resultat.estimation.montants.total;
    const montant = montantEngageApresRupture(proratise, demande.montantEngageCentimes);
    const precision = r.precision?.trim();
    const motif = precision ? `${MOTIFS_RUPTURE[r.motif]} — ${precision}` : MOTIFS_RUPTURE[r.motif];
    await ecrireChangement(tx, ctx, { type: 'opco', personnel }, demande, {
      action: 'enregistrerRupture',
      de: demande.statut,
      vers,
      motif,
      details: { dateRupture: r.date, codeMotif: r.motif, montantCentimes: montant, montantProratiseCentimes: proratise, montantPrecedentCentimes: demande.montantEngageCentimes, referentielVersion: estimation.resultat.referentielVersion },
      colonnes: { ruptureLe: r.date, motifRupture: motif, montantEngageCentimes: montant, echeancier: echeancierPourMontant(estimation.resultat.estimation.echeancier, montant) },
    });
    if (demande.email) {
      await envoyerModele(tx, ctx.config, 'ruptureEnregistree', demande.email, { numero: demande.numero!, dispositif: titreDispositif(demande), date: formaterDate(r.date), motif, montant: formaterEuros(montant) });
    }
  });
}
