/** Amounts are integer cents everywhere; this formats them the French way ("1 336,98 €"). */
export function formaterEuros(centimes: number): string {
  return new Intl.NumberFormat('fr-FR', { style: 'currency', currency: 'EUR' }).format(centimes / 100);
}
