import { describe, expect, it } from 'vitest';
import { cleNir, estNirValide, formaterNir, normaliserNir, verifierCoherenceNir } from './nir';

describe('NIR', () => {
  it.each([
    ['255081416802538', true, 'de la documentation'],
    ['255081416802539', false, 'dont la clé est fausse'],
    ['185077512345608', true, 'd’un homme né à Paris'],
    ['180012A12345620', true, 'né en Corse-du-Sud (2A compté 19)'],
    ['180012B12345647', true, 'né en Haute-Corse (2B compté 18)'],
    ['180012B12345620', false, 'de Haute-Corse avec la clé de la Corse-du-Sud'],
    ['355081416802538', false, 'commençant par 3'],
    ['25508141680253', false, 'de 14 caractères'],
  ])('le NIR %s est valide : %s (%s)', (nir, attendu) => {
    expect(estNirValide(nir)).toBe(attendu);
  });

  it('calcule la clé 38 = 97 − (2550814168025 mod 97)', () => {
    expect(cleNir('2550814168025')).toBe(38);
  });

  it('normalise une saisie groupée et la réaffiche comme sur la carte Vitale', () => {
    expect(normaliserNir('2 55 08 14 168 025 38')).toBe('255081416802538');
    expect(formaterNir('255081416802538')).toBe('2 55 08 14 168 025 38');
  });
});

describe('cohérence du NIR avec l’identité', () => {
  const nir = '255081416802538';

  it('ne signale rien quand sexe, année, mois et département concordent', () => {
    expect(verifierCoherenceNir(nir, { sexe: 'F', dateNaissance: '1955-08-20', departementNaissance: '14' })).toEqual([]);
  });

  it.each([
    [{ sexe: 'M' as const }, 'sexe'],
    [{ dateNaissance: '1956-08-20' }, 'dateNaissance'],
    [{ dateNaissance: '1955-09-20' }, 'dateNaissance'],
    [{ departementNaissance: '75' }, 'departementNaissance'],
  ])('signale une incohérence sur %o dans le champ %s', (identite, champ) => {
    const incoherences = verifierCoherenceNir(nir, identite);
    expect(incoherences).toHaveLength(1);
    expect(incoherences[0]?.champ).toBe(champ);
  });

  it('explique l’incohérence de sexe en français', () => {
    expect(verifierCoherenceNir(nir, { sexe: 'M' })[0]?.message).toBe(
      'Le NIR commence par 2 alors que le sexe déclaré est masculin (attendu : 1)',
    );
  });

  it('compare les trois chiffres d’un département d’outre-mer et accepte 99 pour l’étranger', () => {
    expect(verifierCoherenceNir('2050597112345', { departementNaissance: '971' })).toEqual([]);
    expect(verifierCoherenceNir('2050599112345', { departementNaissance: '99' })).toEqual([]);
    expect(verifierCoherenceNir('2050597212345', { departementNaissance: '971' })).toHaveLength(1);
  });

  it('ne compare pas un mois inconnu (codé au-delà de 12) ni le sexe d’un numéro provisoire', () => {
    expect(verifierCoherenceNir('755301416802500', { sexe: 'F', dateNaissance: '1955-08-20' })).toEqual([]);
  });

  it('accepte le code 20 pour une personne née en Corse avant 1976', () => {
    expect(verifierCoherenceNir('155082012345600', { departementNaissance: '2A' })).toEqual([]);
  });
});
