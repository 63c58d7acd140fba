import { describe, expect, it } from 'vitest';
import { referentielParDefaut } from './referentiel-par-defaut';
import { ReferentielSchema } from './referentiel.schema';
import { valeurEnVigueur } from './valeur-en-vigueur';

describe('referentielParDefaut', () => {
  it('respecte le schéma du référentiel', () => {
    const resultat = ReferentielSchema.safeParse(referentielParDefaut);
    expect(resultat.error?.issues ?? []).toEqual([]);
  });

  it('cite une source pour chaque valeur', () => {
    for (const rubrique of Object.values(referentielParDefaut)) {
      for (const entree of rubrique) expect(entree.source.length).toBeGreaterThan(20);
    }
  });

  it.each([
    ['2023-03-01', 170928, 1127],
    ['2023-05-01', 174720, 1152],
    ['2024-01-01', 176692, 1165],
    ['2024-11-01', 180180, 1188],
    ['2025-12-31', 180180, 1188],
    ['2026-01-01', 182303, 1202],
  ])('donne le SMIC en vigueur au %s : %i centimes par mois, %i de l’heure', (date, mensuel, horaire) => {
    const smic = valeurEnVigueur(referentielParDefaut.smic, date);
    expect(smic?.mensuelCentimes).toBe(mensuel);
    expect(smic?.horaireCentimes).toBe(horaire);
  });

  it('garde le SMIC de Mayotte de 2026 : 1 415,05 € et 9,33 €', () => {
    expect(valeurEnVigueur(referentielParDefaut.smic, '2026-03-01')?.mayotte).toEqual({
      mensuelCentimes: 141505,
      horaireCentimes: 933,
    });
  });

  it.each([
    ['2025-06-30', 'mois_entame', [50, 25, 25]],
    ['2025-07-01', 'jour', [40, 30, 20, 10]],
  ])('applique aux contrats conclus le %s la proratisation « %s » et l’échéancier %o', (date, proratisation, parts) => {
    const regles = valeurEnVigueur(referentielParDefaut.financementApprentissage, date);
    expect(regles?.proratisation).toBe(proratisation);
    expect(regles?.echeancier.map((e) => e.pourcent)).toEqual(parts);
  });

  it('refuse une entrée sans source ou qui finit avant de commencer', () => {
    const invalide = {
      ...referentielParDefaut,
      smic: [{ debut: '2024-01-01', fin: '2023-12-31', source: ' ', mensuelCentimes: 1, horaireCentimes: 1 }],
    };
    const messages = ReferentielSchema.safeParse(invalide).error?.issues.map((i) => i.message);
    expect(messages).toEqual([
      'La source (texte ou document) est obligatoire',
      'La fin de validité ne peut pas précéder le début',
    ]);
  });

  it('refuse un échéancier dont les parts ne totalisent pas 100 %', () => {
    const [avant, apres] = referentielParDefaut.financementApprentissage;
    if (!avant || !apres) throw new Error('référentiel de test incomplet');
    const invalide = {
      ...referentielParDefaut,
      financementApprentissage: [avant, { ...apres, echeancier: apres.echeancier.slice(0, 3) }],
    };
    expect(ReferentielSchema.safeParse(invalide).error?.issues.map((i) => i.message)).toEqual([
      'Les parts de l’échéancier doivent totaliser 100 %',
    ]);
  });
});
