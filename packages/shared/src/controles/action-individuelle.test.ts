import { describe, expect, it } from 'vitest';
import { referentielParDefaut } from '../referentiel/referentiel-par-defaut';
import type { Controle } from './controle.schema';
import { controler } from './controler';
import type { DemandeActionIndividuelleControlee } from './demande-controlee.schema';
import { DemandeControleeSchema } from './demande-controlee.schema';

type Modification = (d: DemandeActionIndividuelleControlee) => void;

function controles(date: string, ...modifications: Modification[]): Controle[] {
  const d: DemandeActionIndividuelleControlee = {
    dispositif: 'action_individuelle',
    employeur: { siret: '73282932000074', effectif: 5, idcc: '0843' },
    stagiaire: { nom: 'Garcia', prenom: 'Léo', emploi: 'Boulanger' },
    action: {
      intitule: 'Hygiène alimentaire',
      categorie: 'base',
      organismeSiret: '73282932000074',
      dateDebut: '2025-10-06',
      dateFin: '2025-10-07',
      heures: 14,
      coutPedagogiqueCentimes: 35000,
    },
  };
  for (const modifier of modifications) modifier(d);
  expect(DemandeControleeSchema.safeParse(d).success).toBe(true);
  return controler(d, referentielParDefaut, date);
}

function anomalies(date: string, ...modifications: Modification[]): [string, string, string][] {
  return controles(date, ...modifications)
    .filter((c) => c.niveau !== 'ok')
    .map((c) => [c.code, c.niveau, c.champ]);
}

describe('controlerActionIndividuelle', () => {
  it('ne signale rien pour une demande déposée plus d’un mois avant la formation', () => {
    expect(anomalies('2025-09-06')).toEqual([]);
  });

  it.each([
    [49, []],
    [50, [['EFFECTIF', 'bloquant', 'employeur.effectif']]],
  ] as const)('pour une entreprise de %i salariés', (effectif, attendu) => {
    expect(anomalies('2025-09-01', (d) => void (d.employeur.effectif = effectif))).toEqual(attendu);
  });

  it('explique les autres voies de financement à partir de 50 salariés', () => {
    const effectif = controles('2025-09-01', (d) => void (d.employeur.effectif = 50)).find((c) => c.code === 'EFFECTIF');
    expect(effectif?.message).toContain('compte personnel de formation');
  });

  it.each([
    ['2025-09-06', []],
    ['2025-09-07', [['DEPOT_TARDIF', 'avertissement', 'action.dateDebut']]],
    ['2025-10-05', [['DEPOT_TARDIF', 'avertissement', 'action.dateDebut']]],
    ['2025-10-06', [['DEPOT_AVANT_DEBUT', 'bloquant', 'action.dateDebut']]],
  ] as const)('déposée le %s pour une formation du 06/10/2025', (date, attendu) => {
    expect(anomalies(date)).toEqual(attendu);
  });

  it('retient la date de dépôt enregistrée plutôt que la date du jour', () => {
    expect(anomalies('2025-12-01', (d) => void (d.dateDepot = '2025-09-01'))).toEqual([]);
  });

  describe('critères de la branche 177 en 2026', () => {
    const branche177 = (heures: number, dateFin: string): Modification => (d) => {
      d.employeur.idcc = '0177';
      d.action.dateDebut = '2026-03-02';
      d.action.dateFin = dateFin;
      d.action.heures = heures;
    };

    it.each([
      [3, '2026-03-02', [['HEURES_MINIMUM', 'bloquant', 'action.heures']]],
      [4, '2026-03-02', []],
      [100, '2026-07-02', [['DELAI_REALISATION', 'bloquant', 'action.dateFin']]],
      [100, '2026-06-01', []],
      [140, '2026-07-02', []],
    ] as const)('%i heures jusqu’au %s', (heures, dateFin, attendu) => {
      expect(anomalies('2026-01-15', branche177(heures, dateFin))).toEqual(attendu);
    });
  });
});
