import type { AttribuerEnMasse, ResultatAttributionEnMasse } from '@mse/shared/instruction/instruction.schema';
import { AppError, DonneesInvalides, Interdit } from '../../errors';
import { peutAttribuer, type Instructeur } from '../../policies/instruction';
import type { Contexte } from '../identite/contexte';
import { attribuerDemande } from './attribuer-demande';
import { membreDuPersonnel } from './instruction.repository';

/**
 * Several requests of a queue given to one colleague at once: each one is its own `attribuer` command
 * (locked, re-checked, its own history row), so that one decided in the meantime is reported and the
 * others still move.
 */
export async function attribuerEnMasse(ctx: Contexte, personnel: Instructeur, a: AttribuerEnMasse): Promise<ResultatAttributionEnMasse> {
  if (!peutAttribuer(personnel)) throw new Interdit('Seul un superviseur ou un administrateur attribue une demande à un autre gestionnaire.');
  if (!(await membreDuPersonnel(ctx.database.db, a.gestionnaireId))) {
    throw new DonneesInvalides([{ chemin: 'gestionnaireId', message: 'Cette personne ne fait pas partie du personnel de l’OPCO.' }]);
  }
  const resultat: ResultatAttributionEnMasse = { attribuees: [], echecs: [] };
  for (const numero of new Set(a.numeros)) {
    try {
      await attribuerDemande(ctx, personnel, numero, a.gestionnaireId);
      resultat.attribuees.push(numero);
    } catch (erreur) {
      if (!(erreur instanceof AppError)) throw erreur;
      resultat.echecs.push({ numero, message: erreur.message });
    }
  }
  return resultat;
}
