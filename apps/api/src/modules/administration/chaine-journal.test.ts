import { describe, expect, it } from 'vitest';
import { empreinteLigne, verifierChaine, type LigneChainee } from './chaine-journal';

function chaine(n: number): LigneChainee[] {
  const lignes: LigneChainee[] = [];
  let precedente: string | null = null;
  for (let i = 1; i <= n; i += 1) {
    const contenu = {
      sequence: i,
      id: `00000000-0000-4000-8000-00000000000${i}`,
      evenement: 'connexion_reussie',
      utilisateurId: i % 2 ? null : '11111111-1111-4111-8111-111111111111',
      ip: '127.0.0.1',
      detailsTexte: `{"espace": "opco", "n": ${i}}`,
      creeLeTexte: `2026-11-22T09:00:0${i}.123456`,
    };
    const empreinte = empreinteLigne(precedente, contenu);
    lignes.push({ ...contenu, empreinte, empreintePrecedente: precedente });
    precedente = empreinte;
  }
  return lignes;
}

describe('vérification de la chaîne du journal d’audit', () => {
  it('reconnaît une chaîne intacte, même lue en plusieurs lots', () => {
    const lignes = chaine(5);
    expect(verifierChaine(lignes).rupture).toBeNull();
    const premier = verifierChaine(lignes.slice(0, 2));
    const suite = verifierChaine(lignes.slice(2), premier.etat);
    expect(suite).toMatchObject({ rupture: null, etat: { lignes: 5, derniere: lignes[4]!.empreinte } });
  });

  it('signale la première ligne dont le contenu a été modifié', () => {
    const lignes = chaine(5);
    lignes[2] = { ...lignes[2]!, detailsTexte: '{"espace": "entreprise", "n": 3}' };
    expect(verifierChaine(lignes).rupture).toEqual({ sequence: 3, motif: expect.stringContaining('ligne modifiée') });
  });

  it('signale une ligne supprimée par la ligne qui la suivait', () => {
    const lignes = chaine(5);
    lignes.splice(1, 1);
    expect(verifierChaine(lignes).rupture).toEqual({ sequence: 3, motif: expect.stringContaining('ligne supprimée') });
  });

  it('signale une empreinte recalculée après coup, car la suivante ne s’y raccroche plus', () => {
    const lignes = chaine(4);
    const falsifiee = { ...lignes[1]!, evenement: 'connexion_refusee' };
    lignes[1] = { ...falsifiee, empreinte: empreinteLigne(falsifiee.empreintePrecedente, falsifiee) };
    expect(verifierChaine(lignes).rupture?.sequence).toBe(3);
  });

  it('ignore les lignes antérieures à la chaîne mais pas une ligne sans empreinte au milieu', () => {
    const anciennes = [{ ...chaine(1)[0]!, sequence: 0, empreinte: null, empreintePrecedente: null }];
    expect(verifierChaine([...anciennes, ...chaine(3)]).rupture).toBeNull();
    const lignes = chaine(3);
    lignes[1] = { ...lignes[1]!, empreinte: null };
    expect(verifierChaine(lignes).rupture?.sequence).toBe(2);
  });
});
