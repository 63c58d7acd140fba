import { describe, expect, it } from 'vitest';
import {
  DIPLOMES,
  estAvenant,
  estEmployeurPublic,
  libelleCode,
  numeroContratPrecedentDemande,
  numeroContratPrecedentObligatoire,
  SITUATIONS_AVANT_CONTRAT,
  TYPES_CONTRAT,
  TYPES_EMPLOYEUR,
} from './codes';
import { TypeContratSchema, TypeEmployeurSchema } from './codes.schema';

describe('codes du CERFA FA13', () => {
  it('liste les 16 types d’employeur, dont 10 publics (21 à 30)', () => {
    expect(TYPES_EMPLOYEUR).toHaveLength(16);
    expect(TYPES_EMPLOYEUR.filter((t) => estEmployeurPublic(t.code)).map((t) => t.code)).toEqual([
      '21', '22', '23', '24', '25', '26', '27', '28', '29', '30',
    ]);
  });

  it('liste les 12 situations avant contrat et les diplômes du générateur de l’État', () => {
    expect(SITUATIONS_AVANT_CONTRAT.map((s) => s.code)).toEqual(['1', '2', '3', '4', '5', '6', '7', '8', '9', '10', '11', '12']);
    expect(DIPLOMES.map((d) => d.code)).toContain('74');
  });

  it.each([
    ['11', false, false, false],
    ['21', false, true, false],
    ['23', false, true, false],
    ['31', true, true, true],
    ['37', true, true, true],
    ['38', true, true, false],
  ] as const)('le type de contrat %s : avenant %s, n° précédent demandé %s, obligatoire %s', (type, avenant, demande, obligatoire) => {
    expect(estAvenant(type)).toBe(avenant);
    expect(numeroContratPrecedentDemande(type)).toBe(demande);
    expect(numeroContratPrecedentObligatoire(type)).toBe(obligatoire);
  });

  it('donne le libellé d’un code', () => {
    expect(libelleCode(TYPES_CONTRAT, '33')).toBe("Prolongation du contrat à la suite d'un échec à l'examen de l'apprenti");
  });

  it('refuse un code hors liste avec un message en français', () => {
    expect(TypeEmployeurSchema.safeParse('17').error?.issues[0]?.message).toBe("Type d'employeur : choisissez un code de la liste");
    expect(TypeContratSchema.parse('36')).toBe('36');
  });
});
