import { describe, expect, it } from 'vitest';
import { appliquerTaux, diviserArrondi, proratiser } from './arrondi';

describe('arrondi au centime en arithmétique entière', () => {
  it.each([
    [7, 2, 'inferieur', 3],
    [7, 2, 'superieur', 4],
    [7, 2, 'plus_proche', 4],
    [5, 3, 'plus_proche', 2],
    [4, 3, 'plus_proche', 1],
    [6, 3, 'superieur', 2],
  ] as const)('%i / %i arrondi %s donne %i', (n, d, mode, attendu) => {
    expect(diviserArrondi(n, d, mode)).toBe(attendu);
  });

  it('calcule 55 % de 1 801,80 € à 990,99 € sans l’erreur de la virgule flottante', () => {
    expect(Math.ceil(180180 * 0.55)).toBe(99100);
    expect(appliquerTaux(180180, 55, 'superieur')).toBe(99099);
  });

  it('proratise 8 000 € sur 61 jours de 365 à 1 336,98 € en arrondissant vers le bas', () => {
    expect(proratiser(800000, 61, 365, 'inferieur')).toBe(133698);
  });

  it('refuse une division par zéro', () => {
    expect(() => diviserArrondi(1, 0, 'inferieur')).toThrow(RangeError);
  });
});
