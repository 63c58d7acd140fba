import { describe, expect, it } from 'vitest';
import { estTelephoneValide, formaterTelephone, normaliserTelephone } from './telephone';

describe('téléphone', () => {
  it.each([
    ['06 12 34 56 78', '+33612345678'],
    ['06.12.34.56.78', '+33612345678'],
    ['0612345678', '+33612345678'],
    ['+33 6 12 34 56 78', '+33612345678'],
    ['+33 (0)6 12 34 56 78', '+33612345678'],
    ['0033 1 23 45 67 89', '+33123456789'],
  ])('normalise « %s » en %s', (saisie, attendu) => {
    expect(normaliserTelephone(saisie)).toBe(attendu);
    expect(estTelephoneValide(attendu)).toBe(true);
  });

  it.each(['+330612345678', '612345678', '06 12 34 56', '+44 20 7946 0958'])('refuse « %s »', (saisie) => {
    expect(estTelephoneValide(normaliserTelephone(saisie))).toBe(false);
  });

  it('affiche le numéro sous sa forme nationale', () => {
    expect(formaterTelephone('+33612345678')).toBe('06 12 34 56 78');
  });
});
