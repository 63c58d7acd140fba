import { describe, expect, it } from 'vitest';
import { formaterSiret } from './format';

describe('formaterSiret', () => {
  it('groupe le SIREN par trois chiffres puis le NIC', () => {
    expect(formaterSiret('49383230900111')).toBe('493 832 309 00111');
  });
});
