import { describe, expect, it } from 'vitest';
import type { Controle } from '../controles/controle.schema';
import { controlesEnEchec, decisionAutomatiqueActive, type RegleDecisionAutomatique } from './decision-automatique';

describe('décision automatique à l’envoi', () => {
  const regles: RegleDecisionAutomatique[] = [
    { dispositif: 'apprentissage', idcc: null, active: true },
    { dispositif: 'apprentissage', idcc: '0843', active: false },
    { dispositif: 'action_individuelle', idcc: '2596', active: true },
  ];

  it.each([
    ['apprentissage', '1527', true, 'le défaut du dispositif s’applique à une branche sans ligne'],
    ['apprentissage', '0843', false, 'la ligne de la branche l’emporte sur le défaut'],
    ['apprentissage', null, true, 'sans branche connue, le défaut du dispositif'],
    ['action_individuelle', '2596', true, 'une branche peut l’activer sans défaut du dispositif'],
    ['action_individuelle', '1527', false, 'sans aucune ligne, elle est coupée'],
    ['pro_a', '0843', false, 'un dispositif sans règle : coupée'],
  ] as const)('%s / %s → %s (%s)', (dispositif, idcc, attendu, _raison) => {
    expect(decisionAutomatiqueActive(regles, dispositif, idcc)).toBe(attendu);
  });

  const ok: Controle = { code: 'age', niveau: 'ok', message: 'Âge vérifié', champ: 'apprenti.dateNaissance' };
  const avertissement: Controle = { code: 'salaire', niveau: 'avertissement', message: 'Salaire à vérifier', champ: 'contrat.salaire' };

  it('ne retient aucun échec quand tout passe et que le moteur donne un montant', () => {
    expect(controlesEnEchec([ok], { eligible: true, motifs: [], montantCentimes: 100 })).toEqual([]);
  });

  it('tient pour satisfait par l’envoi le rappel « à transmettre au plus tard le… », pas un dépôt hors délai', () => {
    const aTransmettre: Controle = { code: 'DEPOT_A_TRANSMETTRE', niveau: 'avertissement', message: 'À transmettre au plus tard le 26/11/2026', champ: 'contrat.dateDebutExecution' };
    const horsDelai: Controle = { code: 'DEPOT_HORS_DELAI', niveau: 'avertissement', message: 'Délai dépassé', champ: 'contrat.dateDebutExecution' };
    expect(controlesEnEchec([aTransmettre], { eligible: true, motifs: [], montantCentimes: 100 })).toEqual([]);
    expect(controlesEnEchec([horsDelai], { eligible: true, motifs: [], montantCentimes: 100 }).map((e) => e.code)).toEqual(['DEPOT_HORS_DELAI']);
  });

  it('liste les avertissements, un montant indisponible, refusé ou nul', () => {
    expect(controlesEnEchec([ok, avertissement], { eligible: true, motifs: [], montantCentimes: 100 })).toEqual([{ code: 'salaire', message: 'Salaire à vérifier', champ: 'contrat.salaire' }]);
    expect(controlesEnEchec([], { indisponible: 'NPEC manquant' })).toEqual([{ code: 'estimation_indisponible', message: 'NPEC manquant', champ: '' }]);
    expect(controlesEnEchec([], { eligible: false, motifs: ['Entreprise de 50 salariés ou plus'], montantCentimes: 0 }).map((e) => e.message)).toEqual(['Entreprise de 50 salariés ou plus']);
    expect(controlesEnEchec([], { eligible: true, motifs: [], montantCentimes: 0 }).map((e) => e.code)).toEqual(['estimation_nulle']);
  });
});
