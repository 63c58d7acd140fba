import { describe, expect, it } from 'vitest';
import { eligibilitesDispositifs } from './eligibilite';

const eligible = (effectif: number) => Object.fromEntries(eligibilitesDispositifs(effectif).map((e) => [e.dispositif, e.eligible]));

describe('les dispositifs qu’un établissement peut demander', () => {
  it.each([
    [0, true],
    [3, true],
    [10, true],
    [11, true],
    [49, true],
    [50, false],
    [400, false],
  ])('avec %i salariés, l’action individuelle est ouverte : %s ; l’alternance toujours', (effectif, actionIndividuelle) => {
    expect(eligible(effectif)).toEqual({ action_individuelle: actionIndividuelle, apprentissage: true, professionnalisation: true, pro_a: true });
  });

  it('explique le refus de l’action individuelle avec l’effectif et les autres voies', () => {
    const [action] = eligibilitesDispositifs(120);
    expect(action).toEqual({
      dispositif: 'action_individuelle',
      eligible: false,
      motif:
        'L’action individuelle est réservée aux entreprises de moins de 50 salariés : votre établissement en compte 120. Le plan de développement des compétences des entreprises de 50 salariés et plus se finance sur leurs fonds propres ; l’assistance peut vous orienter.',
    });
  });

  it('ne donne de motif qu’aux dispositifs fermés, dans l’ordre du menu', () => {
    const resultat = eligibilitesDispositifs(5);
    expect(resultat.map((e) => e.dispositif)).toEqual(['action_individuelle', 'apprentissage', 'professionnalisation', 'pro_a']);
    expect(resultat.every((e) => e.motif === null)).toBe(true);
  });
});
