import { describe, expect, it } from 'vitest';
import { Interdit, Introuvable, NonAuthentifie } from '../errors';
import type { SessionCourante, Utilisateur } from '../plugins/session';
import { actionsDemandeAssistance, exigerAdministrateurAide, exigerPersonnelAssistance, peutVoterFaq } from './aide';

const session = (role: Utilisateur['role'], compteId: string | null = null): SessionCourante => ({
  idHash: 'h',
  csrfToken: 'c',
  seSouvenir: false,
  utilisateur: { id: 'u', role, compteId } as Utilisateur,
});

describe('qui peut quoi dans « Besoin d’aide ? »', () => {
  it.each(['proprietaire', 'collaborateur', 'lecture_seule'] as const)('le rôle %s peut dire si une réponse l’a aidé', (role) => {
    expect(peutVoterFaq(session(role, 'compte-1').utilisateur)).toBe(true);
  });

  it.each(['gestionnaire', 'superviseur', 'administrateur'] as const)('le rôle %s ne vote pas sur la foire aux questions', (role) => {
    expect(peutVoterFaq(session(role).utilisateur)).toBe(false);
  });

  it('une personne non connectée ne vote pas', () => {
    expect(peutVoterFaq(undefined)).toBe(false);
  });

  it.each(['gestionnaire', 'superviseur', 'administrateur'] as const)('le rôle %s traite les demandes d’assistance', (role) => {
    expect(exigerPersonnelAssistance(session(role)).role).toBe(role);
  });

  it('cache les demandes d’assistance de l’OPCO à un employeur (404) et demande de se connecter sinon (401)', () => {
    expect(() => exigerPersonnelAssistance(session('proprietaire', 'compte-1'))).toThrow(Introuvable);
    expect(() => exigerPersonnelAssistance(null)).toThrow(NonAuthentifie);
  });

  it('ne montre les avis sur la foire aux questions qu’aux administrateurs', () => {
    expect(exigerAdministrateurAide(session('administrateur')).role).toBe('administrateur');
    expect(() => exigerAdministrateurAide(session('gestionnaire'))).toThrow(Interdit);
    expect(() => exigerAdministrateurAide(session('superviseur'))).toThrow(Interdit);
    expect(() => exigerAdministrateurAide(session('collaborateur', 'compte-1'))).toThrow(Introuvable);
  });

  it('laisse l’OPCO répondre et l’employeur écrire à nouveau, quel que soit le statut', () => {
    expect(actionsDemandeAssistance('en_attente', 'opco')).toEqual(['repondre']);
    expect(actionsDemandeAssistance('repondu', 'opco')).toEqual(['repondre']);
    expect(actionsDemandeAssistance('en_attente', 'entreprise')).toEqual(['relancer']);
  });
});
