import { describe, expect, it } from 'vitest';
import { cleUai, estUaiValide, normaliserUai } from './uai';

describe('UAI', () => {
  it.each([
    ['0951099D', true],
    ['0951099C', false],
    ['095109D', false],
    ['0951099', false],
  ])('le numéro UAI %s est valide : %s', (uai, attendu) => {
    expect(estUaiValide(uai)).toBe(attendu);
  });

  it('calcule la lettre D pour 0951099 (951099 modulo 23 = 3)', () => {
    expect(cleUai('0951099')).toBe('D');
  });

  it('accepte une saisie en minuscules avec espaces', () => {
    expect(estUaiValide(normaliserUai(' 0951099d '))).toBe(true);
  });
});
