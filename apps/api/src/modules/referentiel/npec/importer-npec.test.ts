import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { asc } from 'drizzle-orm';
import { formaterEuros } from '@mse/shared/commun/montant';
import { describe, expect, it } from 'vitest';
import { cpneIdcc, npec } from '../../../db/schema';
import { testDatabase } from '../../../test/database';
import { trouverNpec } from '../npec.repository';
import { fabriquerXlsx } from './fabriquer-xlsx';
import { FICHIER_NPEC_DEMONSTRATION } from './charger-npec-demonstration';
import { ImportNpecImpossible, importerNpec } from './importer-npec';
import type { ValeurCellule } from '../npec/xlsx';

const JUILLET_2024 = 45488;
const JANVIER_2025 = 45658;
const ENTETE_NPEC = ['RNCP', 'Libellé de la formation', 'Certificateur*\n(*liste non exhaustive)', 'Type de diplôme', 'Code CPNE', 'CPNE', 'NPEC final', 'Statut', "Date d'applicabilité des NPEC**\n(**hors contrats)"];
const ENTETE_IDCC = ['Code CPNE', 'CPNE', 'IDCC'];

const dossier = fs.mkdtempSync(path.join(os.tmpdir(), 'mse-npec-'));
let compteur = 0;

/** A file shaped like France compétences' one: notes first, then the header row, then the data. */
function fichierNpec(lignes: ValeurCellule[][], correspondances: ValeurCellule[][] = [[843, 'CPNE Boulangerie', 843], [2, 'CNPE des sociétés financières', 478]]): string {
  const chemin = path.join(dossier, `npec-${(compteur += 1)}.xlsx`);
  fs.writeFileSync(
    chemin,
    fabriquerXlsx([
      { nom: 'Me lire', lignes: [['Clé de lecture du référentiel']] },
      { nom: 'Onglet 3 - référentiel NPEC', lignes: [[], ['Niveaux de prise en charge applicables au 15 juillet 2024'], [], ENTETE_NPEC, ...lignes] },
      { nom: 'Onglet 4 - CPNE-IDCC', lignes: [[null, 'Code(s) IDCC rattaché(s) aux CPNE'], [], ENTETE_IDCC, ...correspondances] },
    ]),
  );
  return chemin;
}

const ligne = (rncp: string, cpne: number, euros: ValeurCellule, date: ValeurCellule = JUILLET_2024, statut = 'CPNE'): ValeurCellule[] => [
  rncp, `Certification ${rncp}`, 'MINISTERE', 'BP', cpne, `CPNE ${cpne}`, euros, statut, date,
];

