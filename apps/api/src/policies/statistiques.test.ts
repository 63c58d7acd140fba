import { describe, expect, it } from 'vitest';
import { Interdit, Introuvable, NonAuthentifie } from '../errors';
import type { SessionCourante, Utilisateur } from '../plugins/session';
import { exigerLecteurStatistiques, peutVoirStatistiques } from './statistiques';

const session = (role: Utilisateur['role'], compteId: string | null = null): SessionCourante => ({ idHash: 'h', csrfToken: 'c', seSouvenir: false, utilisateur: { id: 'u', role, compteId } as Utilisateur });

describe('qui voit le tableau de bord', () => {
  it.each([
    ['gestionnaire', false],
    ['superviseur', true],
    ['administrateur', true],
  ] as const)('le rôle %s le voit : %s', (role, voit) => {
    expect(peutVoirStatistiques(session(role).utilisateur)).toBe(voit);
    if (voit) expect(exigerLecteurStatistiques(session(role)).role).toBe(role);
    else expect(() => exigerLecteurStatistiques(session(role))).toThrow(Interdit);
  });

  it.each(['proprietaire', 'collaborateur', 'lecture_seule'] as const)('le cache au rôle employeur %s (404)', (role) => {
    expect(() => exigerLecteurStatistiques(session(role, 'c'))).toThrow(Introuvable);
  });

  it('demande une session (401)', () => {
    expect(() => exigerLecteurStatistiques(null)).toThrow(NonAuthentifie);
  });
});
