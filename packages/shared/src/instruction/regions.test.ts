import { describe, expect, it } from 'vitest';
import { departementDuCodePostal, prefixesCodePostal, REGIONS, regionDuCodePostal } from './regions';

describe('région d’un établissement d’après son code postal', () => {
  it.each([
    ['13001', '13', 'Provence-Alpes-Côte d’Azur'],
    ['75011', '75', 'Île-de-France'],
    ['01000', '01', 'Auvergne-Rhône-Alpes'],
    ['20000', '2A', 'Corse'],
    ['20200', '2B', 'Corse'],
    ['97411', '974', 'La Réunion'],
    ['97600', '976', 'Mayotte'],
  ])('%s → département %s, région %s', (cp, departement, region) => {
    expect(departementDuCodePostal(cp)).toBe(departement);
    expect(regionDuCodePostal(cp)?.nom).toBe(region);
  });

  it('ne devine rien d’un code postal mal formé', () => {
    expect(departementDuCodePostal('1300')).toBeNull();
    expect(regionDuCodePostal('ABCDE')).toBeNull();
  });

  it('couvre les 101 départements une seule fois, et donne les préfixes du filtre', () => {
    const tous = REGIONS.flatMap((r) => r.departements);
    expect(tous).toHaveLength(101);
    expect(new Set(tous).size).toBe(101);
    expect(prefixesCodePostal('94')).toEqual(['20']);
    expect(prefixesCodePostal('04')).toEqual(['974']);
    expect(prefixesCodePostal('53')).toEqual(['22', '29', '35', '56']);
  });
});
