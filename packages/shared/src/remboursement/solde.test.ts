import { describe, expect, it } from 'vitest';
import { controlerMontantAccepte, doitEtreSolde, resteDuCentimes } from './solde';

describe('reste dû sur un dossier', () => {
  it('retire de l’engagement ce qui est payé et ce qui est accepté en attente de paiement', () => {
    expect(resteDuCentimes({ montantEngageCentimes: 300_000, dejaPayeCentimes: 100_000, accepteNonPayeCentimes: 50_000 })).toBe(150_000);
    expect(resteDuCentimes({ montantEngageCentimes: 300_000, dejaPayeCentimes: 0 })).toBe(300_000);
  });
  it('ne descend jamais sous 0, et vaut 0 sans engagement', () => {
    expect(resteDuCentimes({ montantEngageCentimes: 100_000, dejaPayeCentimes: 120_000 })).toBe(0);
    expect(resteDuCentimes({ montantEngageCentimes: null, dejaPayeCentimes: 0 })).toBe(0);
  });
});

describe('dossier soldé', () => {
  const base = { statut: 'facturation_en_cours' as const, montantEngageCentimes: 300_000, totalPayeCentimes: 100_000, derniereDemandePayee: false };
  it('est soldé quand la demande payée était la dernière, même s’il restait un montant engagé', () => {
    expect(doitEtreSolde({ ...base, derniereDemandePayee: true })).toBe(true);
  });
  it('est soldé quand tout l’engagement est payé (ou davantage), au centime près', () => {
    expect(doitEtreSolde({ ...base, totalPayeCentimes: 300_000 })).toBe(true);
    expect(doitEtreSolde({ ...base, totalPayeCentimes: 299_999 })).toBe(false);
    expect(doitEtreSolde({ ...base, statut: 'pris_en_charge', totalPayeCentimes: 300_001 })).toBe(true);
  });
  it('ne solde ni un dossier déjà archivé ni un dossier sans engagement sans dernière demande', () => {
    expect(doitEtreSolde({ ...base, statut: 'solde', derniereDemandePayee: true })).toBe(false);
    expect(doitEtreSolde({ ...base, statut: 'annule', totalPayeCentimes: 300_000 })).toBe(false);
    expect(doitEtreSolde({ ...base, montantEngageCentimes: null, totalPayeCentimes: 10 })).toBe(false);
  });
});

describe('montant accepté d’une demande de remboursement', () => {
  const demande = { montantDemandeCentimes: 120_000, resteDuCentimes: 200_000 };
  it('accepte le montant demandé sans motif', () => {
    expect(controlerMontantAccepte({ ...demande, montantAccepteCentimes: 120_000 })).toEqual([]);
  });
  it('exige un motif pour un montant inférieur à la demande', () => {
    expect(controlerMontantAccepte({ ...demande, montantAccepteCentimes: 100_000, motif: '  ' })).toEqual([{ chemin: 'motif', message: 'Indiquez pourquoi le montant accepté est inférieur au montant demandé.' }]);
    expect(controlerMontantAccepte({ ...demande, montantAccepteCentimes: 100_000, motif: 'Heures non réalisées' })).toEqual([]);
  });
  it('refuse plus que la demande, plus que le reste dû, ou zéro', () => {
    expect(controlerMontantAccepte({ ...demande, montantAccepteCentimes: 120_001, motif: 'x' })[0]!.message).toMatch(/^Le montant accepté ne peut pas dépasser le montant demandé \(1.200,00.€\)\.$/);
    expect(controlerMontantAccepte({ montantDemandeCentimes: 120_000, resteDuCentimes: 80_000, montantAccepteCentimes: 90_000, motif: 'x' })[0]!.message).toMatch(/reste dû sur le dossier \(800,00.€\)/);
    expect(controlerMontantAccepte({ ...demande, montantAccepteCentimes: 0 })[0]!.chemin).toBe('montantCentimes');
  });
});
