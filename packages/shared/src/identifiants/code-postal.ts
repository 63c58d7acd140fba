export function normaliserCodePostal(saisie: string): string {
  return saisie.replace(/\s/g, '');
}

/** Five digits, département part 01–98 (97 and 98 are overseas; 00 and 99 do not exist). */
export function estCodePostalValide(codePostal: string): boolean {
  return /^(?:0[1-9]|[1-8]\d|9[0-8])\d{3}$/.test(codePostal);
}
