import { describe, expect, it } from 'vitest';
import { ajouterJoursOuvrables, dimancheDePaques, estJourOuvrable, joursFeries } from './jours-ouvrables';

describe('jours ouvrables', () => {
  it.each([
    [2024, '2024-03-31'],
    [2025, '2025-04-20'],
    [2026, '2026-04-05'],
  ])('situe Pâques %i le %s', (annee, paques) => {
    expect(dimancheDePaques(annee)).toBe(paques);
  });

  it('liste les onze jours fériés de 2025, lundi de Pâques, Ascension et Pentecôte compris', () => {
    expect(joursFeries(2025)).toEqual([
      '2025-01-01', '2025-04-21', '2025-05-01', '2025-05-08', '2025-05-29', '2025-06-09',
      '2025-07-14', '2025-08-15', '2025-11-01', '2025-11-11', '2025-12-25',
    ]);
  });

  it.each([
    ['2025-09-06', true],
    ['2025-09-07', false],
    ['2025-07-14', false],
  ])('le %s est un jour ouvrable : %s', (date, attendu) => {
    expect(estJourOuvrable(date)).toBe(attendu);
  });

  it.each([
    ['2025-09-01', '2025-09-06'],
    ['2025-09-05', '2025-09-11'],
    ['2025-07-10', '2025-07-17'],
    ['2025-12-23', '2025-12-30'],
  ])('cinq jours ouvrables après le %s mènent au %s (dimanches et fériés exclus)', (date, attendu) => {
    expect(ajouterJoursOuvrables(date, 5)).toBe(attendu);
  });
});
