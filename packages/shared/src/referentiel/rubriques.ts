import type { DateIso } from '../commun/dates';
import { ReferentielSchema, type Referentiel } from './referentiel.schema';
import { valeurEnVigueur, type EntreeDatee } from './valeur-en-vigueur';

/** A part of the referential an administrator edits on its own: SMIC, pay grid, financing rules… */
export type Rubrique = keyof Referentiel;
export type EntreeDe<R extends Rubrique> = Referentiel[R][number];

export const RUBRIQUES = Object.keys(ReferentielSchema.shape) as Rubrique[];

export function estRubrique(nom: string): nom is Rubrique {
  return Object.hasOwn(ReferentielSchema.shape, nom);
}

export const LIBELLES_RUBRIQUES: Record<Rubrique, string> = {
  smic: 'SMIC (salaire minimum de croissance)',
  grilleRemunerationApprenti: 'Grille de rémunération des apprentis',
  arrondis: 'Règles d’arrondi',
  valeursAmorcage: 'Valeurs d’amorçage (certifications sans NPEC)',
  financementApprentissage: 'Financement des contrats d’apprentissage',
  fraisAnnexesApprentissage: 'Frais annexes de l’apprentissage',
  majorationRqth: 'Majoration pour un apprenti RQTH',
  aideMaitreApprentissage: 'Aide à la fonction de maître d’apprentissage',
  formationMaitreApprentissage: 'Formation du maître d’apprentissage',
  financementProfessionnalisation: 'Financement des contrats de professionnalisation',
  financementProA: 'Financement de la Pro-A',
  actionIndividuelle: 'Action individuelle : règles générales',
  criteresActionIndividuelle: 'Action individuelle : critères des branches',
  limitesApprentissage: 'Limites du contrat d’apprentissage',
  limitesProfessionnalisation: 'Limites du contrat de professionnalisation',
  delaisDepot: 'Délais de dépôt et de décision',
  alerteDecision: 'Instruction : alerte avant l’échéance de décision',
};

/** The schema one entry of a rubrique must pass: the same that validates the whole referential. */
export function schemaEntree(rubrique: Rubrique) {
  return ReferentielSchema.shape[rubrique].element;
}

/**
 * Entries of a rubrique that replace one another. Each branch has its own action individuelle criteria
 * (a new entry for branch 177 does not end those of branch 213); every other rubrique is one series.
 */
export function serieDeLEntree(rubrique: Rubrique, valeur: Record<string, unknown>): string {
  return rubrique === 'criteresActionIndividuelle' ? String(valeur.branche ?? '') : '';
}

export type StatutEntree = 'en_vigueur' | 'a_venir' | 'passee' | 'remplacee';

export const LIBELLES_STATUTS_ENTREE: Record<StatutEntree, string> = {
  en_vigueur: 'en vigueur',
  a_venir: 'à venir',
  passee: 'passée',
  remplacee: 'corrigée',
};

export type EntreeSituee = EntreeDatee & { id: number; serie: string; remplacee: boolean };

/**
 * Where each entry stands on a date: the one the rules would use that day is in force, those starting
 * later are to come, the others are past (ended, or superseded by a later start). A corrected entry is
 * set aside whatever its dates: its correction took its place.
 */
export function statutsDesEntrees(entrees: readonly EntreeSituee[], date: DateIso): Map<number, StatutEntree> {
  const statuts = new Map<number, StatutEntree>();
  const actives = entrees.filter((e) => !e.remplacee);
  const enVigueur = new Set<number>();
  for (const serie of new Set(actives.map((e) => e.serie))) {
    const retenue = valeurEnVigueur(
      actives.filter((e) => e.serie === serie),
      date,
    );
    if (retenue) enVigueur.add(retenue.id);
  }
  for (const entree of entrees) {
    if (entree.remplacee) statuts.set(entree.id, 'remplacee');
    else if (entree.debut > date) statuts.set(entree.id, 'a_venir');
    else statuts.set(entree.id, enVigueur.has(entree.id) ? 'en_vigueur' : 'passee');
  }
  return statuts;
}
