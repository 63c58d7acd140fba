import type { CodeLibelle } from '../../apprentissage/codes';

/**
 * The request forms as data: each scheme is a list of steps ("étapes", the blocks of the CERFA), each
 * step a list of fields. One renderer in the browser draws every form from it, the récapitulatif and
 * the back office read the same labels, and `visible` carries the conditional logic ("Représentant
 * légal" only for a minor…) as pure functions of what was typed.
 *
 * A draft's content ("donnees") is a plain nested object addressed by dotted paths
 * ("apprenti.dateNaissance", "maitresApprentissage.1.nom"): the same paths as the zod schemas' issues
 * and the controls' `champ`, so an error always points to its field.
 */
export type Donnees = Record<string, unknown>;

/**
 * How a field is typed and stored:
 * - texte, email, telephone: string; siret, uai, nir, rncp, cfd, naf, code_postal: string of that identifier;
 * - date: "AAAA-MM-JJ"; entier: integer; montant: integer cents (typed in euros);
 * - oui_non: boolean; choix: one of `options`' codes (string);
 * - commune: string, the name of a commune served by the postal code typed in the field named by
 *   `codePostal` (the field just before it): chosen from the list of La Poste, never typed.
 */
export type TypeChamp =
  | 'texte'
  | 'texte_long'
  | 'email'
  | 'telephone'
  | 'date'
  | 'entier'
  | 'montant'
  | 'oui_non'
  | 'choix'
  | 'siret'
  | 'uai'
  | 'nir'
  | 'rncp'
  | 'cfd'
  | 'naf'
  | 'code_postal'
  | 'commune';

export interface Champ {
  /** Dotted path in the draft's content. */
  chemin: string;
  libelle: string;
  type: TypeChamp;
  /** Required to send the request (the zod schema of the scheme is the authority). */
  obligatoire: boolean;
  /** Codes of a `choix` field, in the order shown. */
  options?: readonly CodeLibelle[];
  /** One or two sentences under the field. */
  aide?: string;
  /** For a `commune` field: the path of the postal-code field whose communes it lists. */
  codePostal?: string;
  /** Unit after the input ("heures", "€", "mois"). */
  unite?: string;
  /** Filled from the establishment (directory of member companies): shown, not typed. */
  prerempli?: boolean;
  /** When the field applies; hidden fields are neither shown, required nor sent. */
  visible?: (donnees: Donnees) => boolean;
}

export interface Etape {
  /** Stable identifier, used in the URL (?etape=apprenti). */
  id: string;
  titre: string;
  description?: string;
  champs: readonly Champ[];
  visible?: (donnees: Donnees) => boolean;
}

/** Built-in steps the renderer adds after the scheme's own: the pieces, then the récapitulatif. */
export const ETAPE_PIECES = { id: 'pieces', titre: 'Pièces justificatives' } as const;
export const ETAPE_RECAPITULATIF = { id: 'recapitulatif', titre: 'Récapitulatif' } as const;

export function lire(donnees: Donnees, chemin: string): unknown {
  let courant: unknown = donnees;
  for (const cle of chemin.split('.')) {
    if (courant === null || typeof courant !== 'object') return undefined;
    courant = (courant as Record<string, unknown>)[cle];
  }
  return courant;
}

/** A copy of `donnees` with `valeur` at `chemin` (undefined removes it); numeric keys make arrays. */
export function ecrire(donnees: Donnees, chemin: string, valeur: unknown): Donnees {
  const [cle, ...reste] = chemin.split('.') as [string, ...string[]];
  const copie: Record<string, unknown> = Array.isArray(donnees) ? ([...donnees] as unknown as Record<string, unknown>) : { ...donnees };
  if (reste.length === 0) {
    if (valeur === undefined) {
      if (Array.isArray(copie)) copie[cle] = undefined;
      else delete copie[cle];
    } else copie[cle] = valeur;
    return copie;
  }
  const enfant = copie[cle];
  const base = enfant !== null && typeof enfant === 'object' ? (enfant as Donnees) : /^\d+$/.test(reste[0]!) ? ([] as unknown as Donnees) : {};
  copie[cle] = ecrire(base, reste.join('.'), valeur);
  return copie;
}

export const OUI_NON: readonly CodeLibelle[] = [
  { code: 'oui', libelle: 'Oui' },
  { code: 'non', libelle: 'Non' },
];

export function estVrai(donnees: Donnees, chemin: string): boolean {
  return lire(donnees, chemin) === true;
}

/** Visible fields of a step (the step itself visible), in order. */
export function champsVisibles(etape: Etape, donnees: Donnees): Champ[] {
  if (etape.visible && !etape.visible(donnees)) return [];
  return etape.champs.filter((c) => !c.visible || c.visible(donnees));
}

/**
 * The content that is sent: only the visible fields of the visible steps (what a person sees is what
 * the OPCO gets), empty strings dropped.
 */
export function donneesUtiles(etapes: readonly Etape[], donnees: Donnees): Donnees {
  let resultat: Donnees = {};
  for (const etape of etapes) {
    for (const champ of champsVisibles(etape, donnees)) {
      const valeur = lire(donnees, champ.chemin);
      if (valeur === undefined || valeur === null || valeur === '') continue;
      resultat = ecrire(resultat, champ.chemin, typeof valeur === 'string' ? valeur.trim() : valeur);
    }
  }
  return resultat;
}

const estObjet = (v: unknown): v is Donnees => v !== null && typeof v === 'object' && !Array.isArray(v);

/** `dessus` over `dessous`, object by object (arrays and values are replaced whole). */
export function fusionner(dessous: Donnees, dessus: Donnees): Donnees {
  const resultat: Donnees = { ...dessous };
  for (const [cle, valeur] of Object.entries(dessus)) {
    const existant = resultat[cle];
    resultat[cle] = estObjet(existant) && estObjet(valeur) ? fusionner(existant, valeur) : valeur;
  }
  return resultat;
}
