import type { DateIso } from '../../commun/dates';
import type { Controle } from '../../controles/controle.schema';
import { controler } from '../../controles/controler';
import type { Dispositif } from '../../financement/demande-financement.schema';
import type { Referentiel } from '../../referentiel/referentiel.schema';
import { formulaireActionIndividuelle } from './action-individuelle';
import { formulaireApprentissage } from './apprentissage';
import { champsVisibles, donneesUtiles, ecrire, lire, type Donnees } from './champs';
import type { DefinitionFormulaire } from './definition';
import { formulaireProA } from './pro-a';
import { formulaireProfessionnalisation } from './professionnalisation';

/** The four forms of "Demander un financement", in the menu's order. */
export const FORMULAIRES: Record<Dispositif, DefinitionFormulaire> = {
  action_individuelle: formulaireActionIndividuelle,
  apprentissage: formulaireApprentissage,
  professionnalisation: formulaireProfessionnalisation,
  pro_a: formulaireProA,
};

export const ORDRE_DISPOSITIFS: readonly Dispositif[] = ['action_individuelle', 'apprentissage', 'professionnalisation', 'pro_a'];

export function formulaireParSlug(slug: string): DefinitionFormulaire | undefined {
  return Object.values(FORMULAIRES).find((f) => f.slug === slug);
}

export interface Probleme {
  /** Field path ("apprenti.dateNaissance"), or "pieces.<type>" for a missing piece. */
  chemin: string;
  message: string;
}

export interface Verification {
  /** What blocks sending: fields missing or wrong, blocking controls. */
  problemes: Probleme[];
  /** Controls that only warn (a gestionnaire will look). */
  avertissements: Controle[];
  /** Every control, once the request is complete enough to be checked (empty before). */
  controles: Controle[];
}

/**
 * Everything that stands between a draft and its sending, computed the same way in the form (live)
 * and on the server (authority): first the shape (required fields, identifiers), then, once the
 * request is whole, the business controls. `date` stands for the filing date.
 */
export function verifierFormulaire(dispositif: Dispositif, donnees: Donnees, referentiel: Referentiel, date: DateIso): Verification {
  const definition = FORMULAIRES[dispositif];
  const utiles = donneesUtiles(definition.etapes, donnees);
  const resultat = definition.schema.safeParse(utiles);
  if (!resultat.success) return { problemes: problemesParChamp(definition, donnees, utiles, problemesDuSchema(resultat.error.issues)), avertissements: [], controles: [] };
  const controles = controler(definition.versDemandeControlee(resultat.data as Donnees), referentiel, date);
  return {
    problemes: controles.filter((c) => c.niveau === 'bloquant').map((c) => ({ chemin: c.champ, message: c.message })),
    avertissements: controles.filter((c) => c.niveau === 'avertissement'),
    controles,
  };
}

function problemesDuSchema(issues: readonly { path: readonly PropertyKey[]; message: string }[]): Probleme[] {
  const vus = new Set<string>();
  const problemes: Probleme[] = [];
  for (const issue of issues) {
    const chemin = issue.path.map(String).join('.');
    if (vus.has(chemin)) continue;
    vus.add(chemin);
    problemes.push({ chemin, message: issue.message });
  }
  return problemes;
}

/**
 * While a whole block is still empty ("stagiaire" missing), the schema speaks of the block; checked
 * again with the block present but empty, each of its required fields gets its own message ("Le nom est
 * obligatoire"), so that every problem points to a field a person can fill.
 */
function problemesParChamp(definition: DefinitionFormulaire, donnees: Donnees, utiles: Donnees, problemes: Probleme[]): Probleme[] {
  const champs = definition.etapes.flatMap((e) => champsVisibles(e, donnees));
  let completees = utiles;
  let courants = problemes;
  for (let profondeur = 0; profondeur < 4; profondeur++) {
    let ouvert = false;
    for (const p of courants) {
      if (lire(completees, p.chemin) !== undefined) continue;
      const enfant = champs.find((c) => p.chemin === '' || c.chemin.startsWith(`${p.chemin}.`));
      if (!enfant) continue;
      const suite = enfant.chemin.slice(p.chemin === '' ? 0 : p.chemin.length + 1).split('.')[0]!;
      completees = /^\d+$/.test(suite) ? ecrire(completees, `${p.chemin}.${suite}`, {}) : ecrire(completees, p.chemin, {});
      ouvert = true;
    }
    if (!ouvert) break;
    const suivant = definition.schema.safeParse(completees);
    if (suivant.success) break;
    courants = problemesDuSchema(suivant.error.issues);
  }
  return courants;
}

/** The required pieces not uploaded yet, as problems pointing to the pieces step. */
export function piecesManquantes(dispositif: Dispositif, donnees: Donnees, typesDeposes: readonly string[]): Probleme[] {
  return FORMULAIRES[dispositif]
    .piecesRequises(donnees)
    .filter((p) => p.obligatoire && !typesDeposes.includes(p.type))
    .map((p) => ({ chemin: `pieces.${p.type}`, message: `Pièce manquante : ${p.libelle}` }));
}

/**
 * Each commune typed against its postal code, with the communes of La Poste's file (looked up by the
 * caller: the server has the index, the browser lists them from it): a commune the code does not
 * cover would send the CERFA with an address that does not exist.
 */
export function communesHorsCodePostal(dispositif: Dispositif, donnees: Donnees, communesDe: (codePostal: string) => readonly { nom: string }[]): Probleme[] {
  const problemes: Probleme[] = [];
  for (const etape of FORMULAIRES[dispositif].etapes) {
    for (const champ of champsVisibles(etape, donnees)) {
      if (champ.type !== 'commune' || !champ.codePostal) continue;
      const commune = lire(donnees, champ.chemin);
      const codePostal = lire(donnees, champ.codePostal);
      if (typeof commune !== 'string' || typeof codePostal !== 'string' || !/^\d{5}$/.test(codePostal)) continue;
      if (!communesDe(codePostal).some((c) => c.nom === commune)) problemes.push({ chemin: champ.chemin, message: `La commune « ${commune} » ne correspond pas au code postal ${codePostal}` });
    }
  }
  return problemes;
}
