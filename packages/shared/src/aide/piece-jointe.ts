/**
 * The attachment of a support request: one PDF, JPEG or PNG of at most 5 Mo. The browser checks the
 * declared type and the size before sending (and shows the limits beside the field); the server checks
 * the size again and the type from the file's own bytes, whatever its name or declared type.
 */
export const TYPES_PIECE_JOINTE = {
  'application/pdf': 'PDF',
  'image/jpeg': 'JPEG',
  'image/png': 'PNG',
} as const;
export type TypePieceJointe = keyof typeof TYPES_PIECE_JOINTE;

export const TAILLE_MAX_PIECE_JOINTE = 5 * 1024 * 1024;
export const EXTENSIONS_PIECE_JOINTE = '.pdf,.jpg,.jpeg,.png';
export const LIMITES_PIECE_JOINTE = 'Un fichier PDF, JPEG ou PNG, de 5 Mo au plus.';
export const NOM_FICHIER_MAX = 150;

export const MESSAGE_TYPE_PIECE_JOINTE = 'Le fichier doit être un PDF, une image JPEG ou une image PNG.';
export const MESSAGE_PIECE_JOINTE_VIDE = 'Le fichier est vide.';

/** 5242880 → "5 Mo", 7549747 → "7,2 Mo", 2048 → "2 ko". */
export function formaterTaille(octets: number): string {
  if (octets < 1024 * 1024) return `${Math.max(1, Math.round(octets / 1024))} ko`;
  const mo = Math.round((octets / (1024 * 1024)) * 10) / 10;
  return `${String(mo).replace('.', ',')} Mo`;
}

/** With the size when it is known (the browser knows it; the server stops reading at the limit). */
export function messageTaillePieceJointe(octets?: number): string {
  return `Le fichier dépasse la taille maximale de 5 Mo${octets ? ` (il fait ${formaterTaille(octets)})` : ''}.`;
}

export function estTypePieceJointe(type: string | undefined): type is TypePieceJointe {
  return !!type && Object.hasOwn(TYPES_PIECE_JOINTE, type);
}

/** null when the file may be sent, otherwise the message to show on the field. */
export function verifierPieceJointe(fichier: { taille: number; type: string | undefined }): string | null {
  if (fichier.taille === 0) return MESSAGE_PIECE_JOINTE_VIDE;
  if (fichier.taille > TAILLE_MAX_PIECE_JOINTE) return messageTaillePieceJointe(fichier.taille);
  if (!estTypePieceJointe(fichier.type)) return MESSAGE_TYPE_PIECE_JOINTE;
  return null;
}

/** The file's name as shown and offered on download: no folder, no control character, bounded length. */
export function nettoyerNomFichier(nom: string): string {
  const base = nom.split(/[\\/]/).pop() ?? '';
  // eslint-disable-next-line no-control-regex -- control characters are exactly what is removed here
  const propre = base.replace(/[\u0000-\u001f\u007f"]/g, '').trim();
  if (!propre) return 'piece-jointe';
  if (propre.length <= NOM_FICHIER_MAX) return propre;
  const point = propre.lastIndexOf('.');
  const extension = point > 0 && propre.length - point <= 6 ? propre.slice(point) : '';
  return propre.slice(0, NOM_FICHIER_MAX - extension.length) + extension;
}
