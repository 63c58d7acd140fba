import type { DateIso } from '@mse/shared/commun/dates';
import type { EntreeReferentiel, ReferentielAdministration } from '@mse/shared/referentiel/referentiel-admin.schema';
import { LIBELLES_RUBRIQUES, RUBRIQUES, serieDeLEntree, statutsDesEntrees, type Rubrique } from '@mse/shared/referentiel/rubriques';
import type { Utilisateur } from '../../plugins/session';
import { peutModifierReferentiel } from '../../policies/referentiel';
import type { LigneReferentiel } from './referentiel.repository';

type LigneAvecAuteur = LigneReferentiel & { auteur: string | null };

export function presenterEntree(ligne: LigneAvecAuteur, statut: EntreeReferentiel['statut']): EntreeReferentiel {
  return {
    id: ligne.id,
    debut: ligne.debut,
    fin: ligne.fin,
    source: ligne.source,
    valeur: ligne.valeur,
    statut,
    remplaceId: ligne.remplaceId,
    creeLe: ligne.creeLe.toISOString(),
    creePar: ligne.auteur,
  };
}

/** One entry, with its status among the other entries of its rubrique. */
export function presenterEntreeDansSaRubrique(lignes: LigneAvecAuteur[], id: number, date: DateIso): EntreeReferentiel {
  const ligne = lignes.find((l) => l.id === id);
  if (!ligne) throw new Error(`entrée ${id} introuvable`);
  const rubrique = ligne.rubrique as Rubrique;
  const statuts = statutsDeLaRubrique(rubrique, lignes.filter((l) => l.rubrique === rubrique), date);
  return presenterEntree(ligne, statuts.get(id) ?? 'passee');
}

function statutsDeLaRubrique(rubrique: Rubrique, deLaRubrique: LigneAvecAuteur[], date: DateIso) {
  const remplacees = new Set(deLaRubrique.flatMap((l) => (l.remplaceId === null ? [] : [l.remplaceId])));
  return statutsDesEntrees(
    deLaRubrique.map((l) => ({ id: l.id, debut: l.debut, fin: l.fin ?? undefined, source: l.source, serie: serieDeLEntree(rubrique, l.valeur), remplacee: remplacees.has(l.id) })),
    date,
  );
}

/** Every rubrique in the engine's order, each entry with where it stands on `date`, and what the actor may do. */
export function presenterReferentiel(lignes: LigneAvecAuteur[], acteur: Utilisateur, date: DateIso): ReferentielAdministration {
  const rubriques = RUBRIQUES.map((rubrique: Rubrique) => {
    const deLaRubrique = lignes.filter((l) => l.rubrique === rubrique);
    const statuts = statutsDeLaRubrique(rubrique, deLaRubrique, date);
    return {
      rubrique,
      libelle: LIBELLES_RUBRIQUES[rubrique],
      entrees: deLaRubrique.map((l) => presenterEntree(l, statuts.get(l.id) ?? 'passee')),
    };
  });
  return {
    version: lignes.reduce((v, l) => Math.max(v, l.id), 0),
    date,
    rubriques,
    actions: { ajouterEntree: peutModifierReferentiel(acteur) },
  };
}
