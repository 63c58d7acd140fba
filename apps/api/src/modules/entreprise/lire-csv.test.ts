import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { detecterSeparateur, lireCsv, type EnregistrementCsv } from './lire-csv';

async function tout(texte: string | Buffer): Promise<EnregistrementCsv[]> {
  const lus: EnregistrementCsv[] = [];
  for await (const e of lireCsv(Readable.from([Buffer.from(texte)]))) lus.push(e);
  return lus;
}

describe('lireCsv', () => {
  it.each([
    ['SIRET;Raison sociale;Ville', ';'],
    ['SIRET,Raison sociale,Ville', ','],
    ['SIRET\tRaison sociale\tVille', '\t'],
    ['SIRET;Raison sociale, SARL;Ville', ';'],
  ])('reconnaît le séparateur de « %s »', (entete, separateur) => {
    expect(detecterSeparateur(entete)).toBe(separateur);
  });

  it('numérote chaque enregistrement par sa première ligne, en sautant les lignes vides et le BOM', async () => {
    expect(await tout('\uFEFFa;b\n\n1;"deux\nlignes"\n;\n3;4\n')).toEqual([
      { ligne: 1, champs: ['a', 'b'] },
      { ligne: 3, champs: ['1', 'deux\nlignes'] },
      { ligne: 6, champs: ['3', '4'] },
    ]);
  });

  it('signale une ligne illisible, en français, avec son numéro', async () => {
    expect(await tout('a;b\n1;2\n"3;4\n')).toEqual([
      { ligne: 1, champs: ['a', 'b'] },
      { ligne: 2, champs: ['1', '2'] },
      { ligne: 3, illisible: 'ligne illisible : un guillemet ouvert n’est jamais fermé' },
    ]);
  });

  it('ne lit rien d’un fichier vide', async () => {
    expect(await tout('')).toEqual([]);
  });
});
