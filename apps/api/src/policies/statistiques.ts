import { Interdit } from '../errors';
import type { SessionCourante, Utilisateur } from '../plugins/session';
import { exigerInstructeur, type Instructeur } from './instruction';

/**
 * The supervisor's dashboard (DOMAIN.md §1: a supervisor « sees statistics »): superviseurs and
 * administrateurs; a gestionnaire is told so (403); an employer is outside the back office (404).
 */
export function peutVoirStatistiques(personnel: Utilisateur): boolean {
  return personnel.role === 'superviseur' || personnel.role === 'administrateur';
}

export function exigerLecteurStatistiques(session: SessionCourante | null): Instructeur {
  const personnel = exigerInstructeur(session);
  if (!peutVoirStatistiques(personnel)) throw new Interdit('Le tableau de bord est réservé aux superviseurs et aux administrateurs.');
  return personnel;
}
