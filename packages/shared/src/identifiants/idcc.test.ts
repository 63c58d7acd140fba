import { describe, expect, it } from 'vitest';
import { estIdccValide, libelleIdccSpecial, normaliserIdcc } from './idcc';

describe('IDCC', () => {
  it.each([
    ['843', '0843', true],
    ['0843', '0843', true],
    ['3', '0003', true],
    ['9999', '9999', true],
    ['0', '0000', false],
    ['12345', '12345', false],
    ['84A', '84A', false],
  ])('« %s » se stocke %s et est valide : %s', (saisie, normalise, valide) => {
    expect(normaliserIdcc(saisie)).toBe(normalise);
    expect(estIdccValide(normalise)).toBe(valide);
  });

  it.each([
    ['9999', 'Aucune convention collective'],
    ['9998', 'Convention collective en cours de négociation'],
    ['0843', null],
  ])('donne à l’IDCC %s le libellé spécial %s', (idcc, libelle) => {
    expect(libelleIdccSpecial(idcc)).toBe(libelle);
  });
});
