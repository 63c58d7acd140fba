/**
 * Codes of certifications: RNCP (répertoire national), RS (répertoire spécifique) and the CFD
 * ("code formation diplôme" of the Education ministry).
 */
export function normaliserRncp(saisie: string): string {
  const compact = saisie.replace(/\s/g, '').toUpperCase();
  return /^\d+$/.test(compact) ? `RNCP${compact}` : compact;
}

export function estRncpValide(rncp: string): boolean {
  return /^RNCP\d{3,5}$/.test(rncp);
}

export function normaliserRs(saisie: string): string {
  return saisie.replace(/\s/g, '').toUpperCase();
}

export function estRsValide(rs: string): boolean {
  return /^RS\d{1,5}$/.test(rs);
}

export function normaliserCfd(saisie: string): string {
  return saisie.replace(/\s/g, '').toUpperCase();
}

export function estCfdValide(cfd: string): boolean {
  return /^[A-Z0-9]{3}\d{3}[A-Z0-9]{2}$/.test(cfd);
}
