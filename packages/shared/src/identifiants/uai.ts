/** Check letters of an UAI, indexed by the 7-digit number modulo 23 (I, O and Q are left out). */
const LETTRES_CLE_UAI = 'ABCDEFGHJKLMNPRSTUVWXYZ';

export function normaliserUai(saisie: string): string {
  return saisie.replace(/\s/g, '').toUpperCase();
}

export function cleUai(chiffres: string): string {
  const lettre = LETTRES_CLE_UAI[Number(chiffres) % 23];
  if (!/^\d{7}$/.test(chiffres) || lettre === undefined) throw new RangeError(`Numéro UAI invalide : ${chiffres}`);
  return lettre;
}

export function estUaiValide(uai: string): boolean {
  return /^\d{7}[A-Z]$/.test(uai) && cleUai(uai.slice(0, 7)) === uai[7];
}
