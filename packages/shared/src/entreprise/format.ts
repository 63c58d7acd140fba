/** "49383230900111" → "493 832 309 00111", as the portal displays a SIRET. */
export function formaterSiret(siret: string): string {
  return siret.length === 14 ? `${siret.slice(0, 3)} ${siret.slice(3, 6)} ${siret.slice(6, 9)} ${siret.slice(9)}` : siret;
}
