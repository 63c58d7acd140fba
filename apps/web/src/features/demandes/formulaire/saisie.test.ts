import type { Champ } from '@mse/shared/demande/formulaire/champs';
import { describe, expect, it } from 'vitest';
import { aujourdhuiParis, ecrireMontant, formaterValeur, heureDe, idChamp, lireEntier, lireMontant } from './saisie';

describe('la saisie d’un montant en euros', () => {
  it.each([
    ['1 234,56', 123456],
    ['1234,5', 123450],
    ['1234.56', 123456],
    ['12', 1200],
    ['0,07', 7],
    ['1\u202f234,56 €', 123456],
    ['  850 ', 85000],
  ])('lit « %s » comme %i centimes', (saisie, centimes) => {
    expect(lireMontant(saisie)).toBe(centimes);
  });

  it.each(['abc', '12,345', '-5', '1,2,3', '12 ,5x'])('refuse « %s »', (saisie) => {
    expect(lireMontant(saisie)).toBeNull();
  });

  it('ne stocke rien pour un champ vide', () => {
    expect(lireMontant('  ')).toBeUndefined();
  });

  it('réécrit les centimes à la française', () => {
    expect(ecrireMontant(123456)).toBe('1 234,56');
    expect(ecrireMontant(5)).toBe('0,05');
    expect(ecrireMontant(100000)).toBe('1 000,00');
    expect(lireMontant(ecrireMontant(9876543))).toBe(9876543);
  });
});

describe('la saisie d’un entier', () => {
  it('accepte les espaces et refuse les décimales', () => {
    expect(lireEntier('1 607')).toBe(1607);
    expect(lireEntier('12,5')).toBeNull();
    expect(lireEntier('')).toBeUndefined();
  });
});

describe('les valeurs du récapitulatif', () => {
  const champ = (c: Partial<Champ>): Champ => ({ chemin: 'x', libelle: 'X', obligatoire: false, type: 'texte', ...c });

  it('montre un choix par son libellé, un montant en euros, une date en jj/mm/aaaa et un oui/non en mots', () => {
    expect(formaterValeur(champ({ type: 'choix', options: [{ code: 'cdi', libelle: 'CDI' }] }), 'cdi')).toBe('CDI');
    expect(formaterValeur(champ({ type: 'montant' }), 123456)?.replace(/[\u202f\u00a0]/g, ' ')).toBe('1 234,56 €');
    expect(formaterValeur(champ({ type: 'date' }), '2026-09-12')).toBe('12/09/2026');
    expect(formaterValeur(champ({ type: 'oui_non' }), false)).toBe('Non');
    expect(formaterValeur(champ({ type: 'entier', unite: 'heures' }), 1200)?.replace(/[\u202f\u00a0]/g, ' ')).toBe('1 200 heures');
    expect(formaterValeur(champ({}), '')).toBeNull();
  });
});

describe('les repères de date et d’identifiant', () => {
  it('donne le jour et l’heure de Paris', () => {
    expect(aujourdhuiParis(new Date('2026-12-31T23:30:00Z'))).toBe('2027-01-01');
    expect(heureDe('2026-07-01T08:42:00Z')).toBe('10:42');
  });

  it('fait un identifiant HTML d’un chemin', () => {
    expect(idChamp('maitresApprentissage.0.nom')).toBe('champ-maitresApprentissage-0-nom');
  });
});
