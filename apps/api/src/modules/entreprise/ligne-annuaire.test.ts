import { describe, expect, it } from 'vitest';
import { lireEntetes, verificateurDeLigne } from './ligne-annuaire';

const ENTETE = ['SIRET', 'SIREN', 'Raison sociale', 'Adresse', 'Code postal', 'Ville', 'NAF', 'IDCC', 'Effectif', "Date d'adhésion", "Numéro d'adhérent"];
const BON = ['73282932000074', '732829320', 'Boulangerie du Port', '3 quai des Belges', '13002', 'MARSEILLE', '10.71C', '843', '4', '01/04/2019', 'EP3000001'];

const { entetes } = lireEntetes(ENTETE);
const verifier = verificateurDeLigne(entetes, ENTETE.length, new Set(['0843', '3127']));
const avec = (changements: Record<number, string>) => BON.map((v, i) => changements[i] ?? v);

describe('lireEntetes', () => {
  it('reconnaît les intitulés quels que soient la casse, les accents et la ponctuation', () => {
    const { entetes: e, manquantes } = lireEntetes(['numero_adherent', 'DATE ADHESION', 'effectif', 'idcc', 'Code APE', 'Commune', 'CP', 'adresse', 'Dénomination', 'siret']);
    expect(manquantes).toEqual([]);
    expect(e).toMatchObject({ numeroAdherent: 0, dateAdhesion: 1, naf: 4, ville: 5, codePostal: 6, raisonSociale: 8, siret: 9, siren: undefined });
  });

  it('nomme les colonnes obligatoires absentes, mais pas le SIREN qui se déduit du SIRET', () => {
    expect(lireEntetes(['SIRET', 'Raison sociale', 'Ville']).manquantes).toEqual([
      'adresse', 'code postal', 'NAF', 'IDCC', 'effectif', "date d'adhésion", "numéro d'adhérent",
    ]);
  });

  it('accepte « N° d’adhérent »', () => {
    expect(lireEntetes(["N° d'adhérent"]).entetes.numeroAdherent).toBe(0);
  });
});

describe('verificateurDeLigne', () => {
  it('normalise une ligne correcte : NAF sans point, IDCC sur 4 chiffres, date ISO', () => {
    expect(verifier(BON)).toEqual({
      ok: true,
      etablissement: {
        siret: '73282932000074',
        siren: '732829320',
        raisonSociale: 'Boulangerie du Port',
        adresse: '3 quai des Belges',
        codePostal: '13002',
        ville: 'MARSEILLE',
        naf: '1071C',
        idcc: '0843',
        effectifEntreprise: 4,
        dateAdhesion: '2019-04-01',
        numeroAdherent: 'EP3000001',
      },
    });
  });

  it.each([
    ['un SIRET saisi avec des espaces', { 0: '732 829 320 00074' }, { siret: '73282932000074' }],
    ['un SIREN vide, déduit du SIRET', { 1: '' }, { siren: '732829320' }],
    ['un code postal dont le tableur a mangé le zéro', { 4: '6000' }, { codePostal: '06000' }],
    ['une date déjà au format ISO', { 9: '2019-04-01' }, { dateAdhesion: '2019-04-01' }],
    ['un SIRET de La Poste qui ne respecte pas Luhn mais dont la somme est multiple de 5', { 0: '35600000009075', 1: '356000000' }, { siret: '35600000009075' }],
  ])('accepte %s', (_cas, changements, attendu) => {
    const resultat = verifier(avec(changements));
    expect(resultat.ok && resultat.etablissement).toMatchObject(attendu);
  });

  it.each([
    ['un SIRET à la clé fausse', { 0: '73282932000075' }, "Ce SIRET n'est pas valide : vérifiez les chiffres saisis (clé de contrôle incorrecte)"],
    ['un SIRET de 13 chiffres', { 0: '7328293200007' }, 'Le SIRET doit comporter 14 chiffres'],
    ['un SIRET absent', { 0: '' }, 'Le SIRET est obligatoire'],
    ['un SIRET de La Poste dont la somme n’est pas multiple de 5', { 0: '35600000009090', 1: '' }, "Ce SIRET n'est pas valide : vérifiez les chiffres saisis (clé de contrôle incorrecte)"],
    ['un SIREN qui n’est pas celui du SIRET', { 1: '356000000' }, 'Le SIREN ne correspond pas aux 9 premiers chiffres du SIRET'],
    ['une raison sociale vide', { 2: '' }, 'La raison sociale est obligatoire'],
    ['un code postal de lettres', { 4: 'ABCDE' }, 'Le code postal comporte 5 chiffres'],
    ['un code NAF hors nomenclature', { 6: '99.99Z' }, "Ce code NAF n'existe pas dans la nomenclature NAF rév. 2"],
    ['un IDCC qui n’est pas une branche de l’OPCO', { 7: '1234' }, "Cet IDCC n'est pas celui d'une branche de l'OPCO"],
    ['un effectif décimal', { 8: '12,5' }, "L'effectif est un nombre entier de salariés (exemple : 12)"],
    ['une date qui n’existe pas', { 9: '31/02/2024' }, "La date d'adhésion est une date JJ/MM/AAAA (exemple : 01/04/2019)"],
    ['un numéro d’adhérent absent', { 10: '' }, "Le numéro d'adhérent est obligatoire"],
  ])('refuse %s', (_cas, changements, motif) => {
    expect(verifier(avec(changements))).toEqual({ ok: false, motifs: [motif] });
  });

  it('donne toutes les raisons d’une ligne, dans l’ordre des colonnes', () => {
    const resultat = verifier(avec({ 0: '123', 4: '', 8: 'beaucoup' }));
    expect(resultat).toEqual({
      ok: false,
      motifs: ['Le SIRET doit comporter 14 chiffres', 'Le code postal est obligatoire', "L'effectif est un nombre entier de salariés (exemple : 12)"],
    });
  });

  it('signale une ligne décalée par un séparateur en trop plutôt que des champs faux', () => {
    const resultat = verifier([...BON.slice(0, 3), '3', 'quai des Belges', ...BON.slice(4)]);
    expect(resultat).toEqual({ ok: false, motifs: ['La ligne compte 12 colonnes au lieu de 11 : un champ contient-il le séparateur sans guillemets ?'] });
  });
});
