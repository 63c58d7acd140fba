import { Interdit, Introuvable } from '../errors';
import type { SessionCourante, Utilisateur } from '../plugins/session';
import { estPersonnelOpco, exigerSession } from './espaces';

/**
 * Who may read and change the rules' referential. Any member of the OPCO's staff reads it (a
 * gestionnaire checks the source of an amount before explaining a decision); only an administrator adds
 * a value. An employer is outside the back office altogether: 404, as for any staff route.
 */
export function peutModifierReferentiel(utilisateur: Utilisateur): boolean {
  return utilisateur.role === 'administrateur';
}

export function exigerLecteurReferentiel(session: SessionCourante | null): Utilisateur {
  const { utilisateur } = exigerSession(session);
  if (!estPersonnelOpco(utilisateur)) throw new Introuvable();
  return utilisateur;
}

export function exigerAdministrateurReferentiel(session: SessionCourante | null): Utilisateur {
  const utilisateur = exigerLecteurReferentiel(session);
  if (!peutModifierReferentiel(utilisateur)) throw new Interdit('Seul un administrateur peut modifier le référentiel.');
  return utilisateur;
}

/** Estimates and NPEC look-ups serve the employer's forms and the gestionnaire's checks alike. */
export function exigerAccesEstimations(session: SessionCourante | null): Utilisateur {
  return exigerSession(session).utilisateur;
}
