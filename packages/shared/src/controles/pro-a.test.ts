import { describe, expect, it } from 'vitest';
import { referentielParDefaut } from '../referentiel/referentiel-par-defaut';
import { controler } from './controler';
import type { DemandeProAControlee } from './demande-controlee.schema';
import { DemandeControleeSchema } from './demande-controlee.schema';

type Modification = (d: DemandeProAControlee) => void;

function anomalies(...modifications: Modification[]): [string, string, string][] {
  const d: DemandeProAControlee = {
    dispositif: 'pro_a',
    employeur: { siret: '73282932000074', effectif: 20 },
    salarie: { nom: 'Leroy', prenom: 'Inès', dateNaissance: '1990-06-12', natureContrat: 'cdi', niveauQualification: 4 },
    action: {
      organismeSiret: '73282932000074',
      certification: 'rncp',
      dateDebut: '2025-10-01',
      dateFin: '2026-06-30',
      heures: 200,
      dureeHebdomadaire: { heures: 35, minutes: 0 },
      accordBrancheDureeEtendue: false,
      accordBranchePartEtendue: false,
      avenantSigne: true,
    },
  };
  for (const modifier of modifications) modifier(d);
  expect(DemandeControleeSchema.safeParse(d).success).toBe(true);
  return controler(d, referentielParDefaut, '2025-09-15')
    .filter((c) => c.niveau !== 'ok')
    .map((c) => [c.code, c.niveau, c.champ]);
}

describe('controlerProA', () => {
  it('ne signale rien pour un salarié en CDI de niveau bac', () => {
    expect(anomalies()).toEqual([]);
  });

  it.each([
    ['cdd', 4, [['PRO_A_CDI', 'bloquant', 'salarie.natureContrat']]],
    ['cui_cdi', 4, []],
    ['cdi', 5, []],
    ['cdi', 6, [['PRO_A_NIVEAU', 'bloquant', 'salarie.niveauQualification']]],
  ] as const)('un salarié en %s de niveau %i', (natureContrat, niveauQualification, attendu) => {
    expect(anomalies((d) => void Object.assign(d.salarie, { natureContrat, niveauQualification }))).toEqual(attendu);
  });

  it.each([
    ['rncp', 149, [
      ['HEURES_MINIMUM', 'bloquant', 'action.heures'],
      ['PART_FORMATION_MINIMUM', 'bloquant', 'action.heures'],
    ]],
    ['rncp', 150, [['PART_FORMATION_MINIMUM', 'bloquant', 'action.heures']]],
    ['rncp', 181, []],
    ['clea', 40, []],
    ['vae', 24, []],
  ] as const)('une certification %s de %i heures sur 9 mois', (certification, heures, attendu) => {
    expect(anomalies((d) => void Object.assign(d.action, { certification, heures }))).toEqual(attendu);
  });

  it('exige l’avenant au contrat de travail', () => {
    expect(anomalies((d) => void (d.action.avenantSigne = false))).toEqual([['PRO_A_AVENANT', 'bloquant', 'action.avenantSigne']]);
  });
});
