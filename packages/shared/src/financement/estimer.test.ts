import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ajouterJours, moisEntames, nombreDeJoursInclus } from '../commun/dates';
import { referentielParDefaut } from '../referentiel/referentiel-par-defaut';
import type {
  DemandeFinancement,
  DemandeFinancementActionIndividuelle,
  DemandeFinancementApprentissage,
  DemandeFinancementProA,
  DemandeFinancementProfessionnalisation,
} from './demande-financement.schema';
import { DemandeFinancementSchema } from './demande-financement.schema';
import type { Estimation } from './estimation';
import { estimer } from './estimer';

const jour = (min: string, maxJours: number) => fc.integer({ min: 0, max: maxJours }).map((n) => ajouterJours(min, n));
const centimes = (max: number) => fc.integer({ min: 0, max });

const apprentissage: fc.Arbitrary<DemandeFinancementApprentissage> = fc
  .record({
    dateConclusion: jour('2024-01-01', 1500),
    decalageDebut: fc.integer({ min: 0, max: 60 }),
    duree: fc.integer({ min: 0, max: 1460 }),
    rupture: fc.option(fc.double({ min: 0, max: 1, noNaN: true }), { nil: undefined }),
    ruptureEnPeriodeProbatoire: fc.boolean(),
    nouveauContratApresRupture: fc.boolean(),
    niveauCertification: fc.integer({ min: 3, max: 8 }),
    npec: fc.option(centimes(3_000_000), { nil: null }),
    dureeFormationHeures: fc.integer({ min: 1, max: 2000 }),
    partDistance: fc.double({ min: 0, max: 1, noNaN: true }),
    rqth: fc.boolean(),
    majorationRqthAnnuelleDemandeeCentimes: centimes(1_000_000),
    aideMaitreApprentissageDemandee: fc.boolean(),
    heuresFormationMaitreApprentissage: fc.integer({ min: 0, max: 100 }),
    fraisAnnexes: fc.option(
      fc.record({
        nuitees: fc.integer({ min: 0, max: 400 }),
        coutNuiteeCentimes: centimes(5000),
        repas: fc.integer({ min: 0, max: 600 }),
        coutRepasCentimes: centimes(2000),
        premierEquipementCentimes: centimes(200_000),
      }),
      { nil: undefined },
    ),
  })
  .map((a) => {
    const dateDebutContrat = ajouterJours(a.dateConclusion, a.decalageDebut);
    const dateFinContrat = ajouterJours(dateDebutContrat, a.duree);
    const dateRupture = a.rupture === undefined ? undefined : ajouterJours(dateDebutContrat, Math.floor(a.rupture * a.duree));
    return {
      dispositif: 'apprentissage',
      dateConclusion: a.dateConclusion,
      dateDebutContrat,
      dateFinContrat,
      dateRupture,
      ruptureEnPeriodeProbatoire: dateRupture !== undefined && a.ruptureEnPeriodeProbatoire,
      nouveauContratApresRupture: a.nouveauContratApresRupture,
      niveauCertification: a.niveauCertification,
      npec: a.npec === null ? null : { rncp: 'RNCP35316', cpne: '0843', montantAnnuelCentimes: a.npec, dateApplicabilite: '2024-07-15' },
      dureeFormationHeures: a.dureeFormationHeures,
      heuresADistance: Math.floor(a.partDistance * a.dureeFormationHeures),
      rqth: a.rqth,
      majorationRqthAnnuelleDemandeeCentimes: a.majorationRqthAnnuelleDemandeeCentimes,
      aideMaitreApprentissageDemandee: a.aideMaitreApprentissageDemandee,
      heuresFormationMaitreApprentissage: a.heuresFormationMaitreApprentissage,
      fraisAnnexes: a.fraisAnnexes,
    };
  });

