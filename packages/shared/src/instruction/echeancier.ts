import type { Echeance } from '../financement/estimation';

/**
 * The engine's schedule for the amount actually committed: the same dates and labels, each payment in
 * proportion (rounded down), the last one taking the remainder so that the schedule adds up to the
 * commitment exactly. Unchanged when the amount is the engine's.
 */
export function echeancierPourMontant(echeancier: readonly Echeance[], montantCentimes: number): Echeance[] {
  const total = echeancier.reduce((s, e) => s + e.montantCentimes, 0);
  if (total === montantCentimes) return echeancier.map((e) => ({ ...e }));
  if (total === 0 || echeancier.length === 0) return [];
  let reparti = 0;
  return echeancier.map((e, i) => {
    const part = i === echeancier.length - 1 ? montantCentimes - reparti : Math.floor((e.montantCentimes * montantCentimes) / total);
    reparti += part;
    return { ...e, montantCentimes: part };
  });
}
