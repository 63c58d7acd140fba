import { describe, expect, it } from 'vitest';
import { exempleComplet } from '../demande/formulaire/exemples-complets';
import { FORMULAIRES } from '../demande/formulaire/formulaires';
import { champsDemandables, contenuParEtape, valeurAffichee } from './contenu-demande';

describe('contenu d’une demande, étape par étape', () => {
  it('montre chaque étape du formulaire avec les libellés des champs et des options', () => {
    const contenu = contenuParEtape('apprentissage', exempleComplet('apprentissage', '2026-11-20'));
    expect(contenu.map((e) => e.titre)).toEqual(FORMULAIRES.apprentissage.etapes.filter((e) => !e.visible || e.visible(exempleComplet('apprentissage', '2026-11-20'))).map((e) => e.titre));
    const apprenti = contenu.find((e) => e.id === 'apprenti')!;
    expect(apprenti.champs.find((c) => c.chemin === 'apprenti.prenom')).toEqual({ chemin: 'apprenti.prenom', libelle: 'Prénom', valeur: 'Léa' });
    expect(apprenti.champs.find((c) => c.chemin === 'apprenti.dateNaissance')?.valeur).toMatch(/^\d{2}\/\d{2}\/\d{4}$/);
  });

  it.each([
    [{ chemin: 'a', libelle: 'A', type: 'oui_non', obligatoire: true } as const, true, 'Oui'],
    [{ chemin: 'a', libelle: 'A', type: 'oui_non', obligatoire: true } as const, false, 'Non'],
    [{ chemin: 'a', libelle: 'A', type: 'choix', obligatoire: true, options: [{ code: '1', libelle: 'Française' }] } as const, '1', 'Française'],
    [{ chemin: 'a', libelle: 'A', type: 'date', obligatoire: true } as const, '2026-09-01', '01/09/2026'],
    [{ chemin: 'a', libelle: 'A', type: 'montant', obligatoire: true } as const, 123_456, '1 234,56 €'],
    [{ chemin: 'a', libelle: 'A', type: 'entier', obligatoire: true, unite: 'heures' } as const, 35, '35 heures'],
    [{ chemin: 'a', libelle: 'A', type: 'texte', obligatoire: true } as const, '', null],
  ])('affiche la valeur d’un champ %o', (champ, valeur, attendu) => {
    expect(valeurAffichee(champ, valeur)?.replace(/\s/g, ' ') ?? null).toBe(attendu);
  });

  it('liste les champs qu’un gestionnaire peut demander de corriger, avec leur étape', () => {
    const champs = champsDemandables('professionnalisation', exempleComplet('professionnalisation', '2026-11-20'));
    expect(champs.length).toBeGreaterThan(10);
    expect(champs.every((c) => c.libelle && c.etape)).toBe(true);
  });
});
