import { champsVisibles, ETAPE_PIECES, type Champ, type Donnees, type Etape } from '@mse/shared/demande/formulaire/champs';
import type { Probleme } from '@mse/shared/demande/formulaire/formulaires';

/** The step and the field a problem points to ("apprenti.dateNaissance", "maitresApprentissage", "pieces.cerfa_signe"). */
export interface Cible {
  etape: string;
  champ: Champ | null;
}

/**
 * Finds where a problem is to be corrected: the visible field of that path, or else the visible field
 * closest to it (a list's first item for "maitresApprentissage", the parent for a nested path).
 */
export function cibleDuProbleme(etapes: readonly Etape[], donnees: Donnees, chemin: string): Cible | null {
  if (chemin === 'pieces' || chemin.startsWith('pieces.')) return { etape: ETAPE_PIECES.id, champ: null };
  let approchee: Cible | null = null;
  for (const etape of etapes) {
    for (const champ of champsVisibles(etape, donnees)) {
      if (champ.chemin === chemin) return { etape: etape.id, champ };
      if (!approchee && (champ.chemin.startsWith(`${chemin}.`) || chemin.startsWith(`${champ.chemin}.`))) approchee = { etape: etape.id, champ };
    }
  }
  if (approchee) return approchee;
  // A path with no visible field at all ("representantLegal" while the step is hidden): its first block's step.
  const racine = chemin.split('.')[0];
  for (const etape of etapes) {
    if (etape.visible && !etape.visible(donnees)) continue;
    const champ = etape.champs.find((c) => c.chemin.split('.')[0] === racine);
    if (champ) return { etape: etape.id, champ: null };
  }
  return null;
}

export interface ProblemeSitue extends Probleme {
  cible: Cible | null;
}

export function situerProblemes(etapes: readonly Etape[], donnees: Donnees, problemes: readonly Probleme[]): ProblemeSitue[] {
  return problemes.map((p) => ({ ...p, cible: cibleDuProbleme(etapes, donnees, p.chemin) }));
}

/** Problems by exact field path: the message shown under the field. */
export function messagesParChamp(problemes: readonly Probleme[]): Map<string, string> {
  const messages = new Map<string, string>();
  for (const p of problemes) if (!messages.has(p.chemin)) messages.set(p.chemin, p.message);
  return messages;
}
