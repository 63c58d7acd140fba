import { describe, expect, it } from 'vitest';
import { Conflit, Interdit, Introuvable, NonAuthentifie } from '../errors';
import type { SessionCourante, Utilisateur } from '../plugins/session';
import { actionsRemboursement, exigerDecisionRemboursement, exigerGestionDesLots, exigerPersonnelFacturation, peutGererLesLots } from './facturation';

const utilisateur = (role: Utilisateur['role'], compteId: string | null = null) => ({ id: 'u', role, compteId }) as Utilisateur;
const session = (role: Utilisateur['role'], compteId: string | null = null): SessionCourante => ({ idHash: 'h', csrfToken: 'c', seSouvenir: false, utilisateur: utilisateur(role, compteId) });
const aExaminer = { statut: 'a_venir' as const, accepteLe: null, lotPaiementId: null };
const accepte = { statut: 'a_venir' as const, accepteLe: new Date(), lotPaiementId: null };

describe('qui examine et paie les remboursements', () => {
  it.each(['gestionnaire', 'superviseur', 'administrateur'] as const)('le rôle %s entre dans la facturation', (role) => {
    expect(exigerPersonnelFacturation(session(role)).role).toBe(role);
  });

  it.each(['proprietaire', 'collaborateur', 'lecture_seule'] as const)('cache la facturation au rôle employeur %s (404), et 401 sans session', (role) => {
    expect(() => exigerPersonnelFacturation(session(role, 'compte-1'))).toThrow(Introuvable);
    expect(() => exigerPersonnelFacturation(null)).toThrow(NonAuthentifie);
  });

  it('réserve les lots de paiement au superviseur et à l’administrateur', () => {
    expect(peutGererLesLots(utilisateur('gestionnaire'))).toBe(false);
    expect(() => exigerGestionDesLots(utilisateur('gestionnaire'))).toThrow(Interdit);
    expect(() => exigerGestionDesLots(utilisateur('superviseur'))).not.toThrow();
    expect(peutGererLesLots(utilisateur('administrateur'))).toBe(true);
  });
});

describe('décisions sur une demande de remboursement, par étape', () => {
  it.each(['gestionnaire', 'superviseur', 'administrateur'] as const)('%s : accepter ou refuser une demande à examiner, sur un dossier en paiement', (role) => {
    expect(actionsRemboursement(utilisateur(role), aExaminer, { statut: 'pris_en_charge' })).toEqual(['accepter', 'refuser']);
    expect(actionsRemboursement(utilisateur(role), aExaminer, { statut: 'facturation_en_cours' })).toEqual(['accepter', 'refuser']);
  });

  it('ne propose que le refus quand le dossier n’est plus en paiement', () => {
    expect(actionsRemboursement(utilisateur('gestionnaire'), aExaminer, { statut: 'annule' })).toEqual(['refuser']);
    expect(() => exigerDecisionRemboursement(utilisateur('gestionnaire'), aExaminer, { statut: 'solde' }, 'accepter')).toThrow('le dossier est au statut « Soldé »');
  });

  it.each([
    ['accepté', accepte],
    ['en lot', { ...accepte, lotPaiementId: 'lot' }],
    ['payé', { ...accepte, statut: 'paye' as const }],
    ['refusé', { ...aExaminer, statut: 'refuse' as const }],
  ])('une demande déjà examinée (%s) : plus aucune décision, 409 qui nomme qui l’a examinée', (_nom, r) => {
    expect(actionsRemboursement(utilisateur('superviseur'), r, { statut: 'facturation_en_cours' })).toEqual([]);
    const decider = () => exigerDecisionRemboursement(utilisateur('gestionnaire'), { ...r, examinePar: 'Thomas LEROY' }, { statut: 'facturation_en_cours' }, 'refuser');
    expect(decider).toThrow(Conflit);
    expect(decider).toThrow(/^Impossible de refuser ce remboursement : il a déjà été examiné par Thomas LEROY/);
  });
});

describe('message du refus d’une décision', () => {
  it('élide devant une voyelle', () => {
    expect(() => exigerDecisionRemboursement(utilisateur('gestionnaire'), { ...accepte, examinePar: null }, { statut: 'facturation_en_cours' }, 'accepter')).toThrow(/^Impossible d’accepter ce remboursement : il a déjà été examiné \(étape « Accepté »\)/);
  });
});
