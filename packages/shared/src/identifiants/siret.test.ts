import { describe, expect, it } from 'vitest';
import { estSirenValide, formaterSiren, normaliserSiren } from './siren';
import { estSiretValide, formaterSiret, normaliserSiret, sirenDuSiret } from './siret';

describe('SIRET', () => {
  it.each([
    ['73282932000074', 'dont la clé de Luhn est juste'],
    ['35600000000048', 'de La Poste qui respecte aussi Luhn'],
    ['35600000009075', 'de La Poste dont la somme des chiffres est un multiple de 5'],
    ['35600000009093', 'de La Poste dont la somme des chiffres est un multiple de 5'],
  ])('accepte le SIRET %s %s', (siret) => {
    expect(estSiretValide(siret)).toBe(true);
  });

  it.each([
    ['73282932000075', 'dont la clé de Luhn est fausse'],
    ['35600000009090', 'de La Poste dont la somme des chiffres (32) n’est pas un multiple de 5'],
    ['7328293200007', 'de 13 chiffres'],
    ['7328293200007A', 'qui contient une lettre'],
  ])('refuse le SIRET %s %s', (siret) => {
    expect(estSiretValide(siret)).toBe(false);
  });

  it('refuse l’exception de La Poste pour un autre SIREN dont la somme des chiffres est un multiple de 5', () => {
    expect(estSiretValide('12345678900005')).toBe(false);
  });

  it('ne garde que les chiffres saisis et affiche le SIRET par groupes', () => {
    expect(normaliserSiret(' 732 829 320.00074 ')).toBe('73282932000074');
    expect(formaterSiret('49383230900111')).toBe('493 832 309 00111');
    expect(sirenDuSiret('73282932000074')).toBe('732829320');
  });
});

describe('SIREN', () => {
  it.each([
    ['732829320', true],
    ['356000000', true],
    ['732829321', false],
    ['73282932', false],
  ])('le SIREN %s est valide : %s', (siren, attendu) => {
    expect(estSirenValide(siren)).toBe(attendu);
  });

  it('normalise puis affiche le SIREN par groupes de trois', () => {
    expect(formaterSiren(normaliserSiren('732-829-320'))).toBe('732 829 320');
  });
});
