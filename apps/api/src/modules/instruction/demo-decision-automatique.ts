import type { Dispositif } from '@mse/shared/financement/demande-financement.schema';
import type { Db } from '../../db/database';
import { reglesDecisionAutomatique } from '../../db/schema-suivi';

/**
 * The demo's switches of the automatic decision: on for the work-study contracts (apprentissage,
 * contrat de professionnalisation, Pro-A), whose controls are legal and complete in the engine; off for
 * the action individuelle, funded « dans la limite des fonds disponibles » of each branch, which a
 * gestionnaire weighs. A real OPCO starts with none (off everywhere) until an administrator decides.
 */
export const DECISION_AUTOMATIQUE_DEMO: Record<Dispositif, boolean> = {
  apprentissage: true,
  professionnalisation: true,
  pro_a: true,
  action_individuelle: false,
};

export async function chargerDecisionAutomatiqueDemo(db: Pick<Db, 'insert'>): Promise<void> {
  await db
    .insert(reglesDecisionAutomatique)
    .values(Object.entries(DECISION_AUTOMATIQUE_DEMO).map(([dispositif, active]) => ({ dispositif: dispositif as Dispositif, idcc: null, active })))
    .onConflictDoNothing();
}
