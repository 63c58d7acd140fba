/**
 * The words of a FAQ search that carry meaning. Short and very common French words ("je", "mon",
 * "comment"…) match every answer and would drown the others; the accents are kept here and removed by
 * the database (unaccent), which also measures the typos (trigram similarity).
 */
const MOTS_VIDES = new Set([
  'les', 'des', 'une', 'est', 'que', 'qui', 'quoi', 'quel', 'quelle', 'quels', 'quelles', 'pour', 'par', 'sur', 'dans', 'avec', 'sans',
  'mon', 'mes', 'ma', 'ton', 'tes', 'son', 'ses', 'notre', 'nos', 'votre', 'vos', 'leur', 'leurs', 'comment', 'pourquoi', 'quand', 'faire',
  'faut', 'peut', 'peux', 'puis', 'dois', 'doit', 'avoir', 'etre', 'être', 'suis', 'ont', 'pas', 'plus', 'aux', 'ces', 'cet', 'cette',
  'elle', 'ils', 'nous', 'vous', 'mais', 'donc', 'car', 'lorsque', 'fais', 'fait', 'avez',
]);

export const MOTS_RECHERCHE_MAX = 8;

export function motsDeRecherche(q: string): string[] {
  const mots = q
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((m) => m.length >= 3 && !MOTS_VIDES.has(m));
  return [...new Set(mots)].slice(0, MOTS_RECHERCHE_MAX);
}
