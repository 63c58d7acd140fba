import { Readable } from 'node:stream';
import { asc, eq, inArray } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { etablissements } from '../../db/schema';
import { testDatabase } from '../../test/database';
import { ImportImpossible, importerEntreprises, TAILLE_LOT } from './importer-entreprises';

const ENTETE = "SIRET;SIREN;Raison sociale;Adresse;Code postal;Ville;NAF;IDCC;Effectif;Date d'adhésion;Numéro d'adhérent";

/** Completes digits with the Luhn key, as every SIRET has one. */
function avecCle(chiffres: string): string {
  for (let k = 0; k <= 9; k++) {
    const candidat = chiffres + k;
    let somme = 0;
    for (let i = 0; i < candidat.length; i++) {
      let n = Number(candidat[candidat.length - 1 - i]);
      if (i % 2 === 1) n = n * 2 > 9 ? n * 2 - 9 : n * 2;
      somme += n;
    }
    if (somme % 10 === 0) return candidat;
  }
  throw new Error('impossible');
}

const siret = (n: number) => avecCle(`7${String(n).padStart(12, '0')}`);

/** The file arrives in small pieces, as from a disk or a network: lines and characters are cut anywhere. */
function fichier(texte: string, taille = 7): Readable {
  const octets = Buffer.from(texte);
  const morceaux: Buffer[] = [];
  for (let i = 0; i < octets.length; i += taille) morceaux.push(octets.subarray(i, i + taille));
  return Readable.from(morceaux);
}

const ligne = (s: string, changements: Partial<Record<'raison' | 'ville' | 'effectif' | 'idcc', string>> = {}) =>
  [s, '', changements.raison ?? `Boulangerie ${s.slice(-4)}`, '2 rue Haute', '84000', changements.ville ?? 'AVIGNON', '1071C', changements.idcc ?? '0843', changements.effectif ?? '3', '15/09/2021', `EP${s.slice(-6)}`].join(';');

