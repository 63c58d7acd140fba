/**
 * French phone numbers are stored in international form "+33" + 9 digits, whatever was typed:
 * "06 12 34 56 78", "06.12.34.56.78", "+33 6 12 34 56 78", "+33 (0)6 12 34 56 78", "0033612345678".
 */
export function normaliserTelephone(saisie: string): string {
  const compact = saisie.replace(/\(0\)/g, '').replace(/[\s.\-()]/g, '');
  if (/^0033\d{9}$/.test(compact)) return `+33${compact.slice(4)}`;
  if (/^0[1-9]\d{8}$/.test(compact)) return `+33${compact.slice(1)}`;
  return compact;
}

export function estTelephoneValide(telephone: string): boolean {
  return /^\+33[1-9]\d{8}$/.test(telephone);
}

/** "06 12 34 56 78", the national form people read. */
export function formaterTelephone(telephone: string): string {
  if (!estTelephoneValide(telephone)) return telephone;
  return `0${telephone.slice(3)}`.replace(/(\d{2})(?=\d)/g, '$1 ');
}
