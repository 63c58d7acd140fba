/**
 * Calendar dates as ISO strings 'YYYY-MM-DD', with no time and no time zone: a contract starts on a
 * day, not at an instant, and the same string means the same day in the browser and on the server.
 * ISO strings compare correctly as plain strings, so `a < b` is a valid date comparison.
 */
export type DateIso = string;

const MS_PAR_JOUR = 86_400_000;
const FORMAT_ISO = /^(\d{4})-(\d{2})-(\d{2})$/;

export interface JourCalendaire {
  annee: number;
  mois: number;
  jour: number;
}

function joursDansLeMois(annee: number, mois: number): number {
  return new Date(Date.UTC(annee, mois, 0)).getUTCDate();
}

export function estDateIso(valeur: string): boolean {
  const m = FORMAT_ISO.exec(valeur);
  if (!m) return false;
  const mois = Number(m[2]);
  const jour = Number(m[3]);
  return mois >= 1 && mois <= 12 && jour >= 1 && jour <= joursDansLeMois(Number(m[1]), mois);
}

export function lireDate(date: DateIso): JourCalendaire {
  const m = FORMAT_ISO.exec(date);
  if (!m || !estDateIso(date)) throw new RangeError(`Date invalide : « ${date} » (format attendu AAAA-MM-JJ)`);
  return { annee: Number(m[1]), mois: Number(m[2]), jour: Number(m[3]) };
}

export function construireDate(annee: number, mois: number, jour: number): DateIso {
  return `${String(annee).padStart(4, '0')}-${String(mois).padStart(2, '0')}-${String(jour).padStart(2, '0')}`;
}

/** Days since 1970-01-01: lets day arithmetic stay in integers. */
export function versNumeroDeJour(date: DateIso): number {
  const { annee, mois, jour } = lireDate(date);
  return Date.UTC(annee, mois - 1, jour) / MS_PAR_JOUR;
}

export function depuisNumeroDeJour(numero: number): DateIso {
  const d = new Date(numero * MS_PAR_JOUR);
  return construireDate(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
}

export function ajouterJours(date: DateIso, jours: number): DateIso {
  return depuisNumeroDeJour(versNumeroDeJour(date) + jours);
}

/**
 * Adds calendar months; a day that does not exist in the target month becomes that month's last day
 * (31 January + 1 month = 28 or 29 February), as labour-law durations are counted.
 */
export function ajouterMois(date: DateIso, mois: number): DateIso {
  const { annee, mois: m, jour } = lireDate(date);
  const indexCible = annee * 12 + (m - 1) + mois;
  const anneeCible = Math.floor(indexCible / 12);
  const moisCible = indexCible - anneeCible * 12 + 1;
  return construireDate(anneeCible, moisCible, Math.min(jour, joursDansLeMois(anneeCible, moisCible)));
}

export function ajouterAnnees(date: DateIso, annees: number): DateIso {
  return ajouterMois(date, annees * 12);
}

/** fin − debut in days (0 for the same day, negative when fin is earlier). */
export function ecartEnJours(debut: DateIso, fin: DateIso): number {
  return versNumeroDeJour(fin) - versNumeroDeJour(debut);
}

/** Number of days of a period whose first and last days both count. */
export function nombreDeJoursInclus(debut: DateIso, fin: DateIso): number {
  return ecartEnJours(debut, fin) + 1;
}

/** Whole months from debut to fin: the largest n with debut + n months ≤ fin. */
export function moisRevolus(debut: DateIso, fin: DateIso): number {
  if (fin < debut) return -moisRevolus(fin, debut);
  const a = lireDate(debut);
  const b = lireDate(fin);
  let n = (b.annee - a.annee) * 12 + (b.mois - a.mois);
  while (n > 0 && ajouterMois(debut, n) > fin) n -= 1;
  return n;
}

/**
 * Duration of a period whose last day counts, in whole months: 1 September → 28 February is 6 months.
 */
export function dureeEnMois(debut: DateIso, finIncluse: DateIso): number {
  return moisRevolus(debut, ajouterJours(finIncluse, 1));
}

/** Last day of a period of n months starting on debut (1 September + 6 months → 28 February). */
export function finDePeriodeDeMois(debut: DateIso, mois: number): DateIso {
  return ajouterJours(ajouterMois(debut, mois), -1);
}

/** "6 mois", "54 mois et 3 jours": a duration as a person reads it, last day included. */
export function libelleDuree(debut: DateIso, finIncluse: DateIso): string {
  const mois = dureeEnMois(debut, finIncluse);
  const jours = nombreDeJoursInclus(ajouterMois(debut, mois), finIncluse);
  const libelleJours = `${jours} jour${jours > 1 ? 's' : ''}`;
  if (jours <= 0) return `${mois} mois`;
  return mois === 0 ? libelleJours : `${mois} mois et ${libelleJours}`;
}

/** Months begun between debut and finIncluse: "tout mois commencé est dû". */
export function moisEntames(debut: DateIso, finIncluse: DateIso): number {
  if (finIncluse < debut) return 0;
  return moisRevolus(debut, finIncluse) + 1;
}

/** Age in completed years ("âge révolu") on a given day. */
export function ageRevolu(dateNaissance: DateIso, date: DateIso): number {
  return Math.floor(moisRevolus(dateNaissance, date) / 12);
}

export function premierJourDuMoisSuivant(date: DateIso): DateIso {
  const { annee, mois } = lireDate(date);
  return mois === 12 ? construireDate(annee + 1, 1, 1) : construireDate(annee, mois + 1, 1);
}

/** 0 = Sunday … 6 = Saturday. */
export function jourDeLaSemaine(date: DateIso): number {
  return (((versNumeroDeJour(date) + 4) % 7) + 7) % 7;
}

export function plusTot(a: DateIso, b: DateIso): DateIso {
  return a <= b ? a : b;
}

/** "01/09/2025", the way French screens and letters show a date. */
export function formaterDate(date: DateIso): string {
  const { annee: a, mois, jour } = lireDate(date);
  return `${String(jour).padStart(2, '0')}/${String(mois).padStart(2, '0')}/${a}`;
}
