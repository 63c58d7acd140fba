import { describe, expect, it } from 'vitest';
import { formaterTaille, nettoyerNomFichier, TAILLE_MAX_PIECE_JOINTE, verifierPieceJointe } from './piece-jointe';

describe('la pièce jointe d’une demande d’assistance', () => {
  it.each(['application/pdf', 'image/jpeg', 'image/png'])('accepte un fichier %s de 5 Mo au plus', (type) => {
    expect(verifierPieceJointe({ taille: TAILLE_MAX_PIECE_JOINTE, type })).toBeNull();
  });

  it('refuse un fichier trop gros en disant sa taille', () => {
    expect(verifierPieceJointe({ taille: 7.2 * 1024 * 1024, type: 'application/pdf' })).toBe('Le fichier dépasse la taille maximale de 5 Mo (il fait 7,2 Mo).');
  });

  it.each([['text/plain'], ['application/zip'], [undefined], ['']])('refuse un fichier de type %s', (type) => {
    expect(verifierPieceJointe({ taille: 100, type })).toBe('Le fichier doit être un PDF, une image JPEG ou une image PNG.');
  });

  it('refuse un fichier vide', () => {
    expect(verifierPieceJointe({ taille: 0, type: 'application/pdf' })).toBe('Le fichier est vide.');
  });

  it('écrit les tailles à la française', () => {
    expect(formaterTaille(2048)).toBe('2 ko');
    expect(formaterTaille(5 * 1024 * 1024)).toBe('5 Mo');
    expect(formaterTaille(1.25 * 1024 * 1024)).toBe('1,3 Mo');
  });

  it('garde du nom de fichier le seul nom, sans dossier ni caractère de contrôle, avec son extension', () => {
    expect(nettoyerNomFichier('C:\\Users\\moi\\facture "mars".pdf')).toBe('facture mars.pdf');
    expect(nettoyerNomFichier('../../etc/passwd')).toBe('passwd');
    expect(nettoyerNomFichier('\u0000\u001f')).toBe('piece-jointe');
    const long = nettoyerNomFichier(`${'a'.repeat(400)}.jpeg`);
    expect(long).toHaveLength(150);
    expect(long.endsWith('.jpeg')).toBe(true);
  });
});
