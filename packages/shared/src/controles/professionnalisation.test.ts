import { describe, expect, it } from 'vitest';
import { referentielParDefaut } from '../referentiel/referentiel-par-defaut';
import type { Controle } from './controle.schema';
import { controler } from './controler';
import type { DemandeProfessionnalisationControlee } from './demande-controlee.schema';
import { DemandeControleeSchema } from './demande-controlee.schema';

type Modification = (d: DemandeProfessionnalisationControlee) => void;

function demande(...modifications: Modification[]): DemandeProfessionnalisationControlee {
  const d: DemandeProfessionnalisationControlee = {
    dispositif: 'professionnalisation',
    employeur: { siret: '73282932000074', effectif: 8 },
    salarie: {
      nom: 'Bernard',
      prenom: 'Hugo',
      sexe: 'M',
      dateNaissance: '2004-03-10',
      qualifie: true,
      inscritFranceTravail: false,
      inscritDepuisPlusDUnAn: false,
      beneficiaireMinimaSociaux: false,
      sortantContratAide: false,
    },
    tuteur: { nom: 'Roux', prenom: 'Claire', dateNaissance: '1975-01-01', anneesExperience: 5, nombreSalariesSuivis: 1, estEmployeur: false },
    contrat: {
      nature: 'cdd',
      dateConclusion: '2024-12-20',
      dateDebut: '2025-01-01',
      dateFin: '2025-12-31',
      dureeHebdomadaire: { heures: 35, minutes: 0 },
      accordBrancheDureeEtendue: false,
    },
    formation: { organismeSiret: '73282932000074', heures: 400, dateDebut: '2025-01-06', dateFin: '2025-12-15', accordBranchePartEtendue: false },
  };
  for (const modifier of modifications) modifier(d);
  return d;
}

function controles(...modifications: Modification[]): Controle[] {
  return controler(demande(...modifications), referentielParDefaut, '2024-12-28');
}

function anomalies(...modifications: Modification[]): [string, string, string][] {
  return controles(...modifications)
    .filter((c) => c.niveau !== 'ok')
    .map((c) => [c.code, c.niveau, c.champ]);
}

