import { describe, expect, it } from 'vitest';
import { echeancierPourMontant } from './echeancier';

const moteur = [
  { date: '2026-01-01', libelle: 'Avance', montantCentimes: 40000 },
  { date: '2026-07-01', libelle: '7e mois', montantCentimes: 30000 },
  { date: '2026-10-01', libelle: 'Solde', montantCentimes: 30001 },
];

describe('échéancier du montant engagé', () => {
  it('reprend l’échéancier du moteur quand le montant est le sien', () => {
    expect(echeancierPourMontant(moteur, 100001)).toEqual(moteur);
  });

  it('répartit un autre montant en proportion, le dernier versement prenant le reste', () => {
    const e = echeancierPourMontant(moteur, 50000);
    expect(e.map((x) => x.montantCentimes)).toEqual([19999, 14999, 15002]);
    expect(e.reduce((s, x) => s + x.montantCentimes, 0)).toBe(50000);
    expect(e.map((x) => x.libelle)).toEqual(['Avance', '7e mois', 'Solde']);
  });

  it('ne donne rien sans échéancier du moteur', () => {
    expect(echeancierPourMontant([], 1000)).toEqual([]);
  });
});
