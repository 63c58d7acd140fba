import { describe, expect, it } from 'vitest';
import { Interdit, Introuvable, NonAuthentifie } from '../errors';
import type { SessionCourante, Utilisateur } from '../plugins/session';
import { exigerAccesEstimations, exigerAdministrateurReferentiel, exigerLecteurReferentiel, peutModifierReferentiel } from './referentiel';

const session = (role: Utilisateur['role'], compteId: string | null = null): SessionCourante => ({
  idHash: 'h',
  csrfToken: 'c',
  seSouvenir: false,
  utilisateur: { id: 'u', role, compteId } as Utilisateur,
});

describe('qui lit et qui modifie le référentiel', () => {
  it('refuse une personne non connectée (401)', () => {
    expect(() => exigerLecteurReferentiel(null)).toThrow(NonAuthentifie);
    expect(() => exigerAdministrateurReferentiel(null)).toThrow(NonAuthentifie);
    expect(() => exigerAccesEstimations(null)).toThrow(NonAuthentifie);
  });

  it.each(['proprietaire', 'collaborateur', 'lecture_seule'] as const)('cache le référentiel au rôle employeur %s (404)', (role) => {
    expect(() => exigerLecteurReferentiel(session(role, 'compte-1'))).toThrow(Introuvable);
    expect(() => exigerAdministrateurReferentiel(session(role, 'compte-1'))).toThrow(Introuvable);
  });

  it.each(['gestionnaire', 'superviseur'] as const)('laisse le rôle %s lire le référentiel mais pas le modifier (403)', (role) => {
    expect(exigerLecteurReferentiel(session(role)).role).toBe(role);
    expect(peutModifierReferentiel(session(role).utilisateur)).toBe(false);
    expect(() => exigerAdministrateurReferentiel(session(role))).toThrow(Interdit);
  });

  it('laisse un administrateur lire et modifier le référentiel', () => {
    expect(exigerAdministrateurReferentiel(session('administrateur')).role).toBe('administrateur');
    expect(peutModifierReferentiel(session('administrateur').utilisateur)).toBe(true);
  });

  it.each(['proprietaire', 'gestionnaire', 'administrateur'] as const)('ouvre les estimations au rôle %s', (role) => {
    expect(exigerAccesEstimations(session(role, role === 'proprietaire' ? 'compte-1' : null)).role).toBe(role);
  });
});
