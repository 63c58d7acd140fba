/** Luhn checksum over a string of digits (SIREN, SIRET): doubles every second digit from the right. */
export function respecteLuhn(chiffres: string): boolean {
  if (!/^\d+$/.test(chiffres)) return false;
  let somme = 0;
  for (let i = 0; i < chiffres.length; i += 1) {
    let chiffre = Number(chiffres[chiffres.length - 1 - i]);
    if (i % 2 === 1) {
      chiffre *= 2;
      if (chiffre > 9) chiffre -= 9;
    }
    somme += chiffre;
  }
  return somme % 10 === 0;
}

export function sommeDesChiffres(chiffres: string): number {
  let somme = 0;
  for (const c of chiffres) somme += Number(c);
  return somme;
}
