import { formaterDate, estDateIso } from '@mse/shared/commun/dates';
import type { Champ } from '@mse/shared/demande/formulaire/champs';

/**
 * An amount typed in euros the French way ("1 234,56", "1234.5", "1 234 €") as integer cents;
 * null when it is not an amount (letters, more than two decimals, negative). Empty gives undefined.
 */
export function lireMontant(saisie: string): number | null | undefined {
  const texte = saisie.replace(/[\s\u00a0\u202f]/g, '').replace(/€$/, '');
  if (texte === '') return undefined;
  const m = /^(\d+)(?:[.,](\d{1,2}))?$/.exec(texte);
  if (!m) return null;
  const euros = Number(m[1]);
  const centimes = Number((m[2] ?? '').padEnd(2, '0'));
  const total = euros * 100 + centimes;
  return Number.isSafeInteger(total) ? total : null;
}

/** "1 234 567": digits grouped by three (written out: browsers' French formats do not group 4 digits alike). */
function grouper(entier: number, separateur: string): string {
  return String(entier).replace(/\B(?=(\d{3})+(?!\d))/g, separateur);
}

/** Cents as they are typed back into the field: "1 234,56" (no currency sign: the unit is beside). */
export function ecrireMontant(centimes: number): string {
  return `${grouper(Math.floor(centimes / 100), ' ')},${String(centimes % 100).padStart(2, '0')}`;
}

/** Cents as the récapitulatif shows them: "1 234,56 €" (narrow no-break spaces, as in print). */
export function formaterMontant(centimes: number): string {
  return `${grouper(Math.floor(centimes / 100), '\u202f')},${String(centimes % 100).padStart(2, '0')}\u00a0€`;
}

/** An integer typed with or without spaces; null when it is not one. */
export function lireEntier(saisie: string): number | null | undefined {
  const texte = saisie.replace(/[\s\u00a0\u202f]/g, '');
  if (texte === '') return undefined;
  return /^\d+$/.test(texte) && Number.isSafeInteger(Number(texte)) ? Number(texte) : null;
}

/** A stored value as the récapitulatif shows it: choices by label, amounts in euros, dates dd/mm/yyyy. */
export function formaterValeur(champ: Champ, valeur: unknown): string | null {
  if (valeur === undefined || valeur === null || valeur === '') return null;
  switch (champ.type) {
    case 'oui_non':
      return valeur === true ? 'Oui' : valeur === false ? 'Non' : String(valeur);
    case 'choix':
      return champ.options?.find((o) => o.code === valeur)?.libelle ?? String(valeur);
    case 'montant':
      return typeof valeur === 'number' ? formaterMontant(valeur) : String(valeur);
    case 'date':
      return typeof valeur === 'string' && estDateIso(valeur) ? formaterDate(valeur) : String(valeur);
    case 'entier':
      return typeof valeur === 'number' ? `${grouper(valeur, '\u202f')}${champ.unite ? ` ${champ.unite}` : ''}` : String(valeur);
    default:
      return String(valeur);
  }
}

/** The id of a field's input, from its path: "apprenti.dateNaissance" → "champ-apprenti-dateNaissance". */
export function idChamp(chemin: string): string {
  return `champ-${chemin.replace(/[^A-Za-z0-9_-]/g, '-')}`;
}

const jourParis = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Paris', year: 'numeric', month: '2-digit', day: '2-digit' });
const heureParis = new Intl.DateTimeFormat('fr-FR', { timeZone: 'Europe/Paris', hour: '2-digit', minute: '2-digit' });
const dateParis = new Intl.DateTimeFormat('fr-FR', { timeZone: 'Europe/Paris', day: '2-digit', month: '2-digit', year: 'numeric' });

/** Today in Paris, "AAAA-MM-JJ": the filing date the rules are evaluated on. */
export function aujourdhuiParis(maintenant: Date = new Date()): string {
  return jourParis.format(maintenant);
}

/** "10:42", Paris time. */
export function heureDe(iso: string): string {
  return heureParis.format(new Date(iso));
}

/** "12/09/2026", Paris time. */
export function dateDe(iso: string): string {
  return dateParis.format(new Date(iso));
}
