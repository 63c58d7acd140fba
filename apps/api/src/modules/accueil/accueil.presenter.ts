import type { Accueil } from '@mse/shared/accueil/accueil.schema';
import { GROUPES_STATUT, groupeDuStatut, LIBELLES_GROUPE } from '@mse/shared/demande/statut';
import type { StatutDemande } from '@mse/shared/demande/statut.schema';

type Actualite = { id: string; titre: string; resume: string; publieLe: Date };

/** Folds the counts by status into the three groups of the chart, with the shared status → group rule. */
export function presenterAccueil(input: {
  parStatut: Map<StatutDemande, number>;
  perimetre: { siret: string; raisonSociale: string } | null;
  actualites: Actualite[];
  actions: Accueil['actions'];
}): Accueil {
  const parGroupe = new Map(GROUPES_STATUT.map((g) => [g, 0]));
  for (const [statut, nombre] of input.parStatut) {
    const groupe = groupeDuStatut(statut);
    parGroupe.set(groupe, (parGroupe.get(groupe) ?? 0) + nombre);
  }
  const groupes = GROUPES_STATUT.map((groupe) => ({ groupe, libelle: LIBELLES_GROUPE[groupe], nombre: parGroupe.get(groupe) ?? 0 }));
  return {
    demandes: { total: groupes.reduce((s, g) => s + g.nombre, 0), groupes },
    perimetre: input.perimetre ? { siret: input.perimetre.siret, raisonSociale: input.perimetre.raisonSociale } : null,
    actualites: input.actualites.map((a) => ({ id: a.id, titre: a.titre, resume: a.resume, publieLe: a.publieLe.toISOString() })),
    actions: input.actions,
  };
}
