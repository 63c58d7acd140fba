import type { ActionDossier } from '@mse/shared/dossier/dossier.schema';
import { FORMULAIRES } from '@mse/shared/demande/formulaire/formulaires';
import { transaction, type Tx } from '../../db/transaction';
import { exigerActionDossier, exigerDemandeurDeFinancement } from '../../policies/demandes';
import type { Employeur } from '../../policies/espaces';
import { verrouillerDemande } from '../demandes/demandes.repository';
import { introuvable } from '../demandes/regles-brouillon';
import type { Contexte } from '../identite/contexte';
import { suiviDemande, type SuiviDemande } from './dossier.repository';

/**
 * The shape of every employer command on a sent request: one transaction, the request locked, then the
 * person's access (403) and the status (409) asked on the locked row, and `agir` writes.
 */
export async function commandeDossier<T>(ctx: Contexte, employeur: Employeur, id: string, action: ActionDossier, agir: (tx: Tx, demande: SuiviDemande & { version: number }) => Promise<T>): Promise<T> {
  exigerDemandeurDeFinancement(employeur);
  return transaction(ctx.database, ctx.boss, async (tx) => {
    const verrouillee = await verrouillerDemande(tx.db, employeur, id);
    const suivi = verrouillee && (await suiviDemande(tx.db, employeur, id));
    if (!verrouillee || !suivi) throw introuvable();
    exigerActionDossier(employeur, suivi, action);
    return agir(tx, { ...suivi, version: verrouillee.version });
  });
}

/** The scheme's name as the employer knows it (« Contrat d’apprentissage »), for e-mails. */
export const titreDispositif = (d: Pick<SuiviDemande, 'dispositif'>) => FORMULAIRES[d.dispositif].titre;