describe('import du référentiel NPEC de France compétences', async () => {
  const database = await testDatabase();
  const { db } = database;
  const lignesNpec = () => db.select({ rncp: npec.rncp, cpne: npec.cpne, montant: npec.montantCentimes, date: npec.dateApplicabilite }).from(npec).orderBy(asc(npec.rncp), asc(npec.cpne), asc(npec.dateApplicabilite));

  it('ajoute les lignes lisibles et rejette les autres avec leur numéro de ligne et leur motif', async () => {
    const chemin = fichierNpec([
      ligne('RNCP35316', 843, 7500),
      ligne('RNCP1002', 2, 9497, JUILLET_2024, 'A'),
      ligne('RNCP99', 843, 5000),
      ligne('RNCP34828', 843, 'gratuit', 'un jour'),
      [null, null, null, null, null, null, null, null, null],
      ligne('RNCP35316', 843, 7600),
      ligne('RNCP36000', 843, '6 012,50', '15/07/2024'),
    ]);
    const rapport = await importerNpec(database, chemin);
    expect(rapport).toMatchObject({
      dateApplicabilite: '2024-07-15',
      npec: { lignes: 6, ajoutees: 3, modifiees: 0, inchangees: 0, horsPerimetre: 0 },
      cpneIdcc: { lignes: 2, ajoutees: 2, inchangees: 0 },
    });
    expect(rapport.rejets).toEqual([
      { onglet: 'Onglet 3 - référentiel NPEC', ligne: 7, motifs: ['RNCP « RNCP99 » : Le code RNCP s’écrit RNCP suivi de 3 à 5 chiffres (exemple : RNCP35316)'] },
      {
        onglet: 'Onglet 3 - référentiel NPEC',
        ligne: 8,
        motifs: ['NPEC final « gratuit » : un montant positif en euros est attendu', "Date d'applicabilité « un jour » illisible (date attendue)"],
      },
      { onglet: 'Onglet 3 - référentiel NPEC', ligne: 10, motifs: ["Même certification, même CPNE et même date qu'à la ligne 5 : seule la première est importée"] },
    ]);
    expect(await lignesNpec()).toEqual([
      { rncp: 'RNCP1002', cpne: '2', montant: 949700, date: '2024-07-15' },
      { rncp: 'RNCP35316', cpne: '843', montant: 750000, date: '2024-07-15' },
      { rncp: 'RNCP36000', cpne: '843', montant: 601250, date: '2024-07-15' },
    ]);
    expect(await db.select().from(cpneIdcc).orderBy(asc(cpneIdcc.idcc))).toEqual([
      { cpne: '2', libelleCpne: 'CNPE des sociétés financières', idcc: '0478', dateApplicabilite: '2024-07-15' },
      { cpne: '843', libelleCpne: 'CPNE Boulangerie', idcc: '0843', dateApplicabilite: '2024-07-15' },
    ]);
  });

  it('n’ajoute rien quand on importe deux fois le même fichier', async () => {
    const chemin = fichierNpec([ligne('RNCP35316', 843, 7500), ligne('RNCP1002', 2, 9497, JUILLET_2024, 'A')]);
    const avant = await lignesNpec();
    const rapport = await importerNpec(database, chemin);
    expect(rapport).toMatchObject({ npec: { ajoutees: 0, modifiees: 0, inchangees: 2 }, cpneIdcc: { ajoutees: 0, inchangees: 2 }, rejets: [] });
    expect(await lignesNpec()).toEqual(avant);
  });

  it('ajoute les montants d’une édition plus récente à côté des anciens, qui gardent leurs dates', async () => {
    const chemin = fichierNpec([ligne('RNCP35316', 843, 7900, JANVIER_2025), ligne('RNCP1002', 2, 9497, JANVIER_2025, 'A'), ligne('RNCP37000', 843, 8000, JANVIER_2025)]);
    const rapport = await importerNpec(database, chemin);
    expect(rapport).toMatchObject({ dateApplicabilite: '2025-01-01', npec: { ajoutees: 1, modifiees: 1, inchangees: 1 }, cpneIdcc: { ajoutees: 2 }, rejets: [] });
    const npecAu = async (date: string) => (await trouverNpec(db, { rncp: 'RNCP35316', idcc: '0843', date })).npec?.montantAnnuelCentimes;
    expect(await npecAu('2024-07-14')).toBeUndefined();
    expect(await npecAu('2024-12-31')).toBe(750000);
    expect(await npecAu('2025-01-01')).toBe(790000);
  });

  it('refuse de réécrire le passé : un autre montant à une date déjà importée est rejeté', async () => {
    const rapport = await importerNpec(database, fichierNpec([ligne('RNCP35316', 843, 7000)]));
    expect(rapport.npec).toMatchObject({ ajoutees: 0, modifiees: 0, inchangees: 0 });
    expect(rapport.rejets).toEqual([
      {
        onglet: 'Onglet 3 - référentiel NPEC',
        ligne: 5,
        motifs: [`Un autre montant (${formaterEuros(750000)}) est déjà enregistré pour cette certification, cette CPNE et cette date : le passé n'est pas réécrit, une correction doit porter une nouvelle date d'applicabilité`],
      },
    ]);
    expect((await trouverNpec(db, { rncp: 'RNCP35316', idcc: '0843', date: '2024-09-01' })).npec?.montantAnnuelCentimes).toBe(750000);
  });

  it('limite l’import aux CPNE des conventions demandées', async () => {
    const chemin = fichierNpec([ligne('RNCP40001', 843, 7000), ligne('RNCP40001', 2, 9000)], [[843, 'CPNE Boulangerie', 843], [2, 'CNPE', '478, 1516']]);
    const rapport = await importerNpec(database, chemin, { idcc: ['0843'] });
    expect(rapport.npec).toMatchObject({ lignes: 2, ajoutees: 1, horsPerimetre: 1 });
    expect((await trouverNpec(db, { rncp: 'RNCP40001', idcc: '0478', date: '2024-09-01' })).npec?.montantAnnuelCentimes).toBeUndefined();
  });

  it('n’écrit rien et dit pourquoi quand un onglet ou une colonne manque', async () => {
    const avant = await lignesNpec();
    const sansOnglet = path.join(dossier, 'sans-onglet.xlsx');
    fs.writeFileSync(sansOnglet, fabriquerXlsx([{ nom: 'Onglet 3 - référentiel NPEC', lignes: [ENTETE_NPEC, ligne('RNCP41000', 843, 1)] }]));
    await expect(importerNpec(database, sansOnglet)).rejects.toThrow('Onglet « Onglet 4 - CPNE-IDCC » introuvable (onglets du fichier : Onglet 3 - référentiel NPEC).');
    const sansColonne = path.join(dossier, 'sans-colonne.xlsx');
    fs.writeFileSync(
      sansColonne,
      fabriquerXlsx([
        { nom: 'Onglet 3 - référentiel NPEC', lignes: [ENTETE_NPEC.slice(0, 6), ligne('RNCP41000', 843, 1)] },
        { nom: 'Onglet 4 - CPNE-IDCC', lignes: [ENTETE_IDCC, [843, 'CPNE', 843]] },
      ]),
    );
    await expect(importerNpec(database, sansColonne)).rejects.toThrow(ImportNpecImpossible);
    await expect(importerNpec(database, sansColonne)).rejects.toThrow(/colonnes attendues absentes : NPEC final, Statut, Date d'applicabilité/);
    expect(await lignesNpec()).toEqual(avant);
  });
});

describe('import du fichier officiel', async () => {
  const database = await testDatabase();
  const { db } = database;

  it('importe le fichier officiel du 15 juillet 2024 livré avec le portail en quelques secondes', async () => {
    const debut = performance.now();
    const rapport = await importerNpec(database, FICHIER_NPEC_DEMONSTRATION);
    expect(performance.now() - debut).toBeLessThan(15_000);
    expect(rapport).toMatchObject({ dateApplicabilite: '2024-07-15', npec: { lignes: 1, ajoutees: 1 }, cpneIdcc: { lignes: 1, ajoutees: 1 }, rejets: [] });
    expect((await trouverNpec(db, { rncp: 'RNCP1002', idcc: '0478', date: '2024-07-15' })).npec).toEqual({
      rncp: 'RNCP1002',
      cpne: '2',
      libelleCpne: 'CNPE des sociétés financières',
      montantAnnuelCentimes: 949700,
      dateApplicabilite: '2024-07-15',
    });
  });
});
