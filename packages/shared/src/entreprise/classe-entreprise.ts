/**
 * Size band of a company from its average annual headcount (DOMAIN.md §4.4: < 11, 11–49, 50 and more).
 * Labels as the portal shows them in the company block ("plus de 50 salariés" in the seed).
 */
export type ClasseEntreprise = 'moins_de_11' | 'de_11_a_49' | 'plus_de_50';

export const LIBELLES_CLASSE: Record<ClasseEntreprise, string> = {
  moins_de_11: 'moins de 11 salariés',
  de_11_a_49: 'de 11 à 49 salariés',
  plus_de_50: 'plus de 50 salariés',
};

export function classeEntreprise(effectif: number): ClasseEntreprise {
  if (effectif < 11) return 'moins_de_11';
  if (effectif < 50) return 'de_11_a_49';
  return 'plus_de_50';
}
