import { transition } from '@mse/shared/demande/statut';
import { delaiLegal, delaisDecision, dernierJourDepasse, motifDuSilence, regleDuSilence } from '@mse/shared/instruction/delai-legal';
import { transaction } from '../../db/transaction';
import { envoyerModele } from '../../mail/envoyer';
import type { Contexte } from '../identite/contexte';
import { dateDuJour } from '../referentiel/date-du-jour';
import { chargerReferentiel } from '../referentiel/referentiel.repository';
import { ecrireChangement, titreDispositif } from './changement-de-statut';
import { ecrireAcceptation } from './ecrire-acceptation';
import { estimationServeur, montantDeReference } from './estimation-serveur';
import { demandesEnSilence, siretDe, verrouillerDemande } from './instruction.repository';

export type EffetApplique = 'refusee' | 'acceptee' | 'rien';

/**
 * The silence rule on one request: locked, then everything re-checked on the locked row (still
 * undecided, deadline passed, a scheme where silence decides) — so a restarted job, two workers, or a
 * gestionnaire deciding at the same moment never decide twice. Refusal for apprenticeship, acceptance
 * with the engine's amount for contrat pro and Pro-A; history row « Automatique » and e-mail.
 */
export async function appliquerRegleSilence(ctx: Contexte, demandeId: string): Promise<EffetApplique> {
  const aujourdhui = dateDuJour(ctx.now);
  const referentiel = await chargerReferentiel(ctx.database.db);
  return transaction(ctx.database, ctx.boss, async (tx) => {
    const demande = await verrouillerDemande(tx.db, { id: demandeId });
    if (!demande) return 'rien';
    const effet = regleDuSilence(demande.dispositif);
    const jourComplet = demande.dossierCompletLe ? dateDuJour(demande.dossierCompletLe) : null;
    if (!effet || !jourComplet) return 'rien';
    const delais = delaisDecision(referentiel, jourComplet);
    const delai = delaiLegal({ dossierCompletLe: jourComplet, statut: demande.statut, now: aujourdhui }, delais);
    if (!delai?.depasse) return 'rien';
    const t = transition(demande.statut, effet);
    if (!t.ok) return 'rien';
    const motif = motifDuSilence(demande.dispositif, delais)!;
    const details = { echeance: delai.echeance, regle: effet };
    if (effet === 'refuser') {
      await ecrireChangement(tx, ctx, { type: 'automatique' }, demande, { action: 'refuser', de: demande.statut, vers: t.statut, motif, details, colonnes: { decideLe: ctx.now } });
      if (demande.email) await envoyerModele(tx, ctx.config, 'demandeRefusee', demande.email, { numero: demande.numero!, dispositif: titreDispositif(demande), motif });
      return 'refusee';
    }
    const estimation = await estimationServeur(tx.db, 'minuterie', { dispositif: demande.dispositif, donnees: demande.donnees, siret: await siretDe(tx.db, demande.etablissementId) }, ctx.now);
    const montant = montantDeReference(estimation, demande.montantEstimeCentimes) ?? 0;
    await ecrireAcceptation(tx, ctx, { type: 'automatique' }, demande, { vers: t.statut, montant, reference: montant, motif, estimation, automatique: true, details });
    return 'acceptee';
  });
}

const LOT = 200;

/**
 * Every request whose deadline has passed, one command (one transaction) each. Candidates are found
 * with today's values of the referential; each is re-checked with the values in force on its own day.
 */
export async function appliquerReglesSilence(ctx: Contexte): Promise<Record<EffetApplique, number>> {
  const aujourdhui = dateDuJour(ctx.now);
  const delais = delaisDecision(await chargerReferentiel(ctx.database.db), aujourdhui);
  const bilan: Record<EffetApplique, number> = { refusee: 0, acceptee: 0, rien: 0 };
  const vus = new Set<string>();
  for (;;) {
    const ids = (await demandesEnSilence(ctx.database.db, dernierJourDepasse(aujourdhui, delais), LOT)).filter((id) => !vus.has(id));
    if (ids.length === 0) return bilan;
    for (const id of ids) {
      vus.add(id);
      bilan[await appliquerRegleSilence(ctx, id)] += 1;
    }
  }
}
