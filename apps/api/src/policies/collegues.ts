import type { ACTIONS_COLLEGUE, ACTIONS_COLLEGUES } from '@mse/shared/collegues/collegue.schema';
import { Interdit } from '../errors';
import type { Employeur } from './espaces';

/** Only the account owner invites colleagues and changes or revokes their access. */
export const MESSAGE_RESERVE_AU_PROPRIETAIRE = 'Seul le propriétaire du compte peut inviter des collègues et gérer leurs accès.';

export function peutGererLesCollegues(employeur: Employeur): boolean {
  return employeur.role === 'proprietaire';
}

/** 403 rather than 404: the person is inside the account and may know that colleagues exist. */
export function exigerGestionDesCollegues(employeur: Employeur): void {
  if (!peutGererLesCollegues(employeur)) throw new Interdit(MESSAGE_RESERVE_AU_PROPRIETAIRE);
}

export function actionsSurLesCollegues(employeur: Employeur): (typeof ACTIONS_COLLEGUES)[number][] {
  return peutGererLesCollegues(employeur) ? ['inviter'] : [];
}

export function actionsSurUnCollegue(employeur: Employeur, collegue: { invitationEnAttente: boolean }): (typeof ACTIONS_COLLEGUE)[number][] {
  if (!peutGererLesCollegues(employeur)) return [];
  return collegue.invitationEnAttente ? ['modifier', 'revoquer', 'renvoyerInvitation'] : ['modifier', 'revoquer'];
}
