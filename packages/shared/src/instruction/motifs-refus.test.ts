import { describe, expect, it } from 'vitest';
import { MOTIFS_REFUS, motifRefusComplet } from './motifs-refus';

describe('motifs de refus', () => {
  it('propose les six motifs, chacun avec un code unique et un libellé', () => {
    expect(MOTIFS_REFUS.map((m) => m.code)).toEqual(['ineligible', 'non_conforme', 'hors_delai', 'fonds_epuises', 'certification_non_eligible', 'autre']);
    expect(new Set(MOTIFS_REFUS.map((m) => m.libelle)).size).toBe(6);
  });

  it.each([
    ['hors_delai', 'Formation commencée le 3 mars.', 'Demande déposée hors délai : Formation commencée le 3 mars.'],
    ['fonds_epuises', '  ', 'Fonds de la branche épuisés'],
  ] as const)('écrit le motif %s suivi de l’explication', (code, texte, attendu) => {
    expect(motifRefusComplet(code, texte)).toBe(attendu);
  });
});
