import type { Dossier } from '@mse/shared/dossier/dossier.schema';
import type { Db } from '../../db/database';
import { actionsDossier } from '../../policies/demandes';
import type { Employeur } from '../../policies/espaces';
import { presenterDemande } from '../demandes/demande.presenter';
import { piecesDeLaDemande, trouverDemande } from '../demandes/demandes.repository';
import { introuvable } from '../demandes/regles-brouillon';
import { presenterComplements, presenterDossier } from './dossier.presenter';
import { derniersComplementsDemandes, historiqueDuDossier, paiementsDuDossier, suiviDemande } from './dossier.repository';

/**
 * The dossier page of a sent request: its content and pieces (as the request's own route shows them),
 * the timeline, what « À compléter » asks for, the committed amount, the payments and the buttons.
 * Another account's request, a draft or an unknown id: 404.
 */
export async function consulterDossier(db: Db, employeur: Employeur, id: string): Promise<Dossier> {
  const suivi = await suiviDemande(db, employeur, id);
  const demande = suivi && (await trouverDemande(db, employeur, id));
  if (!suivi || !demande) throw introuvable();
  const [pieces, historique, paiements] = await Promise.all([piecesDeLaDemande(db, id), historiqueDuDossier(db, id), paiementsDuDossier(db, id)]);
  const complements = suivi.statut === 'a_completer' ? await derniersComplementsDemandes(db, id) : undefined;
  return presenterDossier({
    demande: presenterDemande(demande, pieces, employeur),
    suivi,
    historique,
    complements: complements ? presenterComplements(complements, pieces) : null,
    paiements,
    actionsDossier: actionsDossier(employeur, suivi),
  });
}