describe('controlerProfessionnalisation', () => {
  it('ne signale rien sur un contrat conforme', () => {
    expect(DemandeControleeSchema.safeParse(demande()).success).toBe(true);
    expect(anomalies()).toEqual([]);
    expect(controles().find((c) => c.code === 'PART_FORMATION')?.message).toBe('Formation : 400 h sur 1607 h de travail, soit 24,9 %.');
  });

  describe('part de la formation (sur 1 607 h par an à 35 h)', () => {
    it.each([
      [241, [['PART_FORMATION_MINIMUM', 'bloquant', 'formation.heures']]],
      [242, []],
      [401, []],
      [402, [['PART_FORMATION_MAXIMUM', 'bloquant', 'formation.heures']]],
    ] as const)('avec %i heures sur un an', (heures, attendu) => {
      expect(anomalies((d) => void (d.formation.heures = heures))).toEqual(attendu);
    });

    it('admet plus de 25 % avec un accord de branche', () => {
      expect(anomalies((d) => {
        d.formation.heures = 500;
        d.formation.accordBranchePartEtendue = true;
      })).toEqual([]);
    });

    it.each([
      [149, [['HEURES_MINIMUM', 'bloquant', 'formation.heures']]],
      [150, []],
    ] as const)('avec %i heures sur six mois', (heures, attendu) => {
      expect(
        anomalies((d) => {
          d.contrat.dateFin = '2025-06-30';
          d.formation.dateFin = '2025-06-30';
          d.formation.heures = heures;
        }),
      ).toEqual(attendu);
    });
  });

  describe('durée de l’action', () => {
    const codeDuree = (...m: Modification[]) => {
      const c = controles(...m).find((x) => x.code.startsWith('DUREE'));
      return [c?.code, c?.niveau];
    };
    const finLe = (dateFin: string): Modification => (d) => void (d.contrat.dateFin = dateFin);

    it.each([
      ['2025-06-29', 'DUREE_MINIMUM', 'bloquant'],
      ['2025-06-30', 'DUREE', 'ok'],
      ['2025-12-31', 'DUREE', 'ok'],
      ['2026-01-01', 'DUREE_ACCORD_REQUIS', 'bloquant'],
      ['2027-12-31', 'DUREE_MAXIMUM', 'bloquant'],
      ['2028-01-01', 'DUREE_MAXIMUM', 'bloquant'],
    ])('pour un public non prioritaire sans accord, jusqu’au %s : %s', (dateFin, code, niveau) => {
      expect(codeDuree(finLe(dateFin))).toEqual([code, niveau]);
    });

    it('admet 24 mois avec un accord de branche, pas 25', () => {
      const accord: Modification = (d) => void (d.contrat.accordBrancheDureeEtendue = true);
      expect(codeDuree(finLe('2026-12-31'), accord)).toEqual(['DUREE', 'ok']);
      expect(codeDuree(finLe('2027-01-31'), accord)).toEqual(['DUREE_MAXIMUM', 'bloquant']);
    });

    it.each([
      ['jeune sans qualification', (d: DemandeProfessionnalisationControlee) => void (d.salarie.qualifie = false)],
      ['bénéficiaire de minima sociaux', (d: DemandeProfessionnalisationControlee) => void (d.salarie.beneficiaireMinimaSociaux = true)],
      ['sortant de contrat aidé', (d: DemandeProfessionnalisationControlee) => void (d.salarie.sortantContratAide = true)],
    ])('admet 36 mois pour un %s, pas davantage', (_public, modification) => {
      expect(codeDuree(finLe('2027-12-31'), modification)).toEqual(['DUREE', 'ok']);
      expect(codeDuree(finLe('2028-01-01'), modification)).toEqual(['DUREE_MAXIMUM', 'bloquant']);
    });
  });

  describe('public', () => {
    it.each([
      ['2009-01-02', 'PUBLIC_AGE', 'bloquant'],
      ['2009-01-01', 'PUBLIC', 'ok'],
      ['1999-01-02', 'PUBLIC', 'ok'],
      ['1999-01-01', 'PUBLIC_NON_ELIGIBLE', 'bloquant'],
    ])('un salarié né le %s : %s', (dateNaissance, code, niveau) => {
      const c = controles((d) => void (d.salarie.dateNaissance = dateNaissance)).find((x) => x.code.startsWith('PUBLIC'));
      expect([c?.code, c?.niveau]).toEqual([code, niveau]);
    });

    it('ouvre le contrat à un demandeur d’emploi de 26 ans et plus', () => {
      const c = controles((d) => {
        d.salarie.dateNaissance = '1980-01-01';
        d.salarie.inscritFranceTravail = true;
      }).find((x) => x.code.startsWith('PUBLIC'));
      expect(c?.code).toBe('PUBLIC');
    });
  });

  describe('tuteur', () => {
    it.each([
      [{ anneesExperience: 1.5 }, [['TUTEUR_EXPERIENCE', 'bloquant', 'tuteur.anneesExperience']]],
      [{ anneesExperience: 2 }, []],
      [{ nombreSalariesSuivis: 3 }, []],
      [{ nombreSalariesSuivis: 4 }, [['TUTEUR_NOMBRE', 'bloquant', 'tuteur.nombreSalariesSuivis']]],
      [{ estEmployeur: true, nombreSalariesSuivis: 2 }, []],
      [{ estEmployeur: true, nombreSalariesSuivis: 3 }, [['TUTEUR_NOMBRE', 'bloquant', 'tuteur.nombreSalariesSuivis']]],
    ])('avec %o', (tuteur, attendu) => {
      expect(anomalies((d) => void Object.assign(d.tuteur, tuteur))).toEqual(attendu);
    });
  });

  it('exige une formation comprise dans le contrat et un contrat signé avant son début', () => {
    expect(
      anomalies((d) => {
        d.formation.dateFin = '2026-01-15';
        d.contrat.dateConclusion = '2025-01-02';
      }),
    ).toEqual([
      ['DATE_CONCLUSION', 'bloquant', 'contrat.dateConclusion'],
      ['DATES_FORMATION', 'bloquant', 'formation.dateDebut'],
    ]);
  });

  it('avertit d’un contrat transmis plus de 5 jours ouvrables après son début (1er janvier férié)', () => {
    expect(anomalies((d) => void (d.dateDepot = '2025-01-07'))).toEqual([]);
    expect(anomalies((d) => void (d.dateDepot = '2025-01-08'))).toEqual([['DEPOT_HORS_DELAI', 'avertissement', 'contrat.dateDebut']]);
  });
});
