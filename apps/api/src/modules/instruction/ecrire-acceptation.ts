import { formaterEuros } from '@mse/shared/commun/montant';
import { echeancierPourMontant } from '@mse/shared/instruction/echeancier';
import type { StatutDemande } from '@mse/shared/demande/statut.schema';
import type { demandes } from '../../db/schema';
import type { Tx } from '../../db/transaction';
import { envoyerModele } from '../../mail/envoyer';
import type { Contexte } from '../identite/contexte';
import { versionCourante } from '../referentiel/referentiel.repository';
import { ecrireChangement, titreDispositif, type Auteur } from './changement-de-statut';
import type { EstimationServeur } from './estimation-serveur';
import type { DemandeVerrouillee } from './instruction.repository';

export type Acceptation = {
  vers: StatutDemande;
  montant: number;
  /** The engine's amount (or the estimate at sending), which the committed one may differ from. */
  reference: number | null;
  motif: string | null;
  estimation: EstimationServeur;
  /** Said to the employer as it is (silence rule, automatic decision), not as a gestionnaire's remark. */
  automatique: boolean;
  details?: Record<string, unknown>;
  colonnes?: Partial<typeof demandes.$inferInsert>;
};

/**
 * Every acceptance — a gestionnaire's, the silence rule's, the automatic decision at sending — writes
 * the same things: the committed amount, the referential version it was computed with, the engine's
 * payment schedule for that amount, the history and audit rows, and the « prise en charge » e-mail.
 */
export async function ecrireAcceptation(tx: Tx, ctx: Contexte, auteur: Auteur, demande: DemandeVerrouillee, a: Acceptation): Promise<void> {
  const resultat = a.estimation.resultat;
  const referentielVersion = resultat?.referentielVersion ?? (await versionCourante(tx.db));
  const echeancier = resultat ? echeancierPourMontant(resultat.estimation.echeancier, a.montant) : null;
  await ecrireChangement(tx, ctx, auteur, demande, {
    action: 'accepter',
    de: demande.statut,
    vers: a.vers,
    motif: a.motif,
    details: { ...a.details, montantCentimes: a.montant, montantCalculeCentimes: a.reference, referentielVersion, source: resultat ? 'moteur' : 'estimation_envoi' },
    colonnes: { ...a.colonnes, montantEngageCentimes: a.montant, referentielVersion, decideLe: ctx.now, echeancier },
  });
  if (demande.email) {
    await envoyerModele(tx, ctx.config, 'demandeAcceptee', demande.email, { numero: demande.numero!, dispositif: titreDispositif(demande), montant: formaterEuros(a.montant), motif: a.motif, automatique: a.automatique });
  }
}
