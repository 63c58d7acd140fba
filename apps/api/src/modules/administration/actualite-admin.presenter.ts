import { statutActualite, type ActualiteAdmin } from '@mse/shared/administration/actualite-admin.schema';
import type { LigneActualite } from './actualites-admin.repository';

export function presenterActualiteAdmin(a: LigneActualite, now: Date): ActualiteAdmin {
  const statut = statutActualite(a, now);
  return {
    id: a.id,
    titre: a.titre,
    resume: a.resume,
    contenu: a.contenu,
    publieLe: a.publieLe.toISOString(),
    depublieLe: a.depublieLe?.toISOString() ?? null,
    statut,
    actions: statut === 'retiree' ? ['modifier'] : ['modifier', 'retirer'],
  };
}
