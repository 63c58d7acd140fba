import { describe, expect, it } from 'vitest';
import { referentielParDefaut } from '../referentiel/referentiel-par-defaut';
import { estimerApprentissage } from './apprentissage';
import type { DemandeFinancementApprentissage } from './demande-financement.schema';
import type { Estimation } from './estimation';

function demande(modifications: Partial<DemandeFinancementApprentissage> = {}): DemandeFinancementApprentissage {
  return {
    dispositif: 'apprentissage',
    dateConclusion: '2025-08-20',
    dateDebutContrat: '2025-09-01',
    dateFinContrat: '2026-08-31',
    niveauCertification: 4,
    npec: { rncp: 'RNCP35316', cpne: '0843', libelleCpne: 'boulangerie', montantAnnuelCentimes: 800000, dateApplicabilite: '2024-07-15' },
    dureeFormationHeures: 800,
    ...modifications,
  };
}

function estimer(modifications: Partial<DemandeFinancementApprentissage> = {}): Estimation {
  return estimerApprentissage(demande(modifications), referentielParDefaut);
}

function sommeEcheancier(estimation: Estimation): number {
  return estimation.echeancier.reduce((s, e) => s + e.montantCentimes, 0);
}

function texte(lignes: string[]): string[] {
  return lignes.map((l) => l.replace(/\s/g, ' '));
}

describe('estimerApprentissage — exemple de rupture', () => {
  const estimation = estimer({
    niveauCertification: 6,
    dateFinContrat: '2027-08-31',
    dateRupture: '2025-10-31',
    ruptureEnPeriodeProbatoire: true,
  });

  it('proratise 8 000 € sur 61 jours à 1 336,98 € (arrondi inférieur)', () => {
    expect(estimation.montants.pedagogie).toBe(133698);
  });

  it('fixe la participation de l’employeur à 50 %, soit 668,49 €', () => {
    expect(estimation.montants.participationEmployeur).toBe(66849);
    expect(estimation.montants.resteACharge).toBe(66849);
    expect(estimation.montants.total).toBe(66849);
  });

  it('verse à la date de rupture ce qui restait à venir, participation déduite', () => {
    expect(estimation.echeancier.map((e) => [e.date, e.montantCentimes])).toEqual([
      ['2025-10-31', 26739],
      ['2025-10-31', 26739],
      ['2025-10-31', 13371],
    ]);
    expect(sommeEcheancier(estimation)).toBe(estimation.montants.total);
  });

  it('explique le calcul ligne à ligne', () => {
    expect(texte(estimation.explications)).toEqual(
      expect.arrayContaining([
        'Contrat rompu : prise en charge jusqu\'au 31/10/2025 inclus.',
        'NPEC RNCP35316 × CPNE boulangerie = 8 000,00 € × 61/365 jours = 1 336,98 € (arrondi au centime inférieur).',
        'Rupture pendant les 45 premiers jours de formation pratique : participation de l\'employeur = 50 % de 1 336,98 € = 668,49 €, plafonnée à 750,00 €.',
      ]),
    );
  });
});

