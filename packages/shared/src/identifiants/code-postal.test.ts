import { describe, expect, it } from 'vitest';
import { estCodePostalValide, normaliserCodePostal } from './code-postal';

describe('code postal', () => {
  it.each([
    ['75001', true],
    ['97400', true],
    ['20000', true],
    ['01000', true],
    ['00100', false],
    ['99000', false],
    ['7500', false],
  ])('le code postal %s est valide : %s', (code, valide) => {
    expect(estCodePostalValide(normaliserCodePostal(code))).toBe(valide);
  });
});
