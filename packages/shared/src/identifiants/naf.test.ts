import { describe, expect, it } from 'vitest';
import { estNafValide, formaterNaf, normaliserNaf } from './naf';

describe('code NAF', () => {
  it.each([
    ['10.71C', '1071C', true],
    ['1071c', '1071C', true],
    ['10.71', '1071', false],
    ['107C', '107C', false],
  ])('« %s » se stocke %s et est valide : %s', (saisie, normalise, valide) => {
    expect(normaliserNaf(saisie)).toBe(normalise);
    expect(estNafValide(normalise)).toBe(valide);
  });

  it('affiche le code avec son point : 10.71C', () => {
    expect(formaterNaf('1071C')).toBe('10.71C');
  });
});
