import { createHash } from 'node:crypto';

/**
 * The audit log's chain, recomputed outside the database (issue 10). Each row's SHA-256 covers the
 * previous row's hash and its own content, exactly as the trigger `audit_chainer` of migration 0007
 * writes it; the texts of `details` (jsonb's canonical text) and of `cree_le` (UTC, microseconds) are
 * read as the database prints them, so that the function stays pure and exact.
 */
export type LigneChainee = {
  sequence: number;
  id: string;
  evenement: string;
  utilisateurId: string | null;
  ip: string | null;
  detailsTexte: string;
  creeLeTexte: string;
  empreinte: string | null;
  empreintePrecedente: string | null;
};

export type Rupture = { sequence: number; motif: string };

export function empreinteLigne(precedente: string | null, l: Omit<LigneChainee, 'empreinte' | 'empreintePrecedente'>): string {
  const texte = [precedente ?? '', String(l.sequence), l.id, l.evenement, l.utilisateurId ?? '', l.ip ?? '', l.detailsTexte, l.creeLeTexte].join('|');
  return createHash('sha256').update(texte, 'utf8').digest('hex');
}

/** Where the chain stands after the rows seen so far: carried from one batch of rows to the next. */
export type EtatChaine = { derniere: string | null; debutee: boolean; lignes: number };
export const CHAINE_VIDE: EtatChaine = { derniere: null, debutee: false, lignes: 0 };

/**
 * Checks rows in sequence order, continuing from `etat`. Rows written before the chain existed (no hash,
 * at the very start) are counted but not checked; after the first hashed row, a row without a hash, a
 * row whose `empreinte_precedente` is not the previous row's hash (a row removed or inserted), or whose
 * hash does not match its content (a row altered) breaks the chain: the first such row is reported.
 */
export function verifierChaine(lignes: readonly LigneChainee[], etat: EtatChaine = CHAINE_VIDE): { etat: EtatChaine; rupture: Rupture | null } {
  let { derniere, debutee, lignes: compte } = etat;
  for (const l of lignes) {
    compte += 1;
    if (l.empreinte === null) {
      if (!debutee) continue;
      return { etat: { derniere, debutee, lignes: compte }, rupture: { sequence: l.sequence, motif: 'ligne sans empreinte après le début de la chaîne' } };
    }
    if (debutee && l.empreintePrecedente !== derniere) {
      return { etat: { derniere, debutee, lignes: compte }, rupture: { sequence: l.sequence, motif: 'empreinte précédente différente de celle de la ligne précédente (ligne supprimée, insérée ou déplacée)' } };
    }
    const attendue = empreinteLigne(debutee ? derniere : l.empreintePrecedente, l);
    if (attendue !== l.empreinte) {
      return { etat: { derniere, debutee, lignes: compte }, rupture: { sequence: l.sequence, motif: 'empreinte différente du contenu de la ligne (ligne modifiée)' } };
    }
    derniere = l.empreinte;
    debutee = true;
  }
  return { etat: { derniere, debutee, lignes: compte }, rupture: null };
}
