import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { fabriquerXlsx } from './fabriquer-xlsx';
import { ClasseurIllisible, indexColonne, ouvrirClasseur, type LigneFeuille } from './xlsx';

const dossier = fs.mkdtempSync(path.join(os.tmpdir(), 'mse-xlsx-'));
function ecrire(nom: string, contenu: Buffer | string): string {
  const chemin = path.join(dossier, nom);
  fs.writeFileSync(chemin, contenu);
  return chemin;
}

async function toutes(lignes: AsyncGenerator<LigneFeuille>): Promise<LigneFeuille[]> {
  const resultat: LigneFeuille[] = [];
  for await (const ligne of lignes) resultat.push(ligne);
  return resultat;
}

describe('lecture en flux d’un classeur xlsx', () => {
  it('donne les onglets dans l’ordre du classeur et les valeurs de chaque ligne : textes, nombres, booléens et cellules vides', async () => {
    const chemin = ecrire(
      'simple.xlsx',
      fabriquerXlsx([
        { nom: 'Me lire', lignes: [['Clé de lecture']] },
        {
          nom: 'Données & chiffres',
          lignes: [
            ['RNCP', 'Libellé', 'Montant', 'Actif'],
            ['RNCP1002', 'Mise en œuvre <caoutchoucs> & "élastomères"', 9497, true],
            [null, null, null, null],
            ['RNCP35316', null, 7500.5, false],
          ],
        },
      ]),
    );
    const classeur = await ouvrirClasseur(chemin);
    expect(classeur.feuilles).toEqual(['Me lire', 'Données & chiffres']);
    const lignes = await toutes(classeur.lireFeuille('Données & chiffres'));
    expect(lignes).toEqual([
      { numero: 1, cellules: ['RNCP', 'Libellé', 'Montant', 'Actif'] },
      { numero: 2, cellules: ['RNCP1002', 'Mise en œuvre <caoutchoucs> & "élastomères"', 9497, true] },
      { numero: 3, cellules: [] },
      { numero: 4, cellules: ['RNCP35316', null, 7500.5, false] },
    ]);
  });

  it('place chaque valeur dans sa colonne, au-delà de Z comprise', async () => {
    const cellules = Array.from({ length: 30 }, (_, i) => (i % 7 === 0 ? i : null));
    const classeur = await ouvrirClasseur(ecrire('large.xlsx', fabriquerXlsx([{ nom: 'Large', lignes: [cellules] }])));
    const [ligne] = await toutes(classeur.lireFeuille('Large'));
    expect(ligne?.cellules).toEqual(cellules.slice(0, 29));
    expect([indexColonne('A1'), indexColonne('Z9'), indexColonne('AA10'), indexColonne('AC1')]).toEqual([0, 25, 26, 28]);
  });

  it('lit une feuille de plusieurs dizaines de milliers de lignes sans la charger en entier', async () => {
    const lignes = Array.from({ length: 40_000 }, (_, i) => [`RNCP${1000 + (i % 5000)}`, i, 'CPNE']);
    const classeur = await ouvrirClasseur(ecrire('gros.xlsx', fabriquerXlsx([{ nom: 'Gros', lignes }])));
    let nombre = 0;
    let derniere: LigneFeuille | undefined;
    for await (const ligne of classeur.lireFeuille('Gros')) {
      nombre += 1;
      derniere = ligne;
    }
    expect(nombre).toBe(40_000);
    expect(derniere).toEqual({ numero: 40_000, cellules: ['RNCP5999', 39_999, 'CPNE'] });
  });

  it('refuse un fichier qui n’est pas un classeur Excel, et un onglet absent, par une phrase', async () => {
    await expect(ouvrirClasseur(ecrire('faux.xlsx', 'RNCP;CPNE;NPEC\n'))).rejects.toThrow(ClasseurIllisible);
    await expect(ouvrirClasseur(ecrire('faux.xlsx', 'RNCP;CPNE;NPEC\n'))).rejects.toThrow(/n'est pas un classeur Excel/);
    const classeur = await ouvrirClasseur(ecrire('un.xlsx', fabriquerXlsx([{ nom: 'Seul', lignes: [[1]] }])));
    await expect(toutes(classeur.lireFeuille('Autre'))).rejects.toThrow('Onglet « Autre » absent du classeur.');
  });
});
