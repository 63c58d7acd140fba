import { ajouterJours, construireDate, depuisNumeroDeJour, jourDeLaSemaine, lireDate, versNumeroDeJour } from './dates';
import type { DateIso } from './dates';

/** Easter Sunday (anonymous Gregorian algorithm, Meeus/Jones/Butcher): Easter Monday, Ascension and
 * Whit Monday are public holidays that move with it. */
export function dimancheDePaques(annee: number): DateIso {
  const a = annee % 19;
  const b = Math.floor(annee / 100);
  const c = annee % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const mois = Math.floor((h + l - 7 * m + 114) / 31);
  const jour = ((h + l - 7 * m + 114) % 31) + 1;
  return construireDate(annee, mois, jour);
}

/** The eleven national public holidays (C. trav. art. L3133-1); local ones (Alsace-Moselle, DROM) are not counted. */
export function joursFeries(annee: number): DateIso[] {
  const paques = versNumeroDeJour(dimancheDePaques(annee));
  return [
    construireDate(annee, 1, 1),
    depuisNumeroDeJour(paques + 1),
    construireDate(annee, 5, 1),
    construireDate(annee, 5, 8),
    depuisNumeroDeJour(paques + 39),
    depuisNumeroDeJour(paques + 50),
    construireDate(annee, 7, 14),
    construireDate(annee, 8, 15),
    construireDate(annee, 11, 1),
    construireDate(annee, 11, 11),
    construireDate(annee, 12, 25),
  ];
}

export function estJourFerie(date: DateIso): boolean {
  return joursFeries(lireDate(date).annee).includes(date);
}

/** "Jour ouvrable": every day but Sunday and public holidays — the unit of the filing deadlines (D6224-1). */
export function estJourOuvrable(date: DateIso): boolean {
  return jourDeLaSemaine(date) !== 0 && !estJourFerie(date);
}

/** The n-th jour ouvrable after a date (the date itself never counts). */
export function ajouterJoursOuvrables(date: DateIso, n: number): DateIso {
  let courant = date;
  let restants = n;
  while (restants > 0) {
    courant = ajouterJours(courant, 1);
    if (estJourOuvrable(courant)) restants -= 1;
  }
  return courant;
}
