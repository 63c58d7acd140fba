import { describe, expect, it } from 'vitest';
import { CriteresFinancementsSchema, ExportFinancementsSchema, lireMontantEuros, MESSAGES_CRITERES, RechercheAvanceeFinancementsSchema } from './criteres-recherche';

const erreurs = (r: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) =>
  (r.error?.issues ?? []).map((i) => ({ chemin: i.path.join('.'), message: i.message }));

describe('critères de la recherche avancée de Mes financements', () => {
  it('lit les montants comme on les tape en France, en centimes', () => {
    expect(lireMontantEuros('1500')).toBe(150_000);
    expect(lireMontantEuros('1 500,50')).toBe(150_050);
    expect(lireMontantEuros('1\u202F500,5 €')).toBe(150_050);
    expect(lireMontantEuros('1500.05')).toBe(150_005);
    for (const faux of ['abc', '12a', '1,2,3', '-5', '1,234', '', '12345678901']) expect(lireMontantEuros(faux)).toBeNull();
  });

  it('accepte des critères vides ou absents, et nettoie les textes', () => {
    expect(CriteresFinancementsSchema.parse({})).toEqual({});
    const r = CriteresFinancementsSchema.parse({ numero: '  ', dispositif: '', statut: '', beneficiaire: '  Inès   Benali ', debutDu: '', montantMin: '' });
    expect(r).toEqual({ beneficiaire: 'Inès Benali' });
    expect(CriteresFinancementsSchema.parse({ montantMin: '1 000', montantMax: '2000,5', debutDu: '2026-01-01', debutAu: '2026-01-01' })).toEqual({
      montantMin: 100_000,
      montantMax: 200_050,
      debutDu: '2026-01-01',
      debutAu: '2026-01-01',
    });
  });

  it('refuse des dates ou des montants inversés, sur la borne haute', () => {
    expect(erreurs(CriteresFinancementsSchema.safeParse({ debutDu: '2026-06-01', debutAu: '2026-01-31', finDu: '2027-01-02', finAu: '2027-01-01', montantMin: '500', montantMax: '100' }))).toEqual([
      { chemin: 'debutAu', message: MESSAGES_CRITERES.dates },
      { chemin: 'finAu', message: MESSAGES_CRITERES.dates },
      { chemin: 'montantMax', message: MESSAGES_CRITERES.montants },
    ]);
  });

  it('refuse des lettres dans un montant, une date impossible, un dispositif ou un statut inconnu, un texte trop long, un critère répété', () => {
    expect(erreurs(CriteresFinancementsSchema.safeParse({ montantMin: 'mille', debutDu: '2026-02-30', dispositif: 'cpf', statut: 'perdu', beneficiaire: 'x'.repeat(5000), numero: ['a', 'b'] }))).toEqual([
      { chemin: 'numero', message: MESSAGES_CRITERES.texte },
      { chemin: 'dispositif', message: 'Dispositif inconnu' },
      { chemin: 'statut', message: expect.any(String) },
      { chemin: 'beneficiaire', message: 'Ce critère fait au plus 100 caractères' },
      { chemin: 'debutDu', message: 'Date invalide : format attendu AAAA-MM-JJ' },
      { chemin: 'montantMin', message: MESSAGES_CRITERES.montant },
    ]);
    expect(erreurs(CriteresFinancementsSchema.safeParse({ montantMax: '9'.repeat(5000) }))).toEqual([{ chemin: 'montantMax', message: MESSAGES_CRITERES.montant }]);
  });

  it('porte l’onglet, le tri, la position de page et les critères dans la requête de la liste et de l’export', () => {
    expect(RechercheAvanceeFinancementsSchema.parse({ groupe: 'en_cours', tri: 'montant', beneficiaire: 'Lea' })).toEqual({ groupe: 'en_cours', taille: 20, tri: 'montant', beneficiaire: 'Lea' });
    expect(RechercheAvanceeFinancementsSchema.parse({ groupe: 'archive' }).tri).toBe('modifie');
    expect(erreurs(RechercheAvanceeFinancementsSchema.safeParse({ groupe: 'en_cours', tri: 'couleur', ordre: 'haut', fin: 'oui', finDu: '2026-02-01', finAu: '2026-01-01' }))).toEqual([
      { chemin: 'fin', message: 'fin vaut 1 (dernière page) ou est absent' },
      { chemin: 'tri', message: MESSAGES_CRITERES.tri },
      { chemin: 'ordre', message: MESSAGES_CRITERES.ordre },
      // Every message at once: the dates are compared even though other fields are wrong.
      { chemin: 'finAu', message: MESSAGES_CRITERES.dates },
    ]);
    expect(erreurs(ExportFinancementsSchema.safeParse({ format: 'pdf', groupe: 'en_cours', montantMin: '2', montantMax: '1' }))).toEqual([
      { chemin: 'format', message: 'Format inconnu : csv ou xlsx' },
      { chemin: 'montantMax', message: MESSAGES_CRITERES.montants },
    ]);
    // A bound that could not be read is not compared.
    expect(erreurs(CriteresFinancementsSchema.safeParse({ montantMin: 'abc', montantMax: '1', debutDu: '2026-13-01', debutAu: '2026-01-01' }))).toEqual([
      { chemin: 'debutDu', message: 'Date invalide : format attendu AAAA-MM-JJ' },
      { chemin: 'montantMin', message: MESSAGES_CRITERES.montant },
    ]);
    expect(erreurs(ExportFinancementsSchema.safeParse({ format: 'csv', groupe: 'en_cours', montantMin: '2', montantMax: '1' }))).toEqual([{ chemin: 'montantMax', message: MESSAGES_CRITERES.montants }]);
  });
});
