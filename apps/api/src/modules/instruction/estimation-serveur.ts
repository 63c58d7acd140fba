import type { Donnees } from '@mse/shared/demande/formulaire/champs';
import { FORMULAIRES } from '@mse/shared/demande/formulaire/formulaires';
import type { DemandeFinancement, Dispositif } from '@mse/shared/financement/demande-financement.schema';
import type { ResultatEstimation } from '@mse/shared/financement/estimation.schema';
import type { Db } from '../../db/database';
import { AppError } from '../../errors';
import type { Utilisateur } from '../../plugins/session';
import { estimerDemande } from '../estimations/estimer-demande';

export type EstimationServeur = { resultat: ResultatEstimation; raison: null } | { resultat: null; raison: string };

/**
 * The engine only reads the actor to tell an employer (its own establishments) from the OPCO (any
 * member establishment): the deadline timer prices a request as the OPCO does.
 */
const MINUTERIE = { id: '00000000-0000-0000-0000-000000000000', role: 'gestionnaire', compteId: null } as Utilisateur;

/**
 * The server's estimate of a sent request today — the same engine as the employer's form and the
 * figure stored at sending, with the NPEC row and referential version the server finds itself. When the
 * content does not allow it (incomplete, a gap in the referential) the reason is given instead.
 */
export async function estimationServeur(
  db: Db,
  acteur: Utilisateur | 'minuterie',
  demande: { dispositif: Dispositif; donnees: Donnees; siret: string },
  now: Date,
  /** What the request's content does not say (a rupture recorded since): changes the engine's input. */
  ajuster: (d: DemandeFinancement) => DemandeFinancement = (d) => d,
): Promise<EstimationServeur> {
  const saisie = FORMULAIRES[demande.dispositif].versEstimation(demande.donnees);
  if (!saisie) return { resultat: null, raison: 'Le contenu de la demande ne suffit pas au calcul : le montant estimé à l’envoi est repris.' };
  try {
    return { resultat: await estimerDemande(db, acteur === 'minuterie' ? MINUTERIE : acteur, { ...saisie, demande: ajuster(saisie.demande), siret: demande.siret }, now), raison: null };
  } catch (erreur) {
    if (erreur instanceof AppError) return { resultat: null, raison: erreur.message };
    throw erreur;
  }
}

/** The amount a decision commits by default: the engine's today, else the estimate stored at sending. */
export function montantDeReference(estimation: EstimationServeur, montantEstimeCentimes: number | null): number | null {
  return estimation.resultat?.estimation.montants.total ?? montantEstimeCentimes;
}
