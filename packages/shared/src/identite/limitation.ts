/**
 * Throttling of sign-in attempts, per e-mail address (known or not, so that nothing tells them apart)
 * and per IP address, over a sliding window.
 */
export const FENETRE_LIMITATION_MINUTES = 15;
export const ECHECS_AVANT_DELAI = 5;
export const ECHECS_AVANT_BLOCAGE = 10;
export const DUREE_BLOCAGE_MINUTES = 15;

export type Limitation = { autorise: true } | { autorise: false; attenteSecondes: number; bloque: boolean };

/** From the number of recent failures and the time since the last one, may a new attempt be made now? */
export function limitationConnexion(echecsRecents: number, secondesDepuisDernierEchec: number): Limitation {
  if (echecsRecents >= ECHECS_AVANT_BLOCAGE) {
    const attente = DUREE_BLOCAGE_MINUTES * 60 - secondesDepuisDernierEchec;
    return attente > 0 ? { autorise: false, attenteSecondes: Math.ceil(attente), bloque: true } : { autorise: true };
  }
  if (echecsRecents >= ECHECS_AVANT_DELAI) {
    // 2, 4, 8, 16, 32 s: harmless for a person who mistypes, ruinous for a script.
    const delai = 2 ** (echecsRecents - ECHECS_AVANT_DELAI + 1);
    const attente = delai - secondesDepuisDernierEchec;
    return attente > 0 ? { autorise: false, attenteSecondes: Math.ceil(attente), bloque: false } : { autorise: true };
  }
  return { autorise: true };
}