const professionnalisation: fc.Arbitrary<DemandeFinancementProfessionnalisation> = fc
  .record({
    debut: jour('2024-01-01', 1500),
    duree: fc.integer({ min: 0, max: 1100 }),
    heuresFormation: fc.integer({ min: 0, max: 2000 }),
    coutPedagogiqueCentimes: fc.option(centimes(5_000_000), { nil: undefined }),
    forfaitHoraireBrancheCentimes: fc.option(centimes(3000), { nil: undefined }),
    tutorat: fc.option(fc.record({ tuteurAgeDe45AnsOuPlus: fc.boolean(), publicPrioritaire: fc.boolean() }), { nil: undefined }),
    heuresFormationTuteur: fc.integer({ min: 0, max: 100 }),
  })
  .map(({ debut, duree, ...reste }) => ({
    dispositif: 'professionnalisation',
    dateDebutContrat: debut,
    dateFinContrat: ajouterJours(debut, duree),
    ...reste,
  }));

const proA: fc.Arbitrary<DemandeFinancementProA> = fc
  .record({
    debut: jour('2024-01-01', 1500),
    duree: fc.integer({ min: 0, max: 1100 }),
    heuresFormation: fc.integer({ min: 0, max: 2000 }),
    coutPedagogiqueCentimes: fc.option(centimes(5_000_000), { nil: undefined }),
    salarieEnCdi: fc.boolean(),
    niveauQualificationSalarie: fc.integer({ min: 0, max: 8 }),
    certificationCleaOuVae: fc.boolean(),
  })
  .map(({ debut, duree, ...reste }) => ({ dispositif: 'pro_a', dateDebut: debut, dateFin: ajouterJours(debut, duree), ...reste }));

const actionIndividuelle: fc.Arbitrary<DemandeFinancementActionIndividuelle> = fc
  .record({
    idcc: fc.constantFrom('0843', '0177', '0213', '1527'),
    effectif: fc.integer({ min: 0, max: 80 }),
    depot: fc.integer({ min: -60, max: 5 }),
    debut: jour('2024-01-01', 1500),
    duree: fc.integer({ min: 0, max: 200 }),
    categorie: fc.constantFrom('base', 'expert', 'vae', 'bilan'),
    heures: fc.integer({ min: 0, max: 500 }),
    coutPedagogiqueCentimes: centimes(3_000_000),
    diplomante: fc.boolean(),
    salairesDemandes: fc.boolean(),
    fraisAnnexes: fc.option(
      fc.record({
        kilometres: fc.integer({ min: 0, max: 2000 }),
        nuiteesGrandeVille: fc.integer({ min: 0, max: 10 }),
        nuiteesAutres: fc.integer({ min: 0, max: 10 }),
        repas: fc.integer({ min: 0, max: 30 }),
        montantReelCentimes: centimes(500_000),
      }),
      { nil: undefined },
    ),
    dejaEngageAnneeCentimes: centimes(800_000),
  })
  .map(({ depot, debut, duree, ...reste }) => ({
    dispositif: 'action_individuelle',
    dateDepot: ajouterJours(debut, depot),
    dateDebut: debut,
    dateFin: ajouterJours(debut, duree),
    ...reste,
  }));

const demande: fc.Arbitrary<DemandeFinancement> = fc.oneof(apprentissage, professionnalisation, proA, actionIndividuelle);

function plafondPedagogieApprentissage(d: DemandeFinancementApprentissage): number {
  const annuel = (d.npec?.montantAnnuelCentimes ?? 700_000) + (d.rqth ? Math.min(d.majorationRqthAnnuelleDemandeeCentimes ?? 0, 400_000) : 0);
  const fin = d.dateRupture ?? d.dateFinContrat;
  return d.dateConclusion >= '2025-07-01'
    ? (annuel * nombreDeJoursInclus(d.dateDebutContrat, fin)) / 365
    : (annuel * moisEntames(d.dateDebutContrat, fin)) / 12;
}

