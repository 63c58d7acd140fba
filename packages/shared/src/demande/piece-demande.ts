import { limitesFichier, messageTailleFichier, verifierFichierAvantEnvoi } from '../commun/fichier';

export { EXTENSIONS_FICHIER as EXTENSIONS_PIECE_DEMANDE, TYPES_FICHIER as TYPES_PIECE_DEMANDE } from '../commun/fichier';

/**
 * A piece justificative of a funding request: one PDF, JPEG or PNG of at most 20 Mo per type of piece
 * (a signed CERFA scanned at 300 dpi runs to several Mo). Shown beside the field, checked again by the server.
 */
export const TAILLE_MAX_PIECE_DEMANDE = 20 * 1024 * 1024;
export const LIMITES_PIECE_DEMANDE = limitesFichier(TAILLE_MAX_PIECE_DEMANDE);

export function messageTaillePieceDemande(octets?: number): string {
  return messageTailleFichier(TAILLE_MAX_PIECE_DEMANDE, octets);
}

export function verifierPieceDemande(fichier: { taille: number; type: string | undefined }): string | null {
  return verifierFichierAvantEnvoi(fichier, TAILLE_MAX_PIECE_DEMANDE);
}

export const MESSAGE_TYPE_PIECE_INCONNU = 'Choisissez la pièce que ce fichier justifie, parmi celles que demande ce dispositif.';
export const MESSAGE_FICHIER_INFECTE = 'Ce fichier contient un virus : il n’a pas été enregistré. Analysez votre poste puis déposez un fichier sain.';
