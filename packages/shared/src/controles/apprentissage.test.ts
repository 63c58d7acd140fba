import { describe, expect, it } from 'vitest';
import { referentielParDefaut } from '../referentiel/referentiel-par-defaut';
import type { Controle } from './controle.schema';
import { comporteUnBlocage } from './controle';
import { controler } from './controler';
import type { DemandeApprentissageControlee } from './demande-controlee.schema';
import { DemandeControleeSchema } from './demande-controlee.schema';

type Modification = (d: DemandeApprentissageControlee) => void;

function demande(...modifications: Modification[]): DemandeApprentissageControlee {
  const d: DemandeApprentissageControlee = {
    dispositif: 'apprentissage',
    employeur: { siret: '73282932000074', typeEmployeur: '11', employeurSpecifique: '0', effectif: 3, idcc: '0843' },
    apprenti: {
      nom: 'Martin',
      prenom: 'Léa',
      sexe: 'F',
      dateNaissance: '2006-05-20',
      departementNaissance: '14',
      nationalite: '1',
      regimeSocial: '2',
      rqth: false,
      projetCreationReprise: false,
      sportifHautNiveau: false,
      mineurEmancipe: false,
    },
    maitresApprentissage: [
      { nom: 'Durand', prenom: 'Paul', dateNaissance: '1980-03-01', niveauDiplome: '4', anneesExperience: 10, diplomeEnRapport: true },
    ],
    attestationEligibiliteMaitres: true,
    contrat: {
      modeContractuel: '1',
      typeContrat: '11',
      dateConclusion: '2025-08-25',
      dateDebutExecution: '2025-09-01',
      dateDebutFormationPratique: '2025-09-01',
      dateFin: '2027-08-31',
      dureeHebdomadaire: { heures: 35, minutes: 0 },
      travailMachinesDangereuses: false,
    },
    formation: {
      cfaEntreprise: false,
      cfaSiret: '73282932000074',
      cfaUai: '0951099D',
      rncp: 'RNCP35316',
      niveau: 3,
      intitule: 'CAP Boulanger',
      dateDebut: '2025-09-08',
      dateFinEpreuves: '2027-06-30',
      dureeHeures: 840,
    },
  };
  for (const modifier of modifications) modifier(d);
  return d;
}

function controles(...modifications: Modification[]): Controle[] {
  return controler(demande(...modifications), referentielParDefaut, '2025-08-28');
}

function anomalies(...modifications: Modification[]): [string, string, string][] {
  return controles(...modifications)
    .filter((c) => c.niveau !== 'ok')
    .map((c) => [c.code, c.niveau, c.champ]);
}

const neLe = (dateNaissance: string): Modification => (d) => {
  d.apprenti.dateNaissance = dateNaissance;
  d.representantLegal = { nom: 'Martin', prenom: 'Anne' };
};

