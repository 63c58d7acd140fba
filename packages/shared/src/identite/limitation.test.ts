import { describe, expect, it } from 'vitest';
import { limitationConnexion } from './limitation';

describe('limitationConnexion', () => {
  it('laisse essayer librement jusqu’à 4 échecs', () => {
    expect(limitationConnexion(4, 0)).toEqual({ autorise: true });
  });
  it.each([
    [5, 0, 2],
    [6, 1, 3],
    [9, 0, 32],
  ])('après %i échecs et %i s, fait attendre %i s', (echecs, depuis, attente) => {
    expect(limitationConnexion(echecs, depuis)).toEqual({ autorise: false, attenteSecondes: attente, bloque: false });
  });
  it('autorise de nouveau une fois le délai écoulé', () => {
    expect(limitationConnexion(6, 4)).toEqual({ autorise: true });
  });
  it('bloque 15 minutes à partir de 10 échecs', () => {
    expect(limitationConnexion(10, 60)).toEqual({ autorise: false, attenteSecondes: 840, bloque: true });
    expect(limitationConnexion(12, 900)).toEqual({ autorise: true });
  });
});
