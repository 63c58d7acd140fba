import { describe, expect, it } from 'vitest';
import { referentielParDefaut } from './referentiel-par-defaut';
import { estRubrique, LIBELLES_RUBRIQUES, RUBRIQUES, schemaEntree, serieDeLEntree, statutsDesEntrees, type EntreeSituee } from './rubriques';

const entree = (id: number, debut: string, options: Partial<EntreeSituee> = {}): EntreeSituee => ({ id, debut, source: 'source', serie: '', remplacee: false, ...options });

describe('rubriques du référentiel', () => {
  it('nomme chaque rubrique du référentiel et valide chacune de ses valeurs par défaut avec son schéma', () => {
    expect(RUBRIQUES).toHaveLength(17);
    for (const rubrique of RUBRIQUES) {
      expect(LIBELLES_RUBRIQUES[rubrique].length).toBeGreaterThan(3);
      for (const valeur of referentielParDefaut[rubrique]) expect(schemaEntree(rubrique).safeParse(valeur).success).toBe(true);
    }
    expect([estRubrique('smic'), estRubrique('toString'), estRubrique('tva')]).toEqual([true, false, false]);
  });

  it('refuse avec le schéma de sa rubrique un SMIC sans montant horaire', () => {
    const resultat = schemaEntree('smic').safeParse({ debut: '2027-01-01', source: 'Décret', mensuelCentimes: 190000 });
    expect(resultat.error?.issues.map((i) => [i.path.join('.'), i.message])).toEqual([['horaireCentimes', 'Montant attendu (en centimes)']]);
  });

  it('sépare les critères de l’action individuelle par branche, et rien d’autre', () => {
    expect(serieDeLEntree('criteresActionIndividuelle', { branche: '177' })).toBe('177');
    expect(serieDeLEntree('smic', { branche: '177' })).toBe('');
  });

  it.each([
    ['2025-12-31', ['passee', 'en_vigueur', 'a_venir', 'remplacee']],
    ['2026-01-01', ['passee', 'passee', 'en_vigueur', 'remplacee']],
  ])('situe au %s chaque valeur : passée, en vigueur, à venir ou corrigée', (date, attendus) => {
    const statuts = statutsDesEntrees([entree(1, '2024-01-01'), entree(2, '2024-11-01'), entree(3, '2026-01-01'), entree(4, '2026-01-01', { remplacee: true })], date);
    expect([1, 2, 3, 4].map((id) => statuts.get(id))).toEqual(attendus);
  });

  it('dit passée une valeur dont la fin de validité est dépassée, et garde en vigueur une valeur de chaque série', () => {
    const statuts = statutsDesEntrees(
      [entree(1, '2024-01-01', { serie: 'interprofession' }), entree(2, '2026-01-01', { serie: '177', fin: '2026-12-31' }), entree(3, '2026-01-01', { serie: '213' })],
      '2027-03-01',
    );
    expect([...statuts.values()]).toEqual(['en_vigueur', 'passee', 'en_vigueur']);
  });
});
