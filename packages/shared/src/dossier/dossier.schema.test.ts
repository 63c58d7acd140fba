import { describe, expect, it } from 'vitest';
import { AnnulerDossierSchema, CorrigerChampsSchema, messagePieceManquante, NouveauMessageDossierSchema } from './dossier.schema';

describe('les saisies de la page du dossier', () => {
  it('exige un motif d’annulation, sans espaces autour, de 2 000 caractères au plus', () => {
    expect(AnnulerDossierSchema.safeParse({ motif: '   ' }).error?.issues[0]?.message).toBe('Indiquez pourquoi vous annulez la demande.');
    expect(AnnulerDossierSchema.safeParse({}).error?.issues[0]?.message).toBe('Indiquez pourquoi vous annulez la demande.');
    expect(AnnulerDossierSchema.safeParse({ motif: 'x'.repeat(2001) }).error?.issues[0]?.message).toBe('Le motif fait au plus 2000 caractères.');
    expect(AnnulerDossierSchema.parse({ motif: '  Formation reportée ' })).toEqual({ motif: 'Formation reportée' });
  });

  it('attend au moins une information corrigée, et pas plus de cent à la fois', () => {
    expect(CorrigerChampsSchema.safeParse({ valeurs: {} }).error?.issues[0]?.message).toBe('Indiquez au moins une information corrigée.');
    expect(CorrigerChampsSchema.safeParse({ valeurs: Object.fromEntries(Array.from({ length: 101 }, (_, i) => [`c${i}`, i])) }).success).toBe(false);
    expect(CorrigerChampsSchema.parse({ valeurs: { 'action.heures': 28 } })).toEqual({ valeurs: { 'action.heures': 28 } });
  });

  it('reprend les règles du message de l’assistance, et nomme la pièce manquante', () => {
    expect(NouveauMessageDossierSchema.safeParse({ message: ' ' }).error?.issues[0]?.message).toBe('Saisissez votre message.');
    expect(NouveauMessageDossierSchema.parse({ message: ' Bonjour ' })).toEqual({ message: 'Bonjour' });
    expect(messagePieceManquante('Devis signé')).toBe('Déposez la pièce demandée par l’OPCO : Devis signé.');
  });
});
