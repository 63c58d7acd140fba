import type { Controle } from '@mse/shared/controles/controle.schema';
import { transition } from '@mse/shared/demande/statut';
import type { Dispositif } from '@mse/shared/financement/demande-financement.schema';
import { controlesEnEchec, decisionAutomatiqueActive, MOTIF_DECISION_AUTOMATIQUE, type ControleEnEchec } from '@mse/shared/instruction/decision-automatique';
import type { Tx } from '../../db/transaction';
import type { Contexte } from '../identite/contexte';
import { reglesDecision } from './decision-automatique.repository';
import { ecrireAcceptation } from './ecrire-acceptation';
import type { EstimationServeur } from './estimation-serveur';
import { verrouillerDemande } from './instruction.repository';

/** What did not pass at sending: the controls short of `ok`, and the engine's amount if missing or refused. */
export function echecsALEnvoi(controles: readonly Controle[], estimation: EstimationServeur): ControleEnEchec[] {
  const r = estimation.resultat;
  return controlesEnEchec(controles, r ? { eligible: r.estimation.eligible, motifs: r.estimation.motifs, montantCentimes: r.estimation.montants.total } : { indisponible: estimation.raison });
}

export type IssueDecisionAutomatique = { decidee: boolean; active: boolean };

/**
 * Right after a request is sent, in the sending's transaction: when every control passed, the engine
 * gives an amount, and an administrator switched the automatic decision on for the scheme and the
 * establishment's branch, the request is accepted at once with the engine's amount (history
 * « Automatique », e-mail). Otherwise nothing moves: the failed controls, written on the sending's
 * history row, put it in the queue « Contrôles en échec ».
 */
export async function deciderAutomatiquement(
  tx: Tx,
  ctx: Contexte,
  envoi: { demandeId: string; dispositif: Dispositif; idcc: string | null; echecs: ControleEnEchec[]; estimation: EstimationServeur },
): Promise<IssueDecisionAutomatique> {
  const r = envoi.estimation.resultat;
  const { echecs } = envoi;
  const active = decisionAutomatiqueActive(await reglesDecision(tx.db, envoi.dispositif), envoi.dispositif, envoi.idcc);
  if (!active || echecs.length > 0 || !r) return { decidee: false, active };
  const demande = await verrouillerDemande(tx.db, { id: envoi.demandeId });
  const t = demande ? transition(demande.statut, 'accepter') : null;
  if (!demande || !t?.ok) return { decidee: false, active };
  const montant = r.estimation.montants.total;
  await ecrireAcceptation(tx, ctx, { type: 'automatique' }, demande, {
    vers: t.statut,
    montant,
    reference: montant,
    motif: MOTIF_DECISION_AUTOMATIQUE,
    estimation: envoi.estimation,
    automatique: true,
    details: { decisionAutomatique: true },
    colonnes: { decisionAutomatique: true },
  });
  return { decidee: true, active };
}
