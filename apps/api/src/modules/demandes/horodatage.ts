const EN_FRANCE = new Intl.DateTimeFormat('fr-FR', { timeZone: 'Europe/Paris', day: '2-digit', month: '2-digit', year: 'numeric', hour: '2-digit', minute: '2-digit' });

/** "22/11/2026 à 10:00": the time of sending as the employer's clock showed it (receipt, e-mail). */
export function horodatageEnFrance(instant: Date): string {
  const p = Object.fromEntries(EN_FRANCE.formatToParts(instant).map((x) => [x.type, x.value]));
  return `${p.day}/${p.month}/${p.year} à ${p.hour}:${p.minute}`;
}
