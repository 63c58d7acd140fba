import { describe, expect, it } from 'vitest';
import { formaterNumeroDossier, lireNumeroDossier, PREFIXES_DOSSIER } from './numero';

describe('numéro de dossier', () => {
  it.each([
    ['apprentissage', 'AP-2026-000123'],
    ['professionnalisation', 'PRO-2026-000123'],
    ['pro_a', 'PROA-2026-000123'],
    ['action_individuelle', 'AI-2026-000123'],
  ] as const)('numérote une demande %s en %s', (dispositif, attendu) => {
    expect(formaterNumeroDossier(dispositif, 2026, 123)).toBe(attendu);
  });

  it('donne à chaque dispositif un préfixe distinct', () => {
    const prefixes = Object.values(PREFIXES_DOSSIER);
    expect(new Set(prefixes).size).toBe(prefixes.length);
  });

  it('écrit le rang sur six chiffres, du premier au millionième moins un', () => {
    expect(formaterNumeroDossier('apprentissage', 2025, 1)).toBe('AP-2025-000001');
    expect(formaterNumeroDossier('apprentissage', 2025, 999_999)).toBe('AP-2025-999999');
    expect(() => formaterNumeroDossier('apprentissage', 2025, 0)).toThrow(RangeError);
    expect(() => formaterNumeroDossier('apprentissage', 2025, 1_000_000)).toThrow(RangeError);
    expect(() => formaterNumeroDossier('apprentissage', 25, 1)).toThrow(RangeError);
  });

  it('relit un numéro saisi avec des espaces ou en minuscules', () => {
    expect(lireNumeroDossier(' proa-2026-000042 ')).toEqual({ dispositif: 'pro_a', annee: 2026, rang: 42 });
    expect(lireNumeroDossier('PRO-2026-000042')).toEqual({ dispositif: 'professionnalisation', annee: 2026, rang: 42 });
    expect(lireNumeroDossier('AI - 2026 - 000007')).toEqual({ dispositif: 'action_individuelle', annee: 2026, rang: 7 });
  });

  it.each(['AP-2026-123', 'XX-2026-000123', 'AP-2026-000000', 'AP2026000123', ''])('ne reconnaît pas « %s » comme un numéro', (saisie) => {
    expect(lireNumeroDossier(saisie)).toBeUndefined();
  });

  it('relit ce qu’il écrit', () => {
    for (const dispositif of Object.keys(PREFIXES_DOSSIER) as (keyof typeof PREFIXES_DOSSIER)[]) {
      expect(lireNumeroDossier(formaterNumeroDossier(dispositif, 2027, 9_876))).toEqual({ dispositif, annee: 2027, rang: 9_876 });
    }
  });
});
