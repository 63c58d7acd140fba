import { describe, expect, it } from 'vitest';
import type { DemandeRemboursement } from './demande-remboursement.schema';
import { DemandeRemboursementSchema } from './demande-remboursement.schema';
import { RechercheRemboursementsSchema } from './liste.schema';
import { formaterNumeroRemboursement } from './numero';
import { consommationDuDossier, dateLimiteDeDemande, DELAI_FORCLUSION_MOIS, heuresConvenues, resteARembourser, verifierDemandeRemboursement, type ContexteVerification } from './regles';

const demande = (d: Partial<DemandeRemboursement> = {}): DemandeRemboursement => ({
  cleIdempotence: '8f2d1c3a-4b5e-4f60-8a71-9b8c7d6e5f40',
  montants: { pedagogie: 30_000 },
  stagiaires: [{ nom: 'Anna DUPUIS', heuresRealisees: 14 }],
  derniereDemande: false,
  ...d,
});
const contexte = (c: Partial<ContexteVerification> = {}): ContexteVerification => ({
  dispositif: 'action_individuelle',
  montantEngageCentimes: 46_200,
  resteCentimes: 46_200,
  heuresConvenues: 14,
  dateFin: '2026-10-15',
  aujourdhui: '2026-11-22',
  pieces: { facture: 1, certificat_realisation: 1 },
  ...c,
});

describe('ce qui reste à rembourser sur un dossier', () => {
  it('retire les demandes à venir (au montant accepté s’il existe) et les paiements, pas les refus', () => {
    const existants = [
      { statut: 'a_venir', montantDemandeCentimes: 10_000, montantAccepteCentimes: null, montantPayeCentimes: null },
      { statut: 'a_venir', montantDemandeCentimes: 20_000, montantAccepteCentimes: 15_000, montantPayeCentimes: null },
      { statut: 'paye', montantDemandeCentimes: 5_000, montantAccepteCentimes: 5_000, montantPayeCentimes: 4_000 },
      { statut: 'refuse', montantDemandeCentimes: 99_000, montantAccepteCentimes: null, montantPayeCentimes: null },
    ] as const;
    expect(consommationDuDossier(existants)).toEqual({ enCoursCentimes: 25_000, payeCentimes: 4_000 });
    expect(resteARembourser(50_000, existants)).toBe(21_000);
    expect(resteARembourser(20_000, existants)).toBe(0);
    expect(resteARembourser(null, [])).toBe(0);
  });
});

describe('vérifier une demande de remboursement', () => {
  it('accepte une demande complète dans la limite de l’engagement', () => {
    expect(verifierDemandeRemboursement(demande(), contexte())).toEqual({ champs: [], alertes: [], totalCentimes: 30_000 });
  });

  it('refuse un total supérieur au reste, sur le champ des montants, avec les deux chiffres', () => {
    const r = verifierDemandeRemboursement(demande({ montants: { pedagogie: 30_000, salaires: 18_000 } }), contexte({ pieces: { facture: 1, certificat_realisation: 1, justificatif_salaire: 1 } }));
    expect(r.champs).toEqual([{ chemin: 'montants', message: expect.stringMatching(/Le total demandé \(480,00\s€\) dépasse ce qui reste à rembourser sur ce dossier \(462,00\s€\)/) }]);
  });

  it('refuse une demande vide et un dossier sans engagement', () => {
    expect(verifierDemandeRemboursement(demande({ montants: {} }), contexte()).champs).toEqual([{ chemin: 'montants', message: 'Indiquez au moins un montant demandé.' }]);
    expect(verifierDemandeRemboursement(demande(), contexte({ montantEngageCentimes: null, resteCentimes: 0 })).champs[0]!.message).toMatch(/Aucun montant n’est engagé/);
  });

  it(`refuse une demande envoyée plus de ${DELAI_FORCLUSION_MOIS} mois après la fin de la formation (forclusion), pas la veille`, () => {
    expect(dateLimiteDeDemande('2026-03-31')).toBe('2026-09-30');
    expect(verifierDemandeRemboursement(demande(), contexte({ dateFin: '2026-03-31', aujourdhui: '2026-09-30' })).champs).toEqual([]);
    const r = verifierDemandeRemboursement(demande(), contexte({ dateFin: '2026-03-31', aujourdhui: '2026-10-01' }));
    expect(r.champs).toEqual([{ chemin: 'demande', message: expect.stringContaining('forclose : elle devait être envoyée au plus tard le 30/09/2026') }]);
  });

  it('signale les heures au-delà de celles convenues sans refuser la demande', () => {
    const r = verifierDemandeRemboursement(demande({ stagiaires: [{ nom: 'Anna DUPUIS', heuresRealisees: 15.5 }, { nom: 'Marc NOËL', heuresRealisees: 14 }] }), contexte());
    expect(r.champs).toEqual([]);
    expect(r.alertes).toEqual([{ code: 'heures_superieures', message: 'Anna DUPUIS : 15,5 h réalisées pour 14 h convenues (stagiaire n° 1).' }]);
  });

  it('exige facture, certificat de réalisation, et le justificatif de salaire quand des salaires sont demandés', () => {
    const r = verifierDemandeRemboursement(demande({ montants: { pedagogie: 10_000, salaires: 5_000 } }), contexte({ pieces: {} }));
    expect(r.champs.map((c) => c.chemin)).toEqual(['facture', 'certificat_realisation', 'justificatif_salaire']);
    expect(verifierDemandeRemboursement(demande(), contexte({ pieces: { facture: 2, certificat_realisation: 1 } })).champs).toEqual([]);
  });

  it('refuse une nature que le dispositif ne rembourse pas', () => {
    const r = verifierDemandeRemboursement(demande({ montants: { pedagogie: 10_000, salaires: 1_000 } }), contexte({ dispositif: 'professionnalisation', pieces: { facture: 1, certificat_realisation: 1, justificatif_salaire: 1 } }));
    expect(r.champs).toEqual([{ chemin: 'montants.salaires', message: 'Ce dispositif ne rembourse pas les salaires.' }]);
  });

  it('lit les heures convenues là où chaque dispositif les range', () => {
    expect(heuresConvenues('apprentissage', { formation: { dureeHeures: 800 } })).toBe(800);
    expect(heuresConvenues('action_individuelle', { action: { heures: 14 } })).toBe(14);
    expect(heuresConvenues('pro_a', {})).toBeNull();
  });
});

