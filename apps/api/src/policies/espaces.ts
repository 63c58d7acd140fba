import { Introuvable, NonAuthentifie } from '../errors';
import type { SessionCourante, Utilisateur } from '../plugins/session';

/**
 * Who may enter which side of the portal. An employer route answers 401 to nobody signed in and 404
 * to OPCO staff (and the reverse), so that neither side learns what the other side holds.
 */
export type Employeur = Utilisateur & { compteId: string };

const ROLES_EMPLOYEUR = new Set(['proprietaire', 'collaborateur', 'lecture_seule']);
const ROLES_OPCO = new Set(['gestionnaire', 'superviseur', 'administrateur']);

export function estEmployeur(u: Utilisateur): u is Employeur {
  return ROLES_EMPLOYEUR.has(u.role) && u.compteId !== null;
}

export function estPersonnelOpco(u: Utilisateur): boolean {
  return ROLES_OPCO.has(u.role);
}

export function exigerSession(session: SessionCourante | null): SessionCourante {
  if (!session) throw new NonAuthentifie();
  return session;
}

export function exigerEmployeur(session: SessionCourante | null): Employeur {
  const { utilisateur } = exigerSession(session);
  if (!estEmployeur(utilisateur)) throw new Introuvable();
  return utilisateur;
}
