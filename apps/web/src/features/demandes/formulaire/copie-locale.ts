import type { Donnees } from '@mse/shared/demande/formulaire/champs';

/**
 * The unsaved content of a draft, kept in this browser until the server has it: closing the tab or
 * losing the network loses nothing. One key per draft; removed once the same content is saved.
 */
export interface CopieLocale {
  donnees: Donnees;
  /** When it was typed (browser clock, ISO). */
  saisieLe: string;
  /** The server version this content was typed on (0 before the draft existed). */
  version: number;
}

const cle = (id: string) => `mse:brouillon:${id}`;

export function lireCopieLocale(id: string): CopieLocale | null {
  try {
    const texte = window.localStorage.getItem(cle(id));
    if (!texte) return null;
    const copie = JSON.parse(texte) as Partial<CopieLocale>;
    if (!copie || typeof copie.donnees !== 'object' || typeof copie.saisieLe !== 'string') return null;
    return { donnees: copie.donnees as Donnees, saisieLe: copie.saisieLe, version: typeof copie.version === 'number' ? copie.version : 0 };
  } catch {
    return null;
  }
}

export function ecrireCopieLocale(id: string, copie: CopieLocale): void {
  try {
    window.localStorage.setItem(cle(id), JSON.stringify(copie));
  } catch {
    // Storage full or disabled (private mode): the page still holds the content and keeps retrying.
  }
}

export function effacerCopieLocale(id: string): void {
  try {
    window.localStorage.removeItem(cle(id));
  } catch {
    // Same as above: nothing more can be done from here.
  }
}

/**
 * Whether a stored copy should replace what the server sent: it differs, and it was typed after the
 * server's last save or on the version the server still has. A copy typed on an older version is
 * restored too; saving it then meets the 409 and the person chooses, never a silent overwrite.
 */
export function copieARestaurer(copie: CopieLocale | null, serveur: { donnees: Donnees; version: number; modifieLe: string }): CopieLocale | null {
  if (!copie) return null;
  if (JSON.stringify(copie.donnees) === JSON.stringify(serveur.donnees)) return null;
  const plusRecente = Date.parse(copie.saisieLe) > Date.parse(serveur.modifieLe);
  return plusRecente || copie.version >= serveur.version ? copie : null;
}
