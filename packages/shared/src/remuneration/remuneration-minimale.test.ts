import { describe, expect, it } from 'vitest';
import { referentielParDefaut } from '../referentiel/referentiel-par-defaut';
import type { Referentiel } from '../referentiel/referentiel.schema';
import { calculerRemunerationMinimale } from './remuneration-minimale';
import { DemandeRemunerationMinimaleSchema } from './remuneration-minimale.schema';

function referentielAvecSmic(mensuelCentimes: number): Referentiel {
  return { ...referentielParDefaut, smic: [{ debut: '2000-01-01', source: 'SMIC de test', mensuelCentimes, horaireCentimes: 1188 }] };
}

function espacesSimples(texte: string): string {
  return texte.replace(/\s/g, ' ');
}

/** DOMAIN.md §5 check values, rounded up; the 2026 column completes the three values given there. */
const MINIMA: Record<number, Record<number, number>> = {
  180180: { 27: 48649, 39: 70271, 43: 77478, 51: 91892, 53: 95496, 55: 99099, 61: 109910, 67: 120721, 78: 140541, 100: 180180 },
  182303: { 27: 49222, 39: 71099, 43: 78391, 51: 92975, 53: 96621, 55: 100267, 61: 111205, 67: 122144, 78: 142197, 100: 182303 },
};

const SCENARIOS = [
  {
    nom: 'un apprenti de 15 ans qui atteint 18 ans en 3e année',
    dateNaissance: '2010-03-10',
    dateDebutContrat: '2025-09-01',
    dateFinContrat: '2028-08-31',
    attendu: [
      ['2025-09-01', '2026-08-31', 1, 'moins_de_18', 27],
      ['2026-09-01', '2027-08-31', 2, 'moins_de_18', 39],
      ['2027-09-01', '2028-03-31', 3, 'moins_de_18', 55],
      ['2028-04-01', '2028-08-31', 3, 'de_18_a_20', 67],
    ],
  },
  {
    nom: 'un apprenti de 18 ans qui atteint 21 ans en 3e année',
    dateNaissance: '2006-05-20',
    dateDebutContrat: '2024-09-01',
    dateFinContrat: '2027-08-31',
    attendu: [
      ['2024-09-01', '2025-08-31', 1, 'de_18_a_20', 43],
      ['2025-09-01', '2026-08-31', 2, 'de_18_a_20', 51],
      ['2026-09-01', '2027-05-31', 3, 'de_18_a_20', 67],
      ['2027-06-01', '2027-08-31', 3, 'de_21_a_25', 78],
    ],
  },
  {
    nom: 'un apprenti de 21 ans sur un contrat de 4 ans (la 4e année reprend le taux de 3e année)',
    dateNaissance: '2003-01-15',
    dateDebutContrat: '2024-09-01',
    dateFinContrat: '2028-08-31',
    attendu: [
      ['2024-09-01', '2025-08-31', 1, 'de_21_a_25', 53],
      ['2025-09-01', '2026-08-31', 2, 'de_21_a_25', 61],
      ['2026-09-01', '2027-08-31', 3, 'de_21_a_25', 78],
      ['2027-09-01', '2028-08-31', 4, 'de_21_a_25', 78],
    ],
  },
  {
    nom: 'un apprenti de 26 ans',
    dateNaissance: '1998-04-02',
    dateDebutContrat: '2024-09-01',
    dateFinContrat: '2025-08-31',
    attendu: [['2024-09-01', '2025-08-31', 1, 'plus_de_26', 100]],
  },
] as const;