function verifierInvariants(d: DemandeFinancement, e: Estimation): void {
  const { montants } = e;
  for (const montant of Object.values(montants)) {
    expect(Number.isInteger(montant)).toBe(true);
    expect(montant).toBeGreaterThanOrEqual(0);
  }
  expect(montants.total).toBe(montants.pedagogie + montants.salaires + montants.fraisAnnexes + montants.aides - montants.participationEmployeur);
  expect(e.echeancier.reduce((s, x) => s + x.montantCentimes, 0)).toBe(montants.total);
  for (const echeance of e.echeancier) expect(echeance.montantCentimes).toBeGreaterThan(0);
  expect(e.echeancier.map((x) => x.date)).toEqual(e.echeancier.map((x) => x.date).sort());
  if (!e.eligible) {
    expect(e.motifs.length).toBeGreaterThan(0);
    expect(montants.total).toBe(0);
  }

  switch (d.dispositif) {
    case 'apprentissage': {
      expect(montants.pedagogie).toBeLessThanOrEqual(plafondPedagogieApprentissage(d));
      expect(montants.participationEmployeur).toBeLessThanOrEqual(75_000);
      const f = d.fraisAnnexes;
      expect(montants.fraisAnnexes).toBeLessThanOrEqual(f ? f.nuitees * 600 + f.repas * 300 + 50_000 : 0);
      expect(montants.aides).toBeLessThanOrEqual(12 * 23_000 + 40 * 1_500);
      const fin = d.dateRupture ?? d.dateFinContrat;
      for (const echeance of e.echeancier) {
        expect(echeance.date >= d.dateDebutContrat && echeance.date <= fin).toBe(true);
      }
      break;
    }
    case 'professionnalisation':
      expect(montants.pedagogie).toBeLessThanOrEqual((d.forfaitHoraireBrancheCentimes ?? 915) * d.heuresFormation);
      expect(montants.aides).toBeLessThanOrEqual(6 * 34_500 + 40 * 1_500);
      break;
    case 'pro_a':
      expect(montants.total).toBeLessThanOrEqual(300_000);
      if (d.coutPedagogiqueCentimes !== undefined) expect(montants.total).toBeLessThanOrEqual(d.coutPedagogiqueCentimes);
      break;
    case 'action_individuelle':
      expect(montants.pedagogie).toBeLessThanOrEqual(d.coutPedagogiqueCentimes);
      if (d.effectif >= 50 || (d.dateDepot ?? '') >= d.dateDebut) expect(e.eligible).toBe(false);
      if (d.idcc === '0177' && d.dateDebut >= '2026-01-01' && d.dateDebut <= '2026-12-31') {
        expect(montants.total).toBeLessThanOrEqual(Math.max(0, (d.effectif < 11 ? 200_000 : 300_000) - d.dejaEngageAnneeCentimes));
      }
      if (!d.diplomante && (d.idcc === '0843' || d.idcc === '1527')) expect(montants.total).toBeLessThanOrEqual(1_000_000);
      break;
  }
}

describe('estimer — propriétés', () => {
  it('génère des demandes que le schéma accepte', () => {
    fc.assert(
      fc.property(demande, (d) => {
        expect(DemandeFinancementSchema.safeParse(d).error?.issues ?? []).toEqual([]);
      }),
      { numRuns: 200 },
    );
  });

  it('ne produit que des montants positifs, sous les plafonds, dont l’échéancier fait exactement le total', () => {
    fc.assert(
      fc.property(demande, (d) => {
        verifierInvariants(d, estimer(d, referentielParDefaut, '2025-01-01'));
      }),
      { numRuns: 1500 },
    );
    // 1 500 cases take about 1 s alone, several on two busy cores: the run's size is the point, not its time.
  }, 30_000);
});

describe('estimer', () => {
  it('confie chaque dispositif à sa règle', () => {
    const estimation = estimer(
      {
        dispositif: 'pro_a',
        dateDebut: '2025-10-01',
        dateFin: '2026-06-30',
        heuresFormation: 200,
        salarieEnCdi: true,
        niveauQualificationSalarie: 4,
        certificationCleaOuVae: false,
      },
      referentielParDefaut,
      '2025-09-01',
    );
    expect(estimation.montants.total).toBe(183000);
  });
});
