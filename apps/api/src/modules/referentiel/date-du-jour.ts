import type { DateIso } from '@mse/shared/commun/dates';

const JOUR_A_PARIS = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Paris', year: 'numeric', month: '2-digit', day: '2-digit' });

/** The calendar day in France at an instant: rules and dated values speak in French days, not UTC ones. */
export function dateDuJour(maintenant: Date): DateIso {
  return JOUR_A_PARIS.format(maintenant);
}
