import { describe, expect, it } from 'vitest';
import { Interdit, Introuvable, NonAuthentifie } from '../errors';
import type { SessionCourante, Utilisateur } from '../plugins/session';
import { actionsMembre, exigerAdministrateur } from './administration';

const session = (role: Utilisateur['role'], compteId: string | null = null): SessionCourante => ({
  idHash: 'h',
  csrfToken: 'c',
  seSouvenir: false,
  utilisateur: { id: 'moi', role, compteId } as Utilisateur,
});

describe('qui administre le portail', () => {
  it('demande de se connecter à une personne non connectée (401)', () => {
    expect(() => exigerAdministrateur(null)).toThrow(NonAuthentifie);
  });

  it.each(['proprietaire', 'collaborateur', 'lecture_seule'] as const)('cache l’administration au rôle employeur %s (404)', (role) => {
    expect(() => exigerAdministrateur(session(role, 'compte-1'))).toThrow(Introuvable);
  });

  it.each(['gestionnaire', 'superviseur'] as const)('refuse l’administration au rôle %s (403)', (role) => {
    expect(() => exigerAdministrateur(session(role))).toThrow(Interdit);
  });

  it('ouvre l’administration à un administrateur', () => {
    expect(exigerAdministrateur(session('administrateur')).role).toBe('administrateur');
  });
});

describe('ce qu’un administrateur peut faire sur un compte du personnel', () => {
  const admin = session('administrateur').utilisateur;

  it('ne propose rien sur son propre compte', () => {
    expect(actionsMembre(admin, { id: 'moi', role: 'administrateur', statut: 'actif' }, 3)).toEqual([]);
  });

  it('ne permet ni de désactiver ni de rétrograder le dernier administrateur actif', () => {
    expect(actionsMembre(admin, { id: 'autre', role: 'administrateur', statut: 'actif' }, 1)).toEqual([]);
    expect(actionsMembre(admin, { id: 'autre', role: 'administrateur', statut: 'actif' }, 2)).toEqual(['changer_role', 'desactiver']);
  });

  it('propose de renvoyer l’invitation à qui n’a pas (ou plus) accès', () => {
    expect(actionsMembre(admin, { id: 'g', role: 'gestionnaire', statut: 'invitation_expiree' }, 1)).toEqual(['changer_role', 'desactiver', 'renvoyer_invitation']);
    expect(actionsMembre(admin, { id: 'g', role: 'gestionnaire', statut: 'desactive' }, 1)).toEqual(['renvoyer_invitation']);
    expect(actionsMembre(admin, { id: 'g', role: 'gestionnaire', statut: 'actif' }, 1)).toEqual(['changer_role', 'desactiver']);
  });
});
