import { FORMULAIRES, verifierFormulaire } from '@mse/shared/demande/formulaire/formulaires';
import { exempleComplet } from '@mse/shared/demande/formulaire/exemples-complets';
import { ecrire } from '@mse/shared/demande/formulaire/champs';
import { referentielParDefaut } from '@mse/shared/referentiel/referentiel-par-defaut';
import { describe, expect, it } from 'vitest';
import { cibleDuProbleme, situerProblemes } from './verification';

const { etapes } = FORMULAIRES.apprentissage;

describe('où corriger un problème', () => {
  it('mène au champ exact, à la pièce, ou au premier champ d’une liste', () => {
    expect(cibleDuProbleme(etapes, {}, 'apprenti.dateNaissance')).toMatchObject({ etape: 'apprenti', champ: { chemin: 'apprenti.dateNaissance' } });
    expect(cibleDuProbleme(etapes, {}, 'pieces.cerfa_signe')).toEqual({ etape: 'pieces', champ: null });
    expect(cibleDuProbleme(etapes, {}, 'maitresApprentissage')).toMatchObject({ etape: 'maitres-apprentissage', champ: { chemin: 'maitresApprentissage.0.nom' } });
  });

  it('situe chaque problème d’un brouillon incomplet sur une étape du formulaire', () => {
    const aujourdhui = '2026-09-10';
    const donnees = ecrire(exempleComplet('apprentissage', aujourdhui), 'apprenti.nom', undefined);
    const { problemes } = verifierFormulaire('apprentissage', donnees, referentielParDefaut, aujourdhui);
    const situes = situerProblemes(etapes, donnees, problemes);
    expect(situes).toEqual([expect.objectContaining({ chemin: 'apprenti.nom', cible: expect.objectContaining({ etape: 'apprenti' }) })]);
  });
});
