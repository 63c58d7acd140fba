import { describe, expect, it } from 'vitest';
import { estCfdValide, estRncpValide, estRsValide, normaliserCfd, normaliserRncp, normaliserRs } from './certification';

describe('codes de certification', () => {
  it.each([
    ['RNCP35316', 'RNCP35316', true],
    ['rncp 35316', 'RNCP35316', true],
    ['35316', 'RNCP35316', true],
    ['1002', 'RNCP1002', true],
    ['RNCP12', 'RNCP12', false],
    ['RNCP123456', 'RNCP123456', false],
  ])('le code RNCP « %s » devient %s et est valide : %s', (saisie, normalise, valide) => {
    expect(normaliserRncp(saisie)).toBe(normalise);
    expect(estRncpValide(normaliserRncp(saisie))).toBe(valide);
  });

  it.each([
    ['rs5012', true],
    ['RS', false],
    ['5012', false],
  ])('le code RS « %s » est valide : %s', (saisie, valide) => {
    expect(estRsValide(normaliserRs(saisie))).toBe(valide);
  });

  it.each([
    ['50022137', true],
    ['32031213', true],
    ['4002212a', true],
    ['5002213', false],
    ['5002213ZZ', false],
    ['ABCD1234', false],
  ])('le code diplôme « %s » est valide : %s', (saisie, valide) => {
    expect(estCfdValide(normaliserCfd(saisie))).toBe(valide);
  });
});
