import { DonneesInvalides } from '../../errors';
import type { Instructeur } from '../../policies/instruction';
import type { Contexte } from '../identite/contexte';
import { ecrireChangement, instruire } from './changement-de-statut';
import { membreDuPersonnel } from './instruction.repository';

/**
 * A supervisor gives the request to a colleague. The status does not move; the history row (action
 * `attribuer`, from whom to whom) keeps who held it when. Internal: the employer gets no e-mail.
 */
export function attribuerDemande(ctx: Contexte, personnel: Instructeur, numero: string, gestionnaireId: string): Promise<void> {
  return instruire(ctx, personnel, numero, 'attribuer', async (tx, demande, vers) => {
    const gestionnaire = await membreDuPersonnel(tx.db, gestionnaireId);
    if (!gestionnaire) throw new DonneesInvalides([{ chemin: 'gestionnaireId', message: 'Cette personne ne fait pas partie du personnel de l’OPCO.' }]);
    if (demande.gestionnaireId === gestionnaire.id) return;
    await ecrireChangement(tx, ctx, { type: 'opco', personnel }, demande, {
      action: 'attribuer',
      de: demande.statut,
      vers,
      details: { precedentId: demande.gestionnaireId, gestionnaireId: gestionnaire.id, gestionnaire: gestionnaire.nom },
      colonnes: { gestionnaireId: gestionnaire.id },
    });
  });
}
