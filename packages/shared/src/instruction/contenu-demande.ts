import { formaterDate } from '../commun/dates';
import { formaterEuros } from '../commun/montant';
import { champsVisibles, lire, type Champ, type Donnees } from '../demande/formulaire/champs';
import { FORMULAIRES } from '../demande/formulaire/formulaires';
import type { Dispositif } from '../financement/demande-financement.schema';

export interface ChampAffiche {
  chemin: string;
  libelle: string;
  /** The value as a person reads it (option label, « Oui », « 12/09/2026 », « 1 234,00 € »); null when empty. */
  valeur: string | null;
}

export interface EtapeAffichee {
  id: string;
  titre: string;
  champs: ChampAffiche[];
}

/** One field's value as the form showed it to the employer. */
export function valeurAffichee(champ: Champ, valeur: unknown): string | null {
  if (valeur === undefined || valeur === null || valeur === '') return null;
  switch (champ.type) {
    case 'oui_non':
      return valeur === true ? 'Oui' : valeur === false ? 'Non' : String(valeur);
    case 'choix':
      return champ.options?.find((o) => o.code === String(valeur))?.libelle ?? String(valeur);
    case 'date':
      return typeof valeur === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(valeur) ? formaterDate(valeur) : String(valeur);
    case 'montant':
      return typeof valeur === 'number' ? formaterEuros(valeur) : String(valeur);
    default: {
      const texte = typeof valeur === 'object' ? JSON.stringify(valeur) : String(valeur);
      return champ.unite ? `${texte} ${champ.unite}` : texte;
    }
  }
}

/**
 * The request's content step by step, with the form's own labels (FORMULAIRES): what the gestionnaire
 * examines is what the employer saw. Only visible fields of visible steps; a step with nothing in it is
 * still listed, so that a missing block is seen.
 */
export function contenuParEtape(dispositif: Dispositif, donnees: Donnees): EtapeAffichee[] {
  return FORMULAIRES[dispositif].etapes
    .filter((etape) => !etape.visible || etape.visible(donnees))
    .map((etape) => ({
      id: etape.id,
      titre: etape.titre,
      champs: champsVisibles(etape, donnees).map((champ) => ({ chemin: champ.chemin, libelle: champ.libelle, valeur: valeurAffichee(champ, lire(donnees, champ.chemin)) })),
    }));
}

/** Every field a gestionnaire may ask to correct, with the step it belongs to. */
export function champsDemandables(dispositif: Dispositif, donnees: Donnees): { chemin: string; libelle: string; etape: string }[] {
  return contenuParEtape(dispositif, donnees).flatMap((e) => e.champs.map((c) => ({ chemin: c.chemin, libelle: c.libelle, etape: e.titre })));
}
