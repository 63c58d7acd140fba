import { describe, expect, it } from 'vitest';
import { Interdit } from '../errors';
import type { Utilisateur } from '../plugins/session';
import { actionsSurLesCollegues, actionsSurUnCollegue, exigerGestionDesCollegues } from './collegues';
import type { Employeur } from './espaces';

const employeur = (role: Utilisateur['role']) => ({ id: 'u', role, compteId: 'c' }) as Employeur;

describe('qui gère les collègues', () => {
  it('laisse le propriétaire inviter, modifier, révoquer et renvoyer une invitation en attente', () => {
    expect(actionsSurLesCollegues(employeur('proprietaire'))).toEqual(['inviter']);
    expect(actionsSurUnCollegue(employeur('proprietaire'), { invitationEnAttente: true })).toEqual(['modifier', 'revoquer', 'renvoyerInvitation']);
    expect(actionsSurUnCollegue(employeur('proprietaire'), { invitationEnAttente: false })).toEqual(['modifier', 'revoquer']);
    expect(() => exigerGestionDesCollegues(employeur('proprietaire'))).not.toThrow();
  });

  it.each(['collaborateur', 'lecture_seule'] as const)('refuse au rôle %s toute gestion des collègues (403, message en français)', (role) => {
    expect(actionsSurLesCollegues(employeur(role))).toEqual([]);
    expect(actionsSurUnCollegue(employeur(role), { invitationEnAttente: true })).toEqual([]);
    expect(() => exigerGestionDesCollegues(employeur(role))).toThrow(Interdit);
    expect(() => exigerGestionDesCollegues(employeur(role))).toThrow('Seul le propriétaire du compte peut inviter des collègues et gérer leurs accès.');
  });
});