describe('les données de la demande et les critères de recherche', () => {
  it('donne un message en français sur chaque champ mal rempli', () => {
    const r = DemandeRemboursementSchema.safeParse({ cleIdempotence: 'x', montants: { pedagogie: -1 }, stagiaires: [{ nom: '', heuresRealisees: 7.555 }], derniereDemande: 'oui' });
    expect(r.success).toBe(false);
    const messages = Object.fromEntries(r.error!.issues.map((i) => [i.path.join('.'), i.message]));
    expect(messages).toMatchObject({
      cleIdempotence: 'Identifiant de la demande invalide : rechargez la page',
      'montants.pedagogie': 'Le montant ne peut pas être négatif',
      'stagiaires.0.nom': 'Indiquez le nom du stagiaire',
      'stagiaires.0.heuresRealisees': 'Deux décimales au plus (par exemple 7,5)',
      derniereDemande: 'Répondez par oui ou par non',
    });
  });

  it('lit les montants saisis en euros, refuse les lettres, les intervalles inversés et les textes trop longs', () => {
    const ok = RechercheRemboursementsSchema.parse({ onglet: 'a_venir', montantMin: '1 500,50', montantMax: '2000', numero: '', beneficiaire: ' Noël ' });
    expect(ok).toMatchObject({ montantMin: 150_050, montantMax: 200_000, beneficiaire: 'Noël', tri: 'date_desc', taille: 20 });
    expect(ok.numero).toBeUndefined();
    const ko = RechercheRemboursementsSchema.safeParse({ onglet: 'a_venir', montantMin: '12abc', demandeDu: '2026-05-01', demandeAu: '2026-04-01', beneficiaire: 'x'.repeat(5_000) });
    const messages = Object.fromEntries(ko.error!.issues.map((i) => [i.path.join('.'), i.message]));
    expect(messages).toEqual({
      montantMin: 'Montant invalide : chiffres uniquement, par exemple 1500 ou 1500,50',
      beneficiaire: '100 caractères au plus',
    });
    const dates = RechercheRemboursementsSchema.safeParse({ onglet: 'paye', demandeDu: '2026-05-01', demandeAu: '2026-04-01', montantMin: '10', montantMax: '5' });
    expect(Object.fromEntries(dates.error!.issues.map((i) => [i.path.join('.'), i.message]))).toEqual({
      demandeAu: 'La date de fin précède la date de début',
      montantMax: 'Le montant maximum est inférieur au montant minimum',
    });
  });

  it('numérote RB-AAAA-NNNNNN', () => {
    expect(formaterNumeroRemboursement(2026, 42)).toBe('RB-2026-000042');
    expect(() => formaterNumeroRemboursement(2026, 0)).toThrow(RangeError);
  });
});