describe('import de l’annuaire des entreprises adhérentes', async () => {
  const database = await testDatabase();
  const { db } = database;

  const lire = (sirets: string[]) =>
    db.select().from(etablissements).where(inArray(etablissements.siret, sirets)).orderBy(asc(etablissements.siret));

  it('charge les bonnes lignes et liste les mauvaises avec leur numéro de ligne et leur raison', async () => {
    const csv = [
      ENTETE,
      ligne(siret(1)),
      ligne('73282932000075'),
      `${siret(2)};;"Fleurs ""Les Iris""";"12 rue des Lilas\nBâtiment B";30000;NÎMES;47.76Z;1978;11;2020-01-02;EP000002`,
      '',
      ligne(siret(3), { idcc: '1234', effectif: 'dix' }),
      ligne(siret(1), { raison: 'Doublon' }),
      `${siret(4)};;Taxis "Azur" du Sud;1 place Masséna;06000;NICE;49.32Z;2219;2;01/03/2018;EP000004`,
      'trop;peu;de;colonnes',
    ].join('\r\n');
    const rapport = await importerEntreprises(database, fichier(csv));
    expect(rapport).toMatchObject({ lignes: 7, creees: 3, modifiees: 0, inchangees: 0 });
    expect(rapport.rejets).toEqual([
      { ligne: 3, siret: '73282932000075', motifs: ["Ce SIRET n'est pas valide : vérifiez les chiffres saisis (clé de contrôle incorrecte)"] },
      { ligne: 7, siret: siret(3), motifs: ["Cet IDCC n'est pas celui d'une branche de l'OPCO", "L'effectif est un nombre entier de salariés (exemple : 12)"] },
      { ligne: 8, siret: siret(1), motifs: ['Ce SIRET figure déjà ligne 2 : seule la première ligne est importée'] },
      { ligne: 10, siret: 'trop', motifs: ['La ligne compte 4 colonnes au lieu de 11 : un champ contient-il le séparateur sans guillemets ?'] },
    ]);
    const [premier, fleuriste, taxi] = await lire([siret(1), siret(2), siret(4)]);
    expect(premier).toMatchObject({ siren: siret(1).slice(0, 9), raisonSociale: `Boulangerie ${siret(1).slice(-4)}`, naf: '1071C', idcc: '0843', effectifEntreprise: 3, dateAdhesion: '2021-09-15' });
    expect(fleuriste).toMatchObject({ raisonSociale: 'Fleurs "Les Iris"', adresse: '12 rue des Lilas\nBâtiment B', ville: 'NÎMES', naf: '4776Z', idcc: '1978', effectifEntreprise: 11 });
    expect(taxi).toMatchObject({ raisonSociale: 'Taxis "Azur" du Sud', codePostal: '06000' });
  });

  it('ne change rien quand on importe deux fois le même fichier', async () => {
    const csv = [ENTETE, ligne(siret(11)), ligne(siret(12))].join('\n');
    expect(await importerEntreprises(database, fichier(csv))).toMatchObject({ creees: 2, modifiees: 0, inchangees: 0, rejets: [] });
    const avant = await lire([siret(11), siret(12)]);
    expect(await importerEntreprises(database, fichier(csv))).toMatchObject({ lignes: 2, creees: 0, modifiees: 0, inchangees: 2, rejets: [] });
    expect(await lire([siret(11), siret(12)])).toEqual(avant);
  });

  it('met à jour un établissement déjà connu sans changer son identifiant, donc sans le détacher de son compte', async () => {
    await importerEntreprises(database, fichier([ENTETE, ligne(siret(21))].join('\n')));
    const [avant] = await lire([siret(21)]);
    const rapport = await importerEntreprises(database, fichier([ENTETE, ligne(siret(21), { ville: 'CAVAILLON', effectif: '12' })].join('\n')));
    expect(rapport).toMatchObject({ creees: 0, modifiees: 1, inchangees: 0 });
    const [apres] = await lire([siret(21)]);
    expect(apres).toMatchObject({ id: avant!.id, ville: 'CAVAILLON', effectifEntreprise: 12 });
  });

  it('lit un fichier Excel en Windows-1252 séparé par des virgules', async () => {
    const texte = `SIRET,Raison sociale,Adresse,CP,Ville,Code APE,IDCC,Effectif,Date adhesion,N° d'adhérent\r\n${siret(31)},Pâtisserie Émile,1 rue de l'Église,30000,NÎMES,10.71C,843,2,01/02/2022,EP031\r\n`;
    const rapport = await importerEntreprises(database, Readable.from([Buffer.from(texte, 'latin1')]));
    expect(rapport).toMatchObject({ creees: 1, rejets: [] });
    const [e] = await db.select().from(etablissements).where(eq(etablissements.siret, siret(31)));
    expect(e).toMatchObject({ raisonSociale: 'Pâtisserie Émile', adresse: "1 rue de l'Église", ville: 'NÎMES' });
  });

  it('écrit par lots un fichier plus grand qu’un lot', async () => {
    const n = TAILLE_LOT * 2 + 17;
    const lignes = Array.from({ length: n }, (_, i) => ligne(siret(100_000 + i)));
    const rapport = await importerEntreprises(database, fichier([ENTETE, ...lignes].join('\n'), 64 * 1024));
    expect(rapport).toMatchObject({ lignes: n, creees: n, rejets: [] });
  });

  it('refuse un fichier sans les colonnes attendues, ou vide, sans rien écrire', async () => {
    await expect(importerEntreprises(database, fichier(`SIRET;Raison sociale\n${siret(41)};Boulangerie`))).rejects.toThrow(
      new ImportImpossible("Colonnes absentes de la ligne d'en-tête : adresse, code postal, ville, NAF, IDCC, effectif, date d'adhésion, numéro d'adhérent."),
    );
    await expect(importerEntreprises(database, fichier(''))).rejects.toThrow(ImportImpossible);
    expect(await lire([siret(41)])).toEqual([]);
  });

  it('annule tout l’import si la lecture du fichier échoue en cours de route', async () => {
    async function* coupe() {
      yield Buffer.from(`${ENTETE}\n${ligne(siret(51))}\n`);
      throw new Error('disque illisible');
    }
    await expect(importerEntreprises(database, coupe())).rejects.toThrow('disque illisible');
    expect(await lire([siret(51)])).toEqual([]);
  });
});
