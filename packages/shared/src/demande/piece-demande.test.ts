import { describe, expect, it } from 'vitest';
import { LIMITES_PIECE_DEMANDE, TAILLE_MAX_PIECE_DEMANDE, verifierPieceDemande } from './piece-demande';

describe('une pièce justificative de demande de financement', () => {
  it('annonce ses limites avant l’envoi', () => {
    expect(LIMITES_PIECE_DEMANDE).toBe('Un fichier PDF, JPEG ou PNG, de 20 Mo au plus.');
  });

  it.each([
    [{ taille: TAILLE_MAX_PIECE_DEMANDE, type: 'application/pdf' }, null],
    [{ taille: 1000, type: 'image/png' }, null],
    [{ taille: 25 * 1024 * 1024, type: 'application/pdf' }, 'Le fichier dépasse la taille maximale de 20 Mo (il fait 25 Mo).'],
    [{ taille: 0, type: 'application/pdf' }, 'Le fichier est vide.'],
    [{ taille: 1000, type: 'application/zip' }, 'Le fichier doit être un PDF, une image JPEG ou une image PNG.'],
  ])('vérifie %j : %s', (fichier, attendu) => {
    expect(verifierPieceDemande(fichier)).toBe(attendu);
  });
});
