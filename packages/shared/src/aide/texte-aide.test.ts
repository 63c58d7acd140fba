import { describe, expect, it } from 'vitest';
import { analyserTexteAide, estCheminInterne, liensExternes, texteBrut } from './texte-aide';

describe('le texte des guides et de la foire aux questions', () => {
  it('sépare les paragraphes sur une ligne vide et recolle les lignes d’un même paragraphe', () => {
    expect(analyserTexteAide('Premier\nparagraphe.\n\n  Second.  \n\n\n')).toEqual([
      [{ type: 'texte', texte: 'Premier paragraphe.' }],
      [{ type: 'texte', texte: 'Second.' }],
    ]);
  });

  it('transforme [libellé](/chemin) en lien vers un écran du portail', () => {
    expect(analyserTexteAide('Ouvrez [Mes financements](/mes-financements/en-cours) puis cherchez.')).toEqual([
      [
        { type: 'texte', texte: 'Ouvrez ' },
        { type: 'lien', libelle: 'Mes financements', chemin: '/mes-financements/en-cours' },
        { type: 'texte', texte: ' puis cherchez.' },
      ],
    ]);
  });

  it.each(['https://exemple.test', '//exemple.test/x', 'javascript:alert', '/a\\b', 'mes-financements'])(
    'laisse en texte un lien qui sortirait du portail : %s',
    (chemin) => {
      expect(estCheminInterne(chemin)).toBe(false);
      expect(analyserTexteAide(`Voir [ici](${chemin}).`).flat().every((s) => s.type === 'texte')).toBe(true);
      expect(liensExternes(`Voir [ici](${chemin}).`)).toEqual([chemin]);
    },
  );

  it('n’interprète jamais de HTML', () => {
    expect(analyserTexteAide('<b>gras</b>')).toEqual([[{ type: 'texte', texte: '<b>gras</b>' }]]);
  });

  it('donne le texte sans balisage', () => {
    expect(texteBrut('Allez dans [Mon entreprise](/mon-entreprise).\n\nFin.')).toBe('Allez dans Mon entreprise.\n\nFin.');
  });
});
