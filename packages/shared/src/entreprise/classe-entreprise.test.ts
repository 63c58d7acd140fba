import { describe, expect, it } from 'vitest';
import { classeEntreprise, LIBELLES_CLASSE } from './classe-entreprise';

describe('classeEntreprise', () => {
  it.each([
    [0, 'moins de 11 salariés'],
    [3, 'moins de 11 salariés'],
    [10, 'moins de 11 salariés'],
    [11, 'de 11 à 49 salariés'],
    [49, 'de 11 à 49 salariés'],
    [50, 'plus de 50 salariés'],
    [214, 'plus de 50 salariés'],
  ])('classe une entreprise de %i salariés en « %s »', (effectif, libelle) => {
    expect(LIBELLES_CLASSE[classeEntreprise(effectif)]).toBe(libelle);
  });
});
