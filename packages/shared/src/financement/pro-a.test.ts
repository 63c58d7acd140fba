import { describe, expect, it } from 'vitest';
import { referentielParDefaut } from '../referentiel/referentiel-par-defaut';
import type { DemandeFinancementProA } from './demande-financement.schema';
import type { Estimation } from './estimation';
import { estimerProA } from './pro-a';

function estimer(modifications: Partial<DemandeFinancementProA> = {}): Estimation {
  return estimerProA(
    {
      dispositif: 'pro_a',
      dateDebut: '2025-10-01',
      dateFin: '2026-06-30',
      heuresFormation: 200,
      salarieEnCdi: true,
      niveauQualificationSalarie: 4,
      certificationCleaOuVae: false,
      ...modifications,
    },
    referentielParDefaut,
  );
}

describe('estimerProA', () => {
  it.each([
    [{}, 183000],
    [{ heuresFormation: 400 }, 300000],
    [{ coutPedagogiqueCentimes: 150000 }, 150000],
    [{ certificationCleaOuVae: true, heuresFormation: 50 }, 45750],
  ])('avec %o finance %i centimes', (modifications, pedagogie) => {
    const estimation = estimer(modifications);
    expect(estimation.eligible).toBe(true);
    expect(estimation.montants.pedagogie).toBe(pedagogie);
    expect(estimation.echeancier).toEqual([
      { date: '2026-06-30', libelle: 'Formation (sur facture et certificat de réalisation)', montantCentimes: pedagogie },
    ]);
  });

  it.each([
    [{ salarieEnCdi: false }, 'La Pro-A est réservée aux salariés en CDI (ou CUI-CDI).'],
    [{ niveauQualificationSalarie: 6 }, 'La Pro-A est réservée aux salariés dont la qualification est inférieure au niveau 6 (licence) ; niveau déclaré : 6.'],
    [{ heuresFormation: 149 }, 'La formation doit durer au moins 150 heures, sauf CléA ou VAE (149 h prévues).'],
  ])('refuse %o : « %s »', (modifications, motif) => {
    const estimation = estimer(modifications);
    expect(estimation.eligible).toBe(false);
    expect(estimation.motifs).toEqual([motif]);
    expect(estimation.montants.total).toBe(0);
  });

  it('accepte un salarié de niveau 5, juste sous la licence', () => {
    expect(estimer({ niveauQualificationSalarie: 5 }).eligible).toBe(true);
  });
});
