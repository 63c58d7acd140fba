import {
  EXTENSIONS_FICHIER, limitesFichier, messageTailleFichier, MESSAGE_FICHIER_VIDE, MESSAGE_TYPE_FICHIER, TYPES_FICHIER, verifierFichierAvantEnvoi, type TypeFichier,
} from '../commun/fichier';

export { estTypeFichier as estTypePieceJointe, formaterTaille, nettoyerNomFichier, NOM_FICHIER_MAX } from '../commun/fichier';

/** The attachment of a support request: one PDF, JPEG or PNG of at most 5 Mo (rules in commun/fichier.ts). */
export const TYPES_PIECE_JOINTE = TYPES_FICHIER;
export type TypePieceJointe = TypeFichier;

export const TAILLE_MAX_PIECE_JOINTE = 5 * 1024 * 1024;
export const EXTENSIONS_PIECE_JOINTE = EXTENSIONS_FICHIER;
export const LIMITES_PIECE_JOINTE = limitesFichier(TAILLE_MAX_PIECE_JOINTE);

export const MESSAGE_TYPE_PIECE_JOINTE = MESSAGE_TYPE_FICHIER;
export const MESSAGE_PIECE_JOINTE_VIDE = MESSAGE_FICHIER_VIDE;

export function messageTaillePieceJointe(octets?: number): string {
  return messageTailleFichier(TAILLE_MAX_PIECE_JOINTE, octets);
}

export function verifierPieceJointe(fichier: { taille: number; type: string | undefined }): string | null {
  return verifierFichierAvantEnvoi(fichier, TAILLE_MAX_PIECE_JOINTE);
}
