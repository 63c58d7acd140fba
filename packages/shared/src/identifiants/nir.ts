import type { DateIso } from '../commun/dates';

/**
 * NIR (numéro de sécurité sociale): 13 characters then a 2-digit key = 97 − (number mod 97).
 * Corsican départements 2A and 2B are read as 19 and 18 for the key only (INSEE rule).
 * Layout: sex (1 man, 2 woman; 7/8 temporary numbers), year (2), month (2), département (2, or 3
 * overseas), commune (3 or 2), order (3), key (2).
 */
const FORMAT_NIR = /^[1278]\d{4}(?:\d{2}|2[AB])\d{6}\d{2}$/;

export function normaliserNir(saisie: string): string {
  return saisie.replace(/[\s.-]/g, '').toUpperCase();
}

export function cleNir(treizePremiers: string): number {
  const numerique = treizePremiers.slice(0, 5) + treizePremiers.slice(5, 7).replace('2A', '19').replace('2B', '18') + treizePremiers.slice(7);
  return 97 - (Number(numerique) % 97);
}

export function estNirValide(nir: string): boolean {
  return FORMAT_NIR.test(nir) && cleNir(nir.slice(0, 13)) === Number(nir.slice(13));
}

/** "2 55 08 14 168 025 38", the grouping printed on the carte Vitale. */
export function formaterNir(nir: string): string {
  return nir.replace(/^(.)(..)(..)(..)(...)(...)(..)$/, '$1 $2 $3 $4 $5 $6 $7');
}

export interface IdentiteAComparer {
  sexe?: 'M' | 'F' | undefined;
  dateNaissance?: DateIso | undefined;
  /** As on the CERFA: "01"…"95", "2A", "2B", "971"…"976", "99" for abroad. */
  departementNaissance?: string | undefined;
}

export interface IncoherenceNir {
  champ: 'sexe' | 'dateNaissance' | 'departementNaissance';
  message: string;
}

/**
 * What in a (valid) NIR contradicts the declared identity. Temporary numbers (7, 8) carry no sex, and
 * months outside 01–12 mean "unknown month": those parts are not compared.
 */
export function verifierCoherenceNir(nir: string, identite: IdentiteAComparer): IncoherenceNir[] {
  const incoherences: IncoherenceNir[] = [];
  const chiffreSexe = nir[0];
  if (identite.sexe && (chiffreSexe === '1' || chiffreSexe === '2')) {
    const attendu = identite.sexe === 'M' ? '1' : '2';
    if (chiffreSexe !== attendu) {
      incoherences.push({
        champ: 'sexe',
        message: `Le NIR commence par ${chiffreSexe} alors que le sexe déclaré est ${identite.sexe === 'M' ? 'masculin (attendu : 1)' : 'féminin (attendu : 2)'}`,
      });
    }
  }
  if (identite.dateNaissance) {
    const annee = identite.dateNaissance.slice(2, 4);
    const mois = identite.dateNaissance.slice(5, 7);
    if (nir.slice(1, 3) !== annee) {
      incoherences.push({
        champ: 'dateNaissance',
        message: `L'année de naissance (${annee}) ne correspond pas aux 2e et 3e chiffres du NIR (${nir.slice(1, 3)})`,
      });
    }
    const moisNir = Number(nir.slice(3, 5));
    if (moisNir >= 1 && moisNir <= 12 && nir.slice(3, 5) !== mois) {
      incoherences.push({
        champ: 'dateNaissance',
        message: `Le mois de naissance (${mois}) ne correspond pas aux 4e et 5e chiffres du NIR (${nir.slice(3, 5)})`,
      });
    }
  }
  const departement = identite.departementNaissance?.toUpperCase();
  if (departement) {
    const partieNir = nir.slice(5, 5 + departement.length);
    const corseAvant1976 = (departement === '2A' || departement === '2B') && nir.slice(5, 7) === '20';
    if (partieNir !== departement && !corseAvant1976) {
      incoherences.push({
        champ: 'departementNaissance',
        message: `Le département de naissance (${departement}) ne correspond pas au NIR (${partieNir})`,
      });
    }
  }
  return incoherences;
}
