import { describe, expect, it } from 'vitest';
import { formaterEuros } from './montant';

describe('formaterEuros', () => {
  it('affiche les centimes en euros à la française', () => {
    expect(formaterEuros(133698).replace(/\s/g, ' ')).toBe('1 336,98 €');
  });
});
