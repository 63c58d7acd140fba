import { describe, expect, it } from 'vitest';
import { exigerValeurEnVigueur, ReferentielIncomplet, valeurEnVigueur } from './valeur-en-vigueur';

const entrees = [
  { debut: '2023-01-01', source: 'A', valeur: 1 },
  { debut: '2024-01-01', source: 'B', valeur: 2 },
  { debut: '2024-06-01', fin: '2024-06-30', source: 'C (valeur temporaire)', valeur: 3 },
];

describe('valeurEnVigueur', () => {
  it.each([
    ['2022-12-31', undefined],
    ['2023-01-01', 1],
    ['2023-12-31', 1],
    ['2024-01-01', 2],
    ['2024-06-01', 3],
    ['2024-06-30', 3],
    ['2024-07-01', 2],
    ['2030-01-01', 2],
  ])('au %s retient la valeur %s', (date, attendu) => {
    expect(valeurEnVigueur(entrees, date)?.valeur).toBe(attendu);
  });

  it('ne dépend pas de l’ordre des entrées', () => {
    expect(valeurEnVigueur([...entrees].reverse(), '2024-03-01')?.valeur).toBe(2);
  });

  it('signale en français une rubrique sans valeur à la date demandée', () => {
    expect(() => exigerValeurEnVigueur(entrees, '2020-01-01', 'smic')).toThrow(
      new ReferentielIncomplet('smic', '2020-01-01'),
    );
    expect(() => exigerValeurEnVigueur(entrees, '2020-01-01', 'smic')).toThrow(
      'Le référentiel ne contient aucune valeur « smic » en vigueur au 2020-01-01',
    );
  });
});
