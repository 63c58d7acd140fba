import type { MembrePersonnel } from '@mse/shared/administration/personnel.schema';
import { actionsMembre } from '../../policies/administration';
import type { Utilisateur } from '../../plugins/session';
import type { LignePersonnel } from './personnel.repository';

export function presenterMembre(m: LignePersonnel, acteur: Utilisateur, administrateursActifs: number): MembrePersonnel {
  return { ...m, creeLe: m.creeLe.toISOString(), actions: actionsMembre(acteur, m, administrateursActifs) };
}
