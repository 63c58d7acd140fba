import { describe, expect, it } from 'vitest';
import { ajouterJours } from '../commun/dates';
import type { StatutDemande } from '../demande/statut.schema';
import { referentielParDefaut } from '../referentiel/referentiel-par-defaut';
import { delaiLegal, delaisDecision, dernierJourDepasse, dernierJourEnAlerte, libelleJours, motifDuSilence, regleDuSilence } from './delai-legal';

const DELAIS = delaisDecision(referentielParDefaut, '2026-11-01');
const COMPLET = '2026-11-01';

describe('délai légal de décision', () => {
  it('lit 20 jours et une alerte au 15e jour dans le référentiel daté', () => {
    expect(DELAIS).toEqual({ decisionJours: 20, alerteAPartirDuJour: 15 });
  });

  it.each([
    [0, 20, false, false],
    [14, 6, false, false],
    [15, 5, true, false],
    [19, 1, true, false],
    [20, 0, true, false],
    [21, -1, true, true],
    [30, -10, true, true],
  ])('au jour %i du dossier complet : %i jours restants, alerte %s, dépassé %s', (jour, restants, alerte, depasse) => {
    const delai = delaiLegal({ dossierCompletLe: COMPLET, statut: 'en_cours_de_traitement', now: ajouterJours(COMPLET, jour) }, DELAIS);
    expect(delai).toEqual({ echeance: '2026-11-21', joursEcoules: jour, joursRestants: restants, alerte, depasse });
  });

  it.each<[StatutDemande, string | null, boolean]>([
    ['envoye', COMPLET, true],
    ['en_cours_de_traitement', COMPLET, true],
    ['a_completer', COMPLET, false],
    ['a_completer', null, false],
    ['brouillon', null, false],
    ['pris_en_charge', COMPLET, false],
    ['refuse', COMPLET, false],
    ['annule', COMPLET, false],
  ])('au statut %s (dossier complet le %s) : délai qui court %s', (statut, dossierCompletLe, court) => {
    expect(delaiLegal({ dossierCompletLe, statut, now: '2026-11-10' }, DELAIS) !== null).toBe(court);
  });

  it('repart du jour où le dossier redevient complet après des compléments', () => {
    const delai = delaiLegal({ dossierCompletLe: '2026-11-25', statut: 'en_cours_de_traitement', now: '2026-11-30' }, DELAIS);
    expect(delai).toMatchObject({ echeance: '2026-12-15', joursRestants: 15, alerte: false });
  });

  it('donne aux corbeilles le dernier jour de dossier complet en alerte et le dernier dépassé', () => {
    const aujourdhui = '2026-11-22';
    expect(dernierJourEnAlerte(aujourdhui, DELAIS)).toBe('2026-11-07');
    expect(delaiLegal({ dossierCompletLe: '2026-11-07', statut: 'envoye', now: aujourdhui }, DELAIS)?.alerte).toBe(true);
    expect(delaiLegal({ dossierCompletLe: '2026-11-08', statut: 'envoye', now: aujourdhui }, DELAIS)?.alerte).toBe(false);
    expect(dernierJourDepasse(aujourdhui, DELAIS)).toBe('2026-11-01');
    expect(delaiLegal({ dossierCompletLe: '2026-11-01', statut: 'envoye', now: aujourdhui }, DELAIS)?.depasse).toBe(true);
    expect(delaiLegal({ dossierCompletLe: '2026-11-02', statut: 'envoye', now: aujourdhui }, DELAIS)?.depasse).toBe(false);
  });

  it.each([
    [5, 'J-5'],
    [0, 'J-0'],
    [-2, 'J+2'],
  ])('affiche %i jours restants comme « %s »', (joursRestants, libelle) => {
    expect(libelleJours({ joursRestants })).toBe(libelle);
  });
});

describe('règle du silence', () => {
  it.each([
    ['apprentissage', 'refuser'],
    ['professionnalisation', 'accepter'],
    ['pro_a', 'accepter'],
    ['action_individuelle', null],
  ] as const)('le silence de l’OPCO sur une demande %s vaut : %s', (dispositif, effet) => {
    expect(regleDuSilence(dispositif)).toBe(effet);
  });

  it('cite l’article du code du travail dans le motif', () => {
    expect(motifDuSilence('apprentissage', DELAIS)).toBe('Absence de réponse de l’OPCO dans les 20 jours (article D6224-2 du code du travail) : le silence vaut refus.');
    expect(motifDuSilence('pro_a', DELAIS)).toContain('D6325-1 et D6325-2');
    expect(motifDuSilence('action_individuelle', DELAIS)).toBeNull();
  });
});
