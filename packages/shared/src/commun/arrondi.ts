import type { ModeArrondi } from './arrondi.schema';

/**
 * numerateur / denominateur rounded to an integer, exactly: floating-point division is only used as a
 * first guess and corrected with integer products, so 180180 × 55 / 100 gives 99099, never 99100.
 * Operands must keep their products below 2^53 (amounts in cents times days or basis points do).
 */
export function diviserArrondi(numerateur: number, denominateur: number, mode: ModeArrondi): number {
  if (!Number.isSafeInteger(numerateur) || !Number.isSafeInteger(denominateur) || denominateur <= 0) {
    throw new RangeError(`Division non entière ou dénominateur invalide : ${numerateur} / ${denominateur}`);
  }
  let quotient = Math.floor(numerateur / denominateur);
  while (quotient * denominateur > numerateur) quotient -= 1;
  while ((quotient + 1) * denominateur <= numerateur) quotient += 1;
  const reste = numerateur - quotient * denominateur;
  if (reste === 0 || mode === 'inferieur') return quotient;
  if (mode === 'superieur') return quotient + 1;
  return 2 * reste >= denominateur ? quotient + 1 : quotient;
}

/** Percentages in hundredths of a point, so 27 %, 85 % or 12,5 % are all integers. */
export function versPointsDeBase(tauxPourcent: number): number {
  return Math.round(tauxPourcent * 100);
}

/** montant × taux % to the cent, with the rounding rule given. */
export function appliquerTaux(montantCentimes: number, tauxPourcent: number, mode: ModeArrondi): number {
  return diviserArrondi(montantCentimes * versPointsDeBase(tauxPourcent), 10_000, mode);
}

/** montant × part / total to the cent (a prorata of days or months). */
export function proratiser(montantCentimes: number, part: number, total: number, mode: ModeArrondi): number {
  return diviserArrondi(montantCentimes * part, total, mode);
}
