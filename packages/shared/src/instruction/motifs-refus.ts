/**
 * Why the OPCO refuses a request (DOMAIN.md §3: ineligible, non-compliant, filed late, funds exhausted,
 * certification not eligible): always stated, a code for statistics and the label the employer reads.
 */
export const MOTIFS_REFUS = [
  { code: 'ineligible', libelle: 'Demande inéligible' },
  { code: 'non_conforme', libelle: 'Dossier non conforme' },
  { code: 'hors_delai', libelle: 'Demande déposée hors délai' },
  { code: 'fonds_epuises', libelle: 'Fonds de la branche épuisés' },
  { code: 'certification_non_eligible', libelle: 'Certification non éligible' },
  { code: 'autre', libelle: 'Autre motif' },
] as const;

export type CodeMotifRefus = (typeof MOTIFS_REFUS)[number]['code'];
export const CODES_MOTIFS_REFUS = MOTIFS_REFUS.map((m) => m.code) as [CodeMotifRefus, ...CodeMotifRefus[]];

export function libelleMotifRefus(code: CodeMotifRefus): string {
  return MOTIFS_REFUS.find((m) => m.code === code)!.libelle;
}

/** The refusal's reason as one sentence: the label, then the gestionnaire's explanation. */
export function motifRefusComplet(code: CodeMotifRefus, texte: string): string {
  const precision = texte.trim();
  return precision ? `${libelleMotifRefus(code)} : ${precision}` : libelleMotifRefus(code);
}
