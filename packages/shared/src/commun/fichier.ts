/**
 * The files a person uploads (support attachment, pieces justificatives): PDF, JPEG or PNG up to a
 * limit that depends on the use. The browser checks the declared type and the size before sending (and
 * shows the limits beside the field); the server checks the size again and the type from the file's own
 * bytes, whatever its name or declared type.
 */
export const TYPES_FICHIER = {
  'application/pdf': 'PDF',
  'image/jpeg': 'JPEG',
  'image/png': 'PNG',
} as const;
export type TypeFichier = keyof typeof TYPES_FICHIER;

export const EXTENSIONS_FICHIER = '.pdf,.jpg,.jpeg,.png';
export const NOM_FICHIER_MAX = 150;

export const MESSAGE_TYPE_FICHIER = 'Le fichier doit être un PDF, une image JPEG ou une image PNG.';
export const MESSAGE_FICHIER_VIDE = 'Le fichier est vide.';

/** 5242880 → "5 Mo", 7549747 → "7,2 Mo", 2048 → "2 ko". */
export function formaterTaille(octets: number): string {
  if (octets < 1024 * 1024) return `${Math.max(1, Math.round(octets / 1024))} ko`;
  const mo = Math.round((octets / (1024 * 1024)) * 10) / 10;
  return `${String(mo).replace('.', ',')} Mo`;
}

/** "Un fichier PDF, JPEG ou PNG, de 20 Mo au plus." */
export function limitesFichier(tailleMax: number): string {
  return `Un fichier PDF, JPEG ou PNG, de ${formaterTaille(tailleMax)} au plus.`;
}

/** With the size when it is known (the browser knows it; the server stops reading at the limit). */
export function messageTailleFichier(tailleMax: number, octets?: number): string {
  return `Le fichier dépasse la taille maximale de ${formaterTaille(tailleMax)}${octets ? ` (il fait ${formaterTaille(octets)})` : ''}.`;
}

export function estTypeFichier(type: string | undefined): type is TypeFichier {
  return !!type && Object.hasOwn(TYPES_FICHIER, type);
}

/** null when the file may be sent, otherwise the message to show on the field. */
export function verifierFichierAvantEnvoi(fichier: { taille: number; type: string | undefined }, tailleMax: number): string | null {
  if (fichier.taille === 0) return MESSAGE_FICHIER_VIDE;
  if (fichier.taille > tailleMax) return messageTailleFichier(tailleMax, fichier.taille);
  if (!estTypeFichier(fichier.type)) return MESSAGE_TYPE_FICHIER;
  return null;
}

/** The file's name as shown and offered on download: no folder, no control character, bounded length. */
export function nettoyerNomFichier(nom: string, parDefaut = 'piece-jointe'): string {
  const base = nom.split(/[\\/]/).pop() ?? '';
  // eslint-disable-next-line no-control-regex -- control characters are exactly what is removed here
  const propre = base.replace(/[\u0000-\u001f\u007f"]/g, '').trim();
  if (!propre) return parDefaut;
  if (propre.length <= NOM_FICHIER_MAX) return propre;
  const point = propre.lastIndexOf('.');
  const extension = point > 0 && propre.length - point <= 6 ? propre.slice(point) : '';
  return propre.slice(0, NOM_FICHIER_MAX - extension.length) + extension;
}
