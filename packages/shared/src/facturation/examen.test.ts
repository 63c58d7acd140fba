import { describe, expect, it } from 'vitest';
import { alertesExamen, heuresConvenues, lireDonneesRemboursement } from './examen';
import { etapeRemboursement, motifRefusRemboursement } from './facturation.schema';

describe('lecture d’une demande de remboursement', () => {
  it('lit les montants par nature (objet ou liste), les heures réalisées et la dernière demande', () => {
    expect(lireDonneesRemboursement({ montants: { pedagogie: 80_000, salaires: 20_000, fraisAnnexes: 0 }, heuresRealisees: 14, derniereDemande: true })).toEqual({
      montants: [
        { nature: 'pedagogie', libelle: 'Frais pédagogiques', centimes: 80_000 },
        { nature: 'salaires', libelle: 'Salaires', centimes: 20_000 },
      ],
      heuresRealisees: 14,
      stagiaires: [],
      derniereDemande: true,
      commentaire: null,
    });
    const liste = lireDonneesRemboursement({ montants: [{ nature: 'hebergement', montantCentimes: 1_200 }, { nature: 'tutorat', montantCentimes: 300 }], stagiaires: [{ nom: 'Léa', heuresRealisees: 7 }, { nom: 'Tom', heuresRealisees: 6.5 }], commentaire: 'Deux sessions.' });
    expect(liste).toEqual({
      montants: [{ nature: 'tutorat', libelle: 'Tutorat (fonction tutorale, formation du tuteur)', centimes: 300 }, { nature: 'hebergement', libelle: 'hebergement', centimes: 1_200 }],
      heuresRealisees: 13.5,
      stagiaires: [{ nom: 'Léa', heuresRealisees: 7 }, { nom: 'Tom', heuresRealisees: 6.5 }],
      derniereDemande: false,
      commentaire: 'Deux sessions.',
    });
    expect(lireDonneesRemboursement({ stagiaires: [{ nom: 'Léa' }] }).heuresRealisees).toBeNull();
    expect(lireDonneesRemboursement({})).toEqual({ montants: [], heuresRealisees: null, stagiaires: [], derniereDemande: false, commentaire: null });
  });

  it('trouve les heures convenues dans le formulaire de chaque dispositif', () => {
    expect(heuresConvenues('action_individuelle', { action: { heures: 21 } })).toBe(21);
    expect(heuresConvenues('apprentissage', { formation: { dureeHeures: 800 } })).toBe(800);
    expect(heuresConvenues('professionnalisation', { formation: {} })).toBeNull();
  });
});

describe('alertes de l’examen', () => {
  const base = { heuresConvenues: 14, heuresRealisees: 14, montantDemandeCentimes: 50_000, resteDuCentimes: 100_000, jourDemande: '2026-11-20', dateLimiteForclusion: '2027-01-31' };
  it('ne signale rien quand tout concorde', () => {
    expect(alertesExamen(base)).toEqual([]);
  });
  it('signale les heures, le montant au-delà du reste dû et la forclusion', () => {
    expect(alertesExamen({ ...base, heuresRealisees: 15, montantDemandeCentimes: 100_001, jourDemande: '2027-02-01' }).map((a) => a.code)).toEqual(['heures_depassees', 'montant_superieur_reste', 'forclusion']);
    expect(alertesExamen({ ...base, heuresRealisees: 13.5 })[0]!.message).toBe('Heures réalisées (13.5 h) inférieures aux heures convenues (14 h) : vérifiez le certificat de réalisation.');
    expect(alertesExamen({ ...base, jourDemande: '2027-02-01' })[0]!.message).toBe('Demande envoyée après la date limite du 31/01/2027 (forclusion).');
  });
});

describe('étape et motif de refus', () => {
  it('suit la demande de l’examen au paiement', () => {
    expect(etapeRemboursement({ statut: 'a_venir', accepteLe: null, lotPaiementId: null })).toBe('a_examiner');
    expect(etapeRemboursement({ statut: 'a_venir', accepteLe: new Date(), lotPaiementId: null })).toBe('accepte');
    expect(etapeRemboursement({ statut: 'a_venir', accepteLe: new Date(), lotPaiementId: 'x' })).toBe('en_lot');
    expect(etapeRemboursement({ statut: 'paye', accepteLe: new Date(), lotPaiementId: 'x' })).toBe('paye');
    expect(etapeRemboursement({ statut: 'refuse', accepteLe: null, lotPaiementId: null })).toBe('refuse');
  });
  it('compose le motif que lit l’entreprise', () => {
    expect(motifRefusRemboursement('forclusion', '  Formation terminée en janvier. ')).toBe('Demande trop tardive (forclusion) : Formation terminée en janvier.');
    expect(motifRefusRemboursement('justificatif_manquant', '')).toBe('Justificatif manquant');
  });
});
