/** NAF (APE) codes are stored without the dot ("1071C") and shown with it ("10.71C"). */
export function normaliserNaf(saisie: string): string {
  return saisie.replace(/[\s.]/g, '').toUpperCase();
}

export function estNafValide(naf: string): boolean {
  return /^\d{4}[A-Z]$/.test(naf);
}

export function formaterNaf(naf: string): string {
  return naf.replace(/^(\d{2})(\d{2})([A-Z])$/, '$1.$2$3');
}
