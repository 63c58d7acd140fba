import type { ChampEnErreur } from '../../errors';
import { communesHorsCodePostal, verifierFormulaire } from '@mse/shared/demande/formulaire/formulaires';
import type { Donnees } from '@mse/shared/demande/formulaire/champs';
import type { Dispositif } from '@mse/shared/financement/demande-financement.schema';
import type { Db } from '../../db/database';
import { communesDuCodePostal } from '../communes/communes';
import { dateDuJour } from '../referentiel/date-du-jour';
import { chargerReferentiel } from '../referentiel/referentiel.repository';

const concerne = (chemin: string, chemins: readonly string[]) => chemins.some((c) => chemin === c || chemin.startsWith(`${c}.`));

/**
 * The form's own rules (schema, then blocking controls), as at sending, kept to the fields the OPCO
 * named: what the employer was asked to correct must now be right; the rest was accepted at sending.
 */
export async function problemesDesChamps(db: Db, now: Date, dispositif: Dispositif, donnees: Donnees, chemins: readonly string[]): Promise<ChampEnErreur[]> {
  if (!chemins.length) return [];
  const verification = verifierFormulaire(dispositif, donnees, await chargerReferentiel(db), dateDuJour(now));
  return [...verification.problemes, ...communesHorsCodePostal(dispositif, donnees, communesDuCodePostal)]
    .filter((p) => concerne(p.chemin, chemins))
    .map((p) => ({ chemin: p.chemin, message: p.message }));
}
