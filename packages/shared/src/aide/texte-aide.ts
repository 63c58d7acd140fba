/**
 * The help content (guides, FAQ answers) is plain text with one markup only: internal links written
 * `[libellé](/chemin)`, so that an answer can send the reader to the right screen of the portal.
 * Paragraphs are separated by a blank line. No HTML is ever interpreted: the content editor of the
 * back office cannot inject markup, and a link can only point inside the portal.
 */
export type SegmentTexte = { type: 'texte'; texte: string } | { type: 'lien'; libelle: string; chemin: string };
export type Paragraphe = SegmentTexte[];

const LIEN = /\[([^\]\n]{1,200})\]\(([^)\s]{1,300})\)/g;

/** A path of the portal: starts with one slash (never "//", which would leave the site), no scheme. */
export function estCheminInterne(chemin: string): boolean {
  return /^\/(?!\/)[\w\-./?=&#%]*$/.test(chemin) && !chemin.includes('\\');
}

function segments(paragraphe: string): Paragraphe {
  const resultat: Paragraphe = [];
  let dernier = 0;
  for (const m of paragraphe.matchAll(LIEN)) {
    const [tout, libelle, chemin] = m as unknown as [string, string, string];
    if (!estCheminInterne(chemin)) continue;
    if (m.index > dernier) resultat.push({ type: 'texte', texte: paragraphe.slice(dernier, m.index) });
    resultat.push({ type: 'lien', libelle, chemin });
    dernier = m.index + tout.length;
  }
  if (dernier < paragraphe.length) resultat.push({ type: 'texte', texte: paragraphe.slice(dernier) });
  return resultat;
}

export function analyserTexteAide(texte: string): Paragraphe[] {
  return texte
    .replace(/\r\n?/g, '\n')
    .split(/\n\s*\n/)
    .map((p) => p.trim().replace(/\s*\n\s*/g, ' '))
    .filter(Boolean)
    .map(segments);
}

/** The text without its markup (for e-mails, search snippets, screen-reader summaries). */
export function texteBrut(texte: string): string {
  return analyserTexteAide(texte)
    .map((p) => p.map((s) => (s.type === 'texte' ? s.texte : s.libelle)).join(''))
    .join('\n\n');
}

/** Links whose target is not a path of the portal: the content editor must correct them. */
export function liensExternes(texte: string): string[] {
  return [...texte.matchAll(LIEN)].map((m) => m[2]!).filter((c) => !estCheminInterne(c));
}
