const deux = (n: number) => String(n).padStart(2, '0');

/** An instant as the value of an `<input type="datetime-local">`, in the browser's time zone. */
export function versSaisieDateHeure(iso: string | null | undefined): string {
  if (!iso) return '';
  const d = new Date(iso);
  return `${d.getFullYear()}-${deux(d.getMonth() + 1)}-${deux(d.getDate())}T${deux(d.getHours())}:${deux(d.getMinutes())}`;
}

/** The typed local date and time as an ISO instant; what cannot be read is sent as typed (the server says why). */
export function depuisSaisieDateHeure(saisie: string): string {
  const d = new Date(saisie);
  return Number.isNaN(d.getTime()) ? saisie : d.toISOString();
}

const FORMAT = new Intl.DateTimeFormat('fr-FR', { dateStyle: 'short', timeStyle: 'short', timeZone: 'Europe/Paris' });
export const formaterDateHeure = (iso: string) => FORMAT.format(new Date(iso));