describe('estimerApprentissage — contrats conclus à partir du 1er juillet 2025', () => {
  it('proratise au jour sur 731 jours et verse 40/30/20/10 chaque année', () => {
    const estimation = estimer({
      dateConclusion: '2027-08-01',
      dateDebutContrat: '2027-09-01',
      dateFinContrat: '2029-08-31',
      npec: { rncp: 'RNCP35316', cpne: '0843', libelleCpne: 'boulangerie', montantAnnuelCentimes: 750000, dateApplicabilite: '2024-07-15' },
    });
    expect(texte(estimation.explications)).toContain(
      'NPEC RNCP35316 × CPNE boulangerie = 7 500,00 € × 731/365 jours = 15 020,54 € (arrondi au centime inférieur).',
    );
    expect(estimation.montants.pedagogie).toBe(1502054);
    expect(estimation.echeancier.map((e) => [e.date, e.libelle, e.montantCentimes])).toEqual([
      ['2027-09-01', 'Avance — 1re année', 300821],
      ['2028-03-01', 'Versement du 7e mois — 1re année', 225616],
      ['2028-06-01', 'Versement du 10e mois — 1re année', 150410],
      ['2028-08-31', 'Solde sur justificatifs de réalisation — 1re année', 75207],
      ['2028-09-01', 'Avance — 2e année', 300000],
      ['2029-03-01', 'Versement du 7e mois — 2e année', 225000],
      ['2029-06-01', 'Versement du 10e mois — 2e année', 150000],
      ['2029-08-31', 'Solde sur justificatifs de réalisation — 2e année', 75000],
    ]);
    expect(sommeEcheancier(estimation)).toBe(estimation.montants.total);
  });

  it('déduit la participation de 750 € du premier versement pour une certification de niveau 6', () => {
    const estimation = estimer({ niveauCertification: 6 });
    expect(estimation.montants).toEqual({
      pedagogie: 800000,
      salaires: 0,
      fraisAnnexes: 0,
      aides: 0,
      participationEmployeur: 75000,
      total: 725000,
      resteACharge: 75000,
    });
    const premier = estimation.echeancier[0];
    expect({ ...premier, libelle: texte([premier?.libelle ?? ''])[0] }).toEqual({
      date: '2025-09-01',
      libelle: 'Avance (participation de l\'employeur de 750,00 € déduite)',
      montantCentimes: 245000,
    });
  });

  it.each([
    [5, false, 0],
    [6, false, 75000],
    [7, true, 20000],
  ])('demande au niveau %i (nouveau contrat après rupture : %s) une participation de %i centimes', (niveau, apresRupture, participation) => {
    expect(estimer({ niveauCertification: niveau, nouveauContratApresRupture: apresRupture }).montants.participationEmployeur).toBe(participation);
  });

  it('plafonne la participation à 750 € après une rupture en période probatoire tardive', () => {
    const estimation = estimer({
      niveauCertification: 7,
      npec: { rncp: 'RNCP1002', cpne: '2', montantAnnuelCentimes: 1200000, dateApplicabilite: '2024-07-15' },
      dateRupture: '2025-12-31',
      ruptureEnPeriodeProbatoire: true,
    });
    expect(estimation.montants.pedagogie).toBe(401095);
    expect(estimation.montants.participationEmployeur).toBe(75000);
  });

  it.each([
    [600000, 680, 480000, 'minoré de 20 %'],
    [450000, 680, 400000, 'ramené au plancher de 4 000 €'],
    [350000, 680, 350000, 'inchangé quand il est déjà sous le plancher'],
    [600000, 640, 480000, 'minoré à exactement 80 % à distance'],
    [600000, 639, 600000, 'inchangé juste sous 80 % à distance'],
  ])('un NPEC de %i centimes avec %i h à distance sur 800 est %s… soit %i', (npec, heuresADistance, attendu) => {
    const estimation = estimer({
      npec: { rncp: 'RNCP35316', cpne: '0843', montantAnnuelCentimes: npec, dateApplicabilite: '2024-07-15' },
      heuresADistance,
    });
    expect(estimation.montants.pedagogie).toBe(attendu);
  });

  it('retient la valeur d’amorçage du niveau quand la certification n’a pas de NPEC', () => {
    const estimation = estimer({ npec: null, niveauCertification: 5 });
    expect(estimation.montants.pedagogie).toBe(600000);
    expect(texte(estimation.explications)[0]).toMatch(/^Certification sans NPEC publié : valeur d'amorçage du niveau 5 = 6 000,00 € par an/);
  });

  it('plafonne les frais annexes par nuitée, par repas et pour le premier équipement', () => {
    const estimation = estimer({
      fraisAnnexes: { nuitees: 10, coutNuiteeCentimes: 800, repas: 20, coutRepasCentimes: 250, premierEquipementCentimes: 65000 },
    });
    expect(estimation.montants.fraisAnnexes).toBe(10 * 600 + 20 * 250 + 50000);
    expect(estimation.echeancier.at(-1)).toEqual({ date: '2026-08-31', libelle: 'Frais annexes (sur justificatifs)', montantCentimes: 61000 });
  });

  it('plafonne la majoration RQTH à 4 000 € par an', () => {
    const estimation = estimer({ rqth: true, majorationRqthAnnuelleDemandeeCentimes: 500000 });
    expect(estimation.montants.pedagogie).toBe(800000 + 400000);
  });

  it('ignore la majoration RQTH demandée pour un apprenti qui n’est pas reconnu travailleur handicapé', () => {
    expect(estimer({ rqth: false, majorationRqthAnnuelleDemandeeCentimes: 300000 }).montants.pedagogie).toBe(800000);
  });

  it.each([
    [undefined, 12 * 23000 + 40 * 1500],
    ['2025-10-31', 2 * 23000 + 40 * 1500],
  ])('verse l’aide au maître d’apprentissage par mois entamé (rupture au %s) et sa formation dans la limite de 40 h', (dateRupture, aides) => {
    const estimation = estimer({
      dateRupture,
      aideMaitreApprentissageDemandee: true,
      heuresFormationMaitreApprentissage: 50,
    });
    expect(estimation.montants.aides).toBe(aides);
    expect(sommeEcheancier(estimation)).toBe(estimation.montants.total);
  });
});

describe('estimerApprentissage — contrats conclus avant le 1er juillet 2025', () => {
  it('compte chaque mois entamé et ne demande aucune participation à l’employeur', () => {
    const estimation = estimer({
      dateConclusion: '2024-09-10',
      dateDebutContrat: '2024-09-16',
      dateFinContrat: '2026-09-15',
      dateRupture: '2024-11-02',
      niveauCertification: 7,
    });
    expect(estimation.montants.pedagogie).toBe(133333);
    expect(estimation.montants.participationEmployeur).toBe(0);
    expect(estimation.echeancier.map((e) => [e.date, e.montantCentimes])).toEqual([
      ['2024-09-16', 66666],
      ['2024-11-02', 33333],
      ['2024-11-02', 33334],
    ]);
  });

  it('verse 50 % puis 25 % au 7e mois et le solde au 10e mois, chaque année', () => {
    const estimation = estimer({
      dateConclusion: '2024-08-01',
      dateDebutContrat: '2024-09-01',
      dateFinContrat: '2026-08-31',
      npec: { rncp: 'RNCP1002', cpne: '2', montantAnnuelCentimes: 949700, dateApplicabilite: '2024-07-15' },
    });
    expect(estimation.montants.pedagogie).toBe(1899400);
    expect(estimation.echeancier.map((e) => [e.date, e.montantCentimes])).toEqual([
      ['2024-09-01', 474850],
      ['2025-03-01', 237425],
      ['2025-06-01', 237425],
      ['2025-09-01', 474850],
      ['2026-03-01', 237425],
      ['2026-06-01', 237425],
    ]);
  });

  it.each([
    ['2025-06-30', 121666, 'deux mois entamés'],
    ['2025-07-01', 116000, '58 jours'],
  ])('applique au contrat conclu le %s la règle en vigueur : %i centimes (%s)', (dateConclusion, attendu) => {
    const estimation = estimer({
      dateConclusion,
      dateDebutContrat: '2025-07-15',
      dateFinContrat: '2027-07-14',
      dateRupture: '2025-09-10',
      npec: { rncp: 'RNCP35316', cpne: '0843', montantAnnuelCentimes: 730000, dateApplicabilite: '2024-07-15' },
    });
    expect(estimation.montants.pedagogie).toBe(attendu);
  });
});

describe('estimerApprentissage — demandes incohérentes', () => {
  it('déclare inéligible un contrat dont la rupture tombe hors du contrat', () => {
    const estimation = estimer({ dateRupture: '2027-01-01' });
    expect(estimation.eligible).toBe(false);
    expect(estimation.motifs).toEqual(['La date de rupture doit être comprise entre le début et la fin du contrat.']);
    expect(estimation.montants.total).toBe(0);
    expect(estimation.echeancier).toEqual([]);
  });

  it('déclare inéligible une certification sans NPEC ni valeur d’amorçage pour son niveau', () => {
    const referentiel = {
      ...referentielParDefaut,
      valeursAmorcage: [{ debut: '2022-09-01', source: 'test', montants: [{ niveau: 3, montantAnnuelCentimes: 547000 }] }],
    };
    const estimation = estimerApprentissage(demande({ npec: null, niveauCertification: 7 }), referentiel);
    expect(estimation.eligible).toBe(false);
    expect(estimation.motifs[0]).toContain("le niveau 7 n'a pas de valeur d'amorçage");
  });
});
