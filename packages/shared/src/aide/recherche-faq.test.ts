import { describe, expect, it } from 'vitest';
import { motsDeRecherche } from './recherche-faq';

describe('les mots d’une recherche dans la foire aux questions', () => {
  it('garde les mots porteurs de sens, sans les mots courts ni les mots vides', () => {
    expect(motsDeRecherche('Comment je fais pour mon remboursment ?')).toEqual(['remboursment']);
  });

  it('sépare sur la ponctuation et ne répète pas un mot', () => {
    expect(motsDeRecherche("mot-de-passe oublié, mot de passe")).toEqual(['mot', 'passe', 'oublié']);
  });

  it('ne garde rien d’une recherche faite seulement de mots vides', () => {
    expect(motsDeRecherche('comment pour les')).toEqual([]);
  });

  it('limite le nombre de mots retenus', () => {
    expect(motsDeRecherche('alpha bravo charlie delta echo foxtrot golf hotel india juliet')).toHaveLength(8);
  });
});
