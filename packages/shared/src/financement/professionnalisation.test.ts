import { describe, expect, it } from 'vitest';
import { referentielParDefaut } from '../referentiel/referentiel-par-defaut';
import type { DemandeFinancementProfessionnalisation } from './demande-financement.schema';
import type { Estimation } from './estimation';
import { estimerProfessionnalisation } from './professionnalisation';

function estimer(modifications: Partial<DemandeFinancementProfessionnalisation> = {}): Estimation {
  return estimerProfessionnalisation(
    {
      dispositif: 'professionnalisation',
      dateDebutContrat: '2025-09-01',
      dateFinContrat: '2026-08-31',
      dateFinFormation: '2026-06-30',
      heuresFormation: 400,
      ...modifications,
    },
    referentielParDefaut,
  );
}

describe('estimerProfessionnalisation', () => {
  it.each([
    [{}, 366000, 0],
    [{ forfaitHoraireBrancheCentimes: 1500 }, 600000, 0],
    [{ coutPedagogiqueCentimes: 300000 }, 300000, 0],
    [{ coutPedagogiqueCentimes: 500000 }, 366000, 134000],
  ])('avec %o finance %i centimes de formation et laisse %i à l’employeur', (modifications, pedagogie, resteACharge) => {
    const estimation = estimer(modifications);
    expect(estimation.montants.pedagogie).toBe(pedagogie);
    expect(estimation.montants.resteACharge).toBe(resteACharge);
  });

  it.each([
    [149, false],
    [150, true],
  ])('avec %i heures de formation, la demande est éligible : %s', (heuresFormation, eligible) => {
    const estimation = estimer({ heuresFormation });
    expect(estimation.eligible).toBe(eligible);
    expect(estimation.montants.pedagogie).toBe(eligible ? 150 * 915 : 0);
    if (!eligible) expect(estimation.motifs).toEqual(['La formation doit durer au moins 150 heures (149 h prévues).']);
  });

  it.each([
    [{ tuteurAgeDe45AnsOuPlus: false, publicPrioritaire: false }, '2026-08-31', 6 * 23000],
    [{ tuteurAgeDe45AnsOuPlus: true, publicPrioritaire: false }, '2026-08-31', 6 * 34500],
    [{ tuteurAgeDe45AnsOuPlus: false, publicPrioritaire: true }, '2026-08-31', 6 * 34500],
    [{ tuteurAgeDe45AnsOuPlus: false, publicPrioritaire: false }, '2025-12-15', 4 * 23000],
  ])('verse l’aide tutorale %o pour un contrat finissant le %s : %i centimes', (tutorat, dateFinContrat, aide) => {
    expect(estimer({ tutorat, dateFinContrat, dateFinFormation: dateFinContrat }).montants.aides).toBe(aide);
  });

  it('finance la formation du tuteur dans la limite de 40 heures et présente l’échéancier', () => {
    const estimation = estimer({ tutorat: { tuteurAgeDe45AnsOuPlus: false, publicPrioritaire: false }, heuresFormationTuteur: 50 });
    expect(estimation.montants.aides).toBe(6 * 23000 + 40 * 1500);
    expect(estimation.montants.total).toBe(366000 + 138000 + 60000);
    expect(estimation.echeancier).toEqual([
      { date: '2026-02-28', libelle: 'Aide à la fonction tutorale', montantCentimes: 138000 },
      { date: '2026-02-28', libelle: 'Formation du tuteur', montantCentimes: 60000 },
      { date: '2026-06-30', libelle: 'Formation (sur facture et certificat de réalisation)', montantCentimes: 366000 },
    ]);
  });
});
