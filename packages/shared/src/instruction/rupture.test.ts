import { describe, expect, it } from 'vitest';
import { estimerApprentissage } from '../financement/apprentissage';
import type { DemandeFinancementApprentissage } from '../financement/demande-financement.schema';
import { referentielParDefaut } from '../referentiel/referentiel-par-defaut';
import { EnregistrerRuptureSchema } from './instruction.schema';
import { demandeApresRupture, enPeriodeProbatoire, montantEngageApresRupture, verifierRupture } from './rupture';

const contrat: DemandeFinancementApprentissage = {
  dispositif: 'apprentissage',
  dateConclusion: '2025-08-20',
  dateDebutContrat: '2025-09-01',
  dateFinContrat: '2027-08-31',
  niveauCertification: 6,
  npec: { rncp: 'RNCP35316', cpne: '0843', libelleCpne: 'boulangerie', montantAnnuelCentimes: 800000, dateApplicabilite: '2024-07-15' },
  dureeFormationHeures: 800,
};

describe('rupture d’un contrat d’apprentissage', () => {
  it('proratise au jour : 8 000 € sur 61 jours donnent 1 336,98 €, et la participation de l’employeur tombe à 668,49 € en période probatoire', () => {
    const e = estimerApprentissage(demandeApresRupture(contrat, '2025-10-31', 'periode_probatoire'), referentielParDefaut);
    expect(e.montants.pedagogie).toBe(133698);
    expect(e.montants.participationEmployeur).toBe(66849);
    expect(e.explications).toContain('Contrat rompu : prise en charge jusqu\'au 31/10/2025 inclus.');
  });

  it('ne tient pour probatoire que la rupture dont c’est la cause (les semaines au CFA ne comptent pas)', () => {
    expect(enPeriodeProbatoire('periode_probatoire')).toBe(true);
    expect(enPeriodeProbatoire('commun_accord')).toBe(false);
    expect(demandeApresRupture(contrat, '2025-10-31', 'commun_accord')).toMatchObject({ dateRupture: '2025-10-31', ruptureEnPeriodeProbatoire: false });
  });

  it('une rupture tardive garde la participation pleine de 750 € et réduit le montant', () => {
    const entier = estimerApprentissage(contrat, referentielParDefaut);
    const rompu = estimerApprentissage(demandeApresRupture(contrat, '2026-06-30', 'licenciement'), referentielParDefaut);
    expect(rompu.montants.participationEmployeur).toBe(75000);
    expect(rompu.montants.total).toBeLessThan(entier.montants.total);
  });

  it('refuse une date hors du contrat ou dans le futur, avec un message sur le champ', () => {
    expect(verifierRupture(contrat, '2025-08-31', '2026-12-01')).toEqual({ chemin: 'date', message: 'La date de rupture précède le début du contrat.' });
    expect(verifierRupture(contrat, '2027-09-01', '2028-01-01')?.message).toBe('La date de rupture est postérieure à la fin prévue du contrat.');
    expect(verifierRupture(contrat, '2026-12-02', '2026-12-01')?.message).toBe('La date de rupture ne peut pas être dans le futur.');
    expect(verifierRupture(contrat, '2026-03-15', '2026-12-01')).toBeNull();
  });

  it('n’engage jamais plus après la rupture qu’avant', () => {
    expect(montantEngageApresRupture(120000, 100000)).toBe(100000);
    expect(montantEngageApresRupture(80000, 100000)).toBe(80000);
    expect(montantEngageApresRupture(80000, null)).toBe(80000);
  });

  it('exige une cause de la liste', () => {
    const r = EnregistrerRuptureSchema.safeParse({ date: '2026-01-10', motif: 'fatigue' });
    expect(r.success).toBe(false);
    expect(r.error?.issues[0]?.message).toBe('Choisissez la cause de la rupture.');
  });
});