describe('calculerRemunerationMinimale', () => {
  describe.each([180180, 182303])('avec un SMIC mensuel de %i centimes', (smic) => {
    it.each(SCENARIOS)('découpe les périodes et calcule les minima pour $nom', (scenario) => {
      const { periodes } = calculerRemunerationMinimale({ ...scenario, referentiel: referentielAvecSmic(smic) });
      expect(periodes.map((p) => [p.debut, p.fin, p.anneeContrat, p.trancheAge, p.tauxPourcent])).toEqual(scenario.attendu);
      expect(periodes.map((p) => p.montantMensuelMinimumCentimes)).toEqual(
        scenario.attendu.map(([, , , , taux]) => MINIMA[smic]?.[taux]),
      );
    });
  });

  it('calcule 55 % de 1 801,80 € à 990,99 € et non 991,00 €', () => {
    const { periodes } = calculerRemunerationMinimale({
      dateNaissance: '2010-03-10',
      dateDebutContrat: '2025-09-01',
      dateFinContrat: '2028-02-29',
      referentiel: referentielAvecSmic(180180),
    });
    const troisiemeAnnee = periodes.find((p) => p.anneeContrat === 3);
    expect(troisiemeAnnee?.tauxPourcent).toBe(55);
    expect(troisiemeAnnee?.montantMensuelMinimumCentimes).toBe(99099);
  });

  it('change de tranche le 1er du mois qui suit le 18e anniversaire', () => {
    const { periodes } = calculerRemunerationMinimale({
      dateNaissance: '2007-09-10',
      dateDebutContrat: '2025-09-01',
      dateFinContrat: '2026-08-31',
      referentiel: referentielAvecSmic(180180),
    });
    expect(periodes.map((p) => [p.debut, p.fin, p.tauxPourcent])).toEqual([
      ['2025-09-01', '2025-09-30', 27],
      ['2025-10-01', '2026-08-31', 43],
    ]);
  });

  it('attend le mois suivant même quand l’anniversaire tombe le 1er', () => {
    const { periodes } = calculerRemunerationMinimale({
      dateNaissance: '2007-10-01',
      dateDebutContrat: '2025-09-01',
      dateFinContrat: '2026-08-31',
      referentiel: referentielAvecSmic(180180),
    });
    expect(periodes.map((p) => p.debut)).toEqual(['2025-09-01', '2025-11-01']);
  });

  it('applique dès le début la tranche de l’âge atteint à la date de début', () => {
    const { periodes } = calculerRemunerationMinimale({
      dateNaissance: '2007-08-20',
      dateDebutContrat: '2025-09-01',
      dateFinContrat: '2026-08-31',
      referentiel: referentielAvecSmic(180180),
    });
    expect(periodes.map((p) => [p.debut, p.trancheAge, p.tauxPourcent])).toEqual([['2025-09-01', 'de_18_a_20', 43]]);
  });

  it('retient le salaire minimum conventionnel à partir de 21 ans quand il dépasse le SMIC', () => {
    const { periodes, explications } = calculerRemunerationMinimale({
      dateNaissance: '2004-11-15',
      dateDebutContrat: '2024-09-01',
      dateFinContrat: '2026-08-31',
      smcMensuelCentimes: 200000,
      referentiel: referentielAvecSmic(180180),
    });
    expect(periodes.map((p) => [p.debut, p.tauxPourcent, p.base, p.montantMensuelMinimumCentimes])).toEqual([
      ['2024-09-01', 43, 'smic', 77478],
      ['2025-09-01', 51, 'smic', 91892],
      ['2025-12-01', 61, 'smc', 122000],
    ]);
    expect(explications).toContain('À partir de 21 ans, le salaire minimum conventionnel est retenu quand il est supérieur au SMIC.');
  });

  it('garde le SMIC quand le salaire minimum conventionnel lui est inférieur', () => {
    const { periodes } = calculerRemunerationMinimale({
      dateNaissance: '2003-01-15',
      dateDebutContrat: '2024-09-01',
      dateFinContrat: '2025-08-31',
      smcMensuelCentimes: 170000,
      referentiel: referentielAvecSmic(180180),
    });
    expect(periodes[0]?.base).toBe('smic');
    expect(periodes[0]?.montantMensuelMinimumCentimes).toBe(95496);
  });

  it.each([
    ['2006-05-20', 58, 104505, '58 % (43 % + 15 points)'],
    ['1998-04-02', 100, 180180, '100 % (100 % + 15 points)'],
  ])('ajoute 15 points (sans dépasser 100 %%) pour un apprenti né le %s', (dateNaissance, taux, montant, libelle) => {
    const { periodes } = calculerRemunerationMinimale({
      dateNaissance,
      dateDebutContrat: '2024-09-01',
      dateFinContrat: '2025-08-31',
      majoration15Points: true,
      referentiel: referentielAvecSmic(180180),
    });
    expect(periodes[0]?.tauxPourcent).toBe(taux);
    expect(periodes[0]?.montantMensuelMinimumCentimes).toBe(montant);
    expect(periodes[0]?.explication).toContain(libelle);
  });

  it('prend pour chaque période le SMIC en vigueur à son premier jour', () => {
    const { periodes } = calculerRemunerationMinimale({
      dateNaissance: '2006-05-20',
      dateDebutContrat: '2025-09-01',
      dateFinContrat: '2027-08-31',
      referentiel: referentielParDefaut,
    });
    expect(periodes.map((p) => [p.baseMensuelleCentimes, p.montantMensuelMinimumCentimes])).toEqual([
      [180180, 77478],
      [182303, 92975],
      [182303, 111205],
    ]);
  });

  it('explique chaque période en toutes lettres', () => {
    const { periodes, explications } = calculerRemunerationMinimale({
      dateNaissance: '2006-05-20',
      dateDebutContrat: '2025-09-01',
      dateFinContrat: '2026-08-31',
      referentiel: referentielAvecSmic(180180),
    });
    expect(espacesSimples(periodes[0]?.explication ?? '')).toBe(
      'Du 01/09/2025 au 31/08/2026 — 1re année, 18 à 20 ans : 43 % du SMIC (1 801,80 €) = 774,78 € par mois',
    );
    expect(explications[0]).toBe(
      "Âge de l'apprenti(e) au début du contrat : 19 ans ; la tranche d'âge change le 1er du mois qui suit l'anniversaire.",
    );
    expect(explications).toContain('Montants arrondis au centime supérieur : la rémunération ne peut pas être inférieure au minimum légal.');
  });

  it('refuse un contrat qui finit avant de commencer', () => {
    expect(() =>
      calculerRemunerationMinimale({
        dateNaissance: '2006-05-20',
        dateDebutContrat: '2025-09-01',
        dateFinContrat: '2025-08-31',
        referentiel: referentielParDefaut,
      }),
    ).toThrow('La date de fin du contrat ne peut pas précéder sa date de début');
  });
});

describe('DemandeRemunerationMinimaleSchema', () => {
  it('signale sur le bon champ une fin de contrat antérieure au début', () => {
    const resultat = DemandeRemunerationMinimaleSchema.safeParse({
      dateNaissance: '2006-05-20',
      dateDebutContrat: '2025-09-01',
      dateFinContrat: '2025-08-01',
    });
    expect(resultat.error?.issues.map((i) => [i.path.join('.'), i.message])).toEqual([
      ['dateFinContrat', 'La date de fin du contrat ne peut pas précéder sa date de début'],
    ]);
  });
});