describe('controlerApprentissage', () => {
  it('ne signale rien sur un contrat conforme et confirme les règles vérifiées', () => {
    expect(DemandeControleeSchema.safeParse(demande()).success).toBe(true);
    expect(anomalies()).toEqual([]);
    expect(controles().filter((c) => c.niveau === 'ok').map((c) => c.code)).toEqual(['AGE', 'DUREE', 'DEPOT_A_TRANSMETTRE']);
  });

  it('refuse un employeur public en expliquant où déposer le contrat', () => {
    const resultat = controles((d) => {
      d.employeur.typeEmployeur = '22';
    }).find((c) => c.code === 'EMPLOYEUR_PUBLIC');
    expect(resultat?.niveau).toBe('bloquant');
    expect(resultat?.message).toContain("services de l'État (DDETS)");
  });

  describe('âge au début d’exécution', () => {
    it.each([
      ['1996-09-01', 'ok', 'AGE', '29 ans le jour du début'],
      ['1995-09-02', 'ok', 'AGE', '29 ans, la veille de ses 30 ans'],
      ['1995-09-01', 'bloquant', 'AGE_MAXIMUM', '30 ans le jour du début'],
      ['2009-09-01', 'ok', 'AGE', '16 ans le jour du début'],
      ['2009-09-02', 'bloquant', 'AGE_DEROGATION_REQUISE', '15 ans sans dérogation'],
      ['2010-09-02', 'bloquant', 'AGE_MINIMUM', '14 ans'],
    ])('un apprenti né le %s : %s (%s, %s)', (dateNaissance, niveau, code) => {
      const age = controles(neLe(dateNaissance)).find((c) => c.champ === 'apprenti.dateNaissance' || c.code === 'AGE_DEROGATION_REQUISE');
      expect([age?.code, age?.niveau]).toEqual([code, niveau]);
    });

    const exceptions: [string, Modification, string, string][] = [
      ['RQTH', (d) => void (d.apprenti.rqth = true), 'ok', 'AGE'],
      ['projet de création', (d) => void (d.apprenti.projetCreationReprise = true), 'ok', 'AGE'],
      ['sportif de haut niveau', (d) => void (d.apprenti.sportifHautNiveau = true), 'ok', 'AGE'],
      ['dérogation 12', (d) => void (d.contrat.typeDerogation = '12'), 'avertissement', 'AGE_DEROGATION_12'],
    ];
    it.each(exceptions)('accepte un apprenti de 30 ans dans un cas d’exception : %s', (_cas, exception, niveau, code) => {
      const age = controles(neLe('1995-09-01'), exception).find((c) => c.champ === 'apprenti.dateNaissance');
      expect([age?.code, age?.niveau]).toEqual([code, niveau]);
    });

    it.each([
      ['1990-09-01', 'avertissement', 'AGE_DEROGATION_12'],
      ['1989-09-01', 'bloquant', 'AGE_MAXIMUM'],
    ])('avec la dérogation 12, un apprenti né le %s : %s', (dateNaissance, niveau, code) => {
      const age = controles(neLe(dateNaissance), (d) => void (d.contrat.typeDerogation = '12')).find((c) => c.champ === 'apprenti.dateNaissance');
      expect([age?.code, age?.niveau]).toEqual([code, niveau]);
    });

    it('accepte un apprenti de 15 ans avec la dérogation 11', () => {
      expect(anomalies(neLe('2010-06-01'), (d) => void (d.contrat.typeDerogation = '11'))).toEqual([]);
    });

    it.each([
      ['11', 'DEROGATION_11', 'La dérogation 11 est réservée aux apprentis de moins de 16 ans (19 ans).'],
      ['12', 'DEROGATION_12', 'La dérogation 12 est réservée aux apprentis de 29 ans et plus (19 ans).'],
    ] as const)('refuse la dérogation %s incohérente avec l’âge', (derogation, code, message) => {
      const resultat = controles((d) => void (d.contrat.typeDerogation = derogation)).find((c) => c.code === code);
      expect(resultat).toEqual({ code, niveau: 'bloquant', champ: 'contrat.typeDerogation', message });
    });
  });

  describe('représentant légal', () => {
    const mineur: Modification = (d) => void (d.apprenti.dateNaissance = '2008-10-01');

    it('l’exige pour un apprenti mineur non émancipé à la signature', () => {
      expect(anomalies(mineur)).toEqual([['REPRESENTANT_LEGAL', 'bloquant', 'representantLegal']]);
    });

    it.each([
      ['émancipé', (d: DemandeApprentissageControlee) => void (d.apprenti.mineurEmancipe = true)],
      ['représenté', (d: DemandeApprentissageControlee) => void (d.representantLegal = { nom: 'Martin', prenom: 'Anne' })],
    ])('ne l’exige pas pour un mineur %s', (_cas, modification) => {
      expect(anomalies(mineur, modification)).toEqual([]);
    });

    it('ne l’exige pas pour un apprenti majeur le jour de la signature', () => {
      expect(anomalies((d) => void (d.apprenti.dateNaissance = '2007-08-25'))).toEqual([]);
    });
  });

  describe('NIR', () => {
    it('accepte un NIR cohérent avec le sexe, la naissance et le département', () => {
      expect(
        anomalies((d) => {
          d.apprenti.dateNaissance = '1955-08-14';
          d.apprenti.nir = '255081416802538';
          d.apprenti.rqth = true;
        }),
      ).toEqual([]);
    });

    it('signale chaque incohérence sur le champ NIR', () => {
      const resultats = controles((d) => {
        d.apprenti.nir = '255081416802538';
        d.apprenti.sexe = 'M';
      }).filter((c) => c.code === 'NIR_INCOHERENT');
      expect(resultats.map((r) => [r.champ, r.message])).toEqual([
        ['apprenti.nir', 'Le NIR commence par 2 alors que le sexe déclaré est masculin (attendu : 1)'],
        ['apprenti.nir', "L'année de naissance (06) ne correspond pas aux 2e et 3e chiffres du NIR (55)"],
        ['apprenti.nir', 'Le mois de naissance (05) ne correspond pas aux 4e et 5e chiffres du NIR (08)'],
      ]);
    });
  });

  describe('durée du contrat', () => {
    const finLe = (dateFin: string, dateFinEpreuves = dateFin): Modification => (d) => {
      d.contrat.dateFin = dateFin;
      d.formation.dateFinEpreuves = dateFinEpreuves;
      d.formation.dateDebut = '2025-09-01';
      d.formation.dureeHeures = 1600;
    };

    it.each([
      ['2026-02-27', 'bloquant', 'DUREE_MINIMUM', '5 mois et 27 jours'],
      ['2026-02-28', 'ok', 'DUREE', '6 mois'],
      ['2028-08-31', 'ok', 'DUREE', '36 mois'],
      ['2028-09-01', 'avertissement', 'DUREE_ALLONGEE', '36 mois et 1 jour'],
      ['2030-02-28', 'avertissement', 'DUREE_ALLONGEE', '54 mois'],
      ['2030-03-01', 'bloquant', 'DUREE_MAXIMUM', '54 mois et 1 jour'],
    ])('un contrat du 01/09/2025 au %s : %s (%s, %s)', (dateFin, niveau, code, duree) => {
      const resultat = controles(finLe(dateFin, '2026-02-27')).find((c) => c.code.startsWith('DUREE') && c.champ === 'contrat.dateFin');
      expect([resultat?.code, resultat?.niveau]).toEqual([code, niveau]);
      expect(resultat?.message).toContain(duree);
    });

    it('admet 4 ans pour un apprenti RQTH et plus avec la dérogation 22', () => {
      const code = (m: Modification) => controles(finLe('2029-08-31', '2026-02-27'), m).find((c) => c.champ === 'contrat.dateFin')?.code;
      expect(code((d) => void (d.apprenti.rqth = true))).toBe('DUREE');
      expect(code((d) => void (d.contrat.typeDerogation = '22'))).toBe('DUREE');
      expect(code(() => undefined)).toBe('DUREE_ALLONGEE');
    });
  });

  describe('dates', () => {
    it.each([
      ['signé après le début', (d: DemandeApprentissageControlee) => void (d.contrat.dateConclusion = '2025-09-02'), 'DATE_CONCLUSION', 'contrat.dateConclusion'],
      ['formation pratique avant le début', (d: DemandeApprentissageControlee) => void (d.contrat.dateDebutFormationPratique = '2025-08-31'), 'DATE_FORMATION_PRATIQUE', 'contrat.dateDebutFormationPratique'],
      ['formation pratique plus de 3 mois après', (d: DemandeApprentissageControlee) => void (d.contrat.dateDebutFormationPratique = '2025-12-02'), 'DATE_FORMATION_PRATIQUE', 'contrat.dateDebutFormationPratique'],
      ['CFA plus de 3 mois avant', (d: DemandeApprentissageControlee) => void (d.formation.dateDebut = '2025-05-31'), 'DATE_DEBUT_FORMATION', 'formation.dateDebut'],
      ['CFA plus de 3 mois après', (d: DemandeApprentissageControlee) => void (d.formation.dateDebut = '2025-12-02'), 'DATE_DEBUT_FORMATION', 'formation.dateDebut'],
      ['fin avant les épreuves', (d: DemandeApprentissageControlee) => void (d.formation.dateFinEpreuves = '2027-09-01'), 'DATE_FIN_AVANT_EPREUVES', 'contrat.dateFin'],
      ['fin plus de 3 mois après les épreuves', (d: DemandeApprentissageControlee) => void (d.formation.dateFinEpreuves = '2027-05-30'), 'DATE_FIN_APRES_EPREUVES', 'contrat.dateFin'],
    ])('refuse un contrat %s', (_cas, modification, code, champ) => {
      expect(anomalies(modification)).toEqual([[code, 'bloquant', champ]]);
    });

    it.each([
      ['2025-12-01', 'formation pratique 3 mois après le début'],
    ])('accepte une formation pratique commençant le %s (%s)', (date) => {
      expect(anomalies((d) => void (d.contrat.dateDebutFormationPratique = date))).toEqual([]);
    });

    it('accepte un avenant signé après le début d’exécution', () => {
      expect(
        anomalies((d) => {
          d.contrat.typeContrat = '36';
          d.contrat.dateConclusion = '2026-01-10';
          d.contrat.numeroContratPrecedent = '014202509000123';
          d.contrat.dateEffetAvenant = '2026-01-15';
        }),
      ).toEqual([]);
    });

    it('signale un volume de formation inférieur à 25 % de la durée du contrat', () => {
      expect(anomalies((d) => void (d.formation.dureeHeures = 803))).toEqual([['VOLUME_FORMATION', 'avertissement', 'formation.dureeHeures']]);
      expect(anomalies((d) => void (d.formation.dureeHeures = 804))).toEqual([]);
    });
  });

  describe('contrat précédent et avenant', () => {
    it.each([
      ['21', [['NUMERO_CONTRAT_PRECEDENT', 'avertissement', 'contrat.numeroContratPrecedent']]],
      ['33', [
        ['NUMERO_CONTRAT_PRECEDENT', 'bloquant', 'contrat.numeroContratPrecedent'],
        ['DATE_EFFET_AVENANT', 'bloquant', 'contrat.dateEffetAvenant'],
      ]],
      ['38', [['NUMERO_CONTRAT_PRECEDENT', 'avertissement', 'contrat.numeroContratPrecedent']]],
    ] as const)('pour le type %s sans numéro précédent ni date d’effet', (typeContrat, attendu) => {
      expect(anomalies((d) => void (d.contrat.typeContrat = typeContrat))).toEqual(attendu);
    });

    it('refuse une date d’effet hors du contrat', () => {
      expect(
        anomalies((d) => {
          d.contrat.typeContrat = '36';
          d.contrat.numeroContratPrecedent = '014202509000123';
          d.contrat.dateEffetAvenant = '2027-09-01';
        }),
      ).toEqual([['DATE_EFFET_AVENANT', 'bloquant', 'contrat.dateEffetAvenant']]);
    });
  });

  describe('durée hebdomadaire', () => {
    it.each([
      [40, 0, []],
      [40, 30, [['DUREE_HEBDOMADAIRE', 'bloquant', 'contrat.dureeHebdomadaire']]],
    ] as const)('pour un majeur, %i h %i min par semaine', (heures, minutes, attendu) => {
      expect(anomalies((d) => void (d.contrat.dureeHebdomadaire = { heures, minutes }))).toEqual(attendu);
    });

    it('avertit au-delà de 35 heures pour un mineur', () => {
      expect(anomalies(neLe('2008-10-01'), (d) => void (d.contrat.dureeHebdomadaire = { heures: 36, minutes: 0 }))).toEqual([
        ['DUREE_HEBDOMADAIRE_MINEUR', 'avertissement', 'contrat.dureeHebdomadaire'],
      ]);
      expect(anomalies(neLe('2008-10-01'), (d) => void (d.contrat.dureeHebdomadaire = { heures: 35, minutes: 0 }))).toEqual([]);
    });
  });

  describe('maîtres d’apprentissage', () => {
    it('exige un maître majeur et l’attestation de l’employeur', () => {
      expect(
        anomalies((d) => {
          d.maitresApprentissage.push({ nom: 'Petit', prenom: 'Jules', dateNaissance: '2007-09-02', niveauDiplome: '3', anneesExperience: 2, diplomeEnRapport: true });
          d.attestationEligibiliteMaitres = false;
        }),
      ).toEqual([
        ['MAITRE_MAJEUR', 'bloquant', 'maitresApprentissage.1.dateNaissance'],
        ['MAITRE_ATTESTATION', 'bloquant', 'attestationEligibiliteMaitres'],
      ]);
    });

    it.each([
      ['4', true, 1, []],
      ['4', true, 0.5, [['MAITRE_EXPERIENCE', 'avertissement', 'maitresApprentissage.0.anneesExperience']]],
      ['0', false, 1.5, [['MAITRE_EXPERIENCE', 'avertissement', 'maitresApprentissage.0.anneesExperience']]],
      ['0', false, 2, []],
    ] as const)('niveau %s, diplôme en rapport %s, %f an(s) d’expérience', (niveauDiplome, diplomeEnRapport, anneesExperience, attendu) => {
      expect(
        anomalies((d) => {
          d.maitresApprentissage[0] = { nom: 'Durand', prenom: 'Paul', dateNaissance: '1980-03-01', niveauDiplome, anneesExperience, diplomeEnRapport };
        }),
      ).toEqual(attendu);
    });
  });

  describe('délai de transmission', () => {
    it.each([
      [undefined, '2025-08-28', 'ok', 'DEPOT_A_TRANSMETTRE'],
      [undefined, '2025-09-03', 'avertissement', 'DEPOT_A_TRANSMETTRE'],
      [undefined, '2025-09-06', 'avertissement', 'DEPOT_A_TRANSMETTRE'],
      [undefined, '2025-09-08', 'avertissement', 'DEPOT_HORS_DELAI'],
      ['2025-09-06', '2025-10-01', 'ok', 'DEPOT_DANS_LE_DELAI'],
      ['2025-09-08', '2025-10-01', 'avertissement', 'DEPOT_HORS_DELAI'],
    ])('déposée le %s, vue le %s : %s (%s)', (dateDepot, date, niveau, code) => {
      const d = demande((x) => void (x.dateDepot = dateDepot));
      const depot = controler(d, referentielParDefaut, date).find((c) => c.code.startsWith('DEPOT'));
      expect([depot?.niveau, depot?.code]).toEqual([niveau, code]);
    });

    it('donne la date limite en clair', () => {
      const depot = controler(demande(), referentielParDefaut, '2025-09-02').find((c) => c.code.startsWith('DEPOT'));
      expect(depot?.message).toBe(
        "Le contrat a commencé : à transmettre à l'OPCO au plus tard le 06/09/2025 (5 jours ouvrables après le début, le 01/09/2025).",
      );
    });
  });

  it('sait dire si un résultat bloque l’envoi', () => {
    expect(comporteUnBlocage(controles())).toBe(false);
    expect(comporteUnBlocage(controles((d) => void (d.contrat.dureeHebdomadaire = { heures: 41, minutes: 0 })))).toBe(true);
  });
});
