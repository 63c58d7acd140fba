import { describe, expect, it } from 'vitest';
import { referentielParDefaut } from '../referentiel/referentiel-par-defaut';
import { AUTRES_VOIES_50_SALARIES_ET_PLUS, estimerActionIndividuelle } from './action-individuelle';
import { criteresApplicables } from './criteres-action-individuelle';
import type { DemandeFinancementActionIndividuelle } from './demande-financement.schema';
import type { Estimation } from './estimation';

function estimer(modifications: Partial<DemandeFinancementActionIndividuelle> = {}, date = '2025-09-01'): Estimation {
  return estimerActionIndividuelle(
    {
      dispositif: 'action_individuelle',
      idcc: '0843',
      effectif: 5,
      dateDebut: '2025-10-06',
      dateFin: '2025-10-07',
      categorie: 'base',
      heures: 14,
      coutPedagogiqueCentimes: 35000,
      diplomante: false,
      salairesDemandes: false,
      dejaEngageAnneeCentimes: 0,
      ...modifications,
    },
    referentielParDefaut,
    date,
  );
}

describe('criteresApplicables', () => {
  it.each([
    ['0177', '2026-03-01', 'Branche 177'],
    ['0213', '2026-03-01', 'Branche 213'],
    ['0177', '2025-03-01', 'Interprofession'],
    ['0843', '2026-03-01', 'Interprofession'],
  ])('retient pour l’IDCC %s au %s les critères « %s »', (idcc, date, libelle) => {
    expect(criteresApplicables(referentielParDefaut, idcc, date).libelle).toBe(libelle);
  });
});

describe('estimerActionIndividuelle', () => {
  it('applique les plafonds horaires et les forfaits de l’interprofession', () => {
    const estimation = estimer({
      salairesDemandes: true,
      fraisAnnexes: { kilometres: 100, nuiteesGrandeVille: 0, nuiteesAutres: 1, repas: 2, montantReelCentimes: 15000 },
    });
    expect(estimation.montants).toEqual({
      pedagogie: 28000,
      salaires: 18200,
      fraisAnnexes: 15000,
      aides: 0,
      participationEmployeur: 0,
      total: 61200,
      resteACharge: 7000,
    });
    expect(estimation.echeancier.map((e) => [e.date, e.montantCentimes])).toEqual([
      ['2025-10-07', 28000],
      ['2025-10-07', 18200],
      ['2025-10-07', 15000],
    ]);
  });

  it('limite une action non diplômante à 10 000 € et pas une action diplômante', () => {
    const base = { categorie: 'expert' as const, heures: 400, coutPedagogiqueCentimes: 1200000, dateFin: '2026-03-31' };
    expect(estimer(base).montants.total).toBe(1000000);
    expect(estimer({ ...base, diplomante: true }).montants.total).toBe(1200000);
  });

  it.each([
    [49, true],
    [50, false],
  ])('avec %i salariés, la demande est éligible : %s', (effectif, eligible) => {
    const estimation = estimer({ effectif });
    expect(estimation.eligible).toBe(eligible);
    if (!eligible) {
      expect(estimation.motifs).toEqual([
        "L'entreprise compte 50 salariés : l'action individuelle est réservée aux entreprises de moins de 50 salariés.",
      ]);
      expect(estimation.explications).toEqual(AUTRES_VOIES_50_SALARIES_ET_PLUS);
    }
  });

  it.each([
    [{ dateDepot: '2025-10-05' }, '2025-10-10', true],
    [{ dateDepot: '2025-10-06' }, '2025-09-01', false],
    [{}, '2025-10-05', true],
    [{}, '2025-10-06', false],
  ])('avec %o évalué le %s, déposée avant le début : %s', (modifications, date, eligible) => {
    const estimation = estimer(modifications, date);
    expect(estimation.eligible).toBe(eligible);
    if (!eligible) {
      expect(estimation.motifs).toEqual([
        'La demande doit être déposée avant le début de la formation : déposée le 06/10/2025 pour une formation commençant le 06/10/2025.',
      ]);
    }
  });

  describe('branche 177 en 2026', () => {
    const demande2026 = { idcc: '0177', dateDebut: '2026-03-02', dateFin: '2026-03-03' };

    it('plafonne au reste du plafond annuel de 2 000 € et ne prend en charge ni salaires ni frais', () => {
      const estimation = estimer(
        {
          ...demande2026,
          dejaEngageAnneeCentimes: 150000,
          coutPedagogiqueCentimes: 90000,
          salairesDemandes: true,
          fraisAnnexes: { kilometres: 10, nuiteesGrandeVille: 0, nuiteesAutres: 0, repas: 1, montantReelCentimes: 2500 },
        },
        '2026-02-01',
      );
      expect(estimation.montants).toMatchObject({ pedagogie: 50000, salaires: 0, fraisAnnexes: 0, total: 50000, resteACharge: 42500 });
      expect(estimation.explications).toEqual(
        expect.arrayContaining([
          'Les salaires ne sont pas pris en charge par ces critères.',
          'Les frais annexes ne sont pas pris en charge par ces critères.',
        ]),
      );
    });

    it.each([
      [3, false],
      [4, true],
    ])('avec %i heures (minimum 4), la demande est éligible : %s', (heures, eligible) => {
      expect(estimer({ ...demande2026, heures }, '2026-02-01').eligible).toBe(eligible);
    });

    it('applique le plafond de 3 000 € à une entreprise de 11 à 49 salariés', () => {
      expect(estimer({ ...demande2026, effectif: 11, coutPedagogiqueCentimes: 500000 }, '2026-02-01').montants.total).toBe(300000);
    });
  });

  it('refuse quand le plafond annuel de la branche 213 est déjà atteint', () => {
    const estimation = estimer(
      { idcc: '0213', effectif: 20, dateDebut: '2026-05-04', dateFin: '2026-05-05', dejaEngageAnneeCentimes: 600000 },
      '2026-04-01',
    );
    expect(estimation.eligible).toBe(false);
    expect(estimation.motifs.map((m) => m.replace(/\s/g, ' '))).toEqual([
      'Le plafond annuel de 6 000,00 € pour la classe « de 11 à 49 salariés » est déjà atteint cette année.',
    ]);
  });

  it('réduit d’abord les frais annexes puis les salaires quand le plafond est dépassé', () => {
    const referentiel = {
      ...referentielParDefaut,
      criteresActionIndividuelle: referentielParDefaut.criteresActionIndividuelle.map((c) =>
        c.branche === 'interprofession' ? { ...c, plafondAnnuelEntreprise: { moins_de_11: 40000, de_11_a_49: 40000 } } : c,
      ),
    };
    const estimation = estimerActionIndividuelle(
      {
        dispositif: 'action_individuelle',
        idcc: '0843',
        effectif: 5,
        dateDebut: '2025-10-06',
        dateFin: '2025-10-07',
        categorie: 'base',
        heures: 14,
        coutPedagogiqueCentimes: 28000,
        diplomante: false,
        salairesDemandes: true,
        fraisAnnexes: { kilometres: 0, nuiteesGrandeVille: 0, nuiteesAutres: 0, repas: 2, montantReelCentimes: 3800 },
        dejaEngageAnneeCentimes: 0,
      },
      referentiel,
      '2025-09-01',
    );
    expect(estimation.montants).toMatchObject({ pedagogie: 28000, salaires: 12000, fraisAnnexes: 0, total: 40000 });
  });
});
