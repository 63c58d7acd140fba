import { describe, expect, it } from 'vitest';
import { Introuvable, NonAuthentifie } from '../errors';
import type { SessionCourante, Utilisateur } from '../plugins/session';
import { exigerEmployeur } from './espaces';

const utilisateur = (role: Utilisateur['role'], compteId: string | null): SessionCourante => ({
  idHash: 'h',
  csrfToken: 'c',
  seSouvenir: false,
  utilisateur: { id: 'u', role, compteId } as Utilisateur,
});

describe('exigerEmployeur', () => {
  it('refuse une personne non connectée (401)', () => {
    expect(() => exigerEmployeur(null)).toThrow(NonAuthentifie);
  });
  it.each(['gestionnaire', 'superviseur', 'administrateur'] as const)('cache l’espace employeur au rôle %s (404)', (role) => {
    expect(() => exigerEmployeur(utilisateur(role, null))).toThrow(Introuvable);
  });
  it.each(['proprietaire', 'collaborateur', 'lecture_seule'] as const)('laisse entrer le rôle %s rattaché à un compte', (role) => {
    expect(exigerEmployeur(utilisateur(role, 'compte-1')).compteId).toBe('compte-1');
  });
});
