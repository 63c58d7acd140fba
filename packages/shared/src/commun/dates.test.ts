import { describe, expect, it } from 'vitest';
import {
  ageRevolu,
  ajouterJours,
  ajouterMois,
  dureeEnMois,
  ecartEnJours,
  estDateIso,
  finDePeriodeDeMois,
  formaterDate,
  jourDeLaSemaine,
  libelleDuree,
  lireDate,
  moisEntames,
  moisRevolus,
  nombreDeJoursInclus,
  premierJourDuMoisSuivant,
} from './dates';
import { DateIsoSchema } from './dates.schema';

describe('estDateIso', () => {
  it.each([
    ['2024-02-29', true],
    ['2025-02-29', false],
    ['2025-13-01', false],
    ['2025-9-1', false],
    ['01/09/2025', false],
  ])('reconnaît %s comme date valide : %s', (valeur, attendu) => {
    expect(estDateIso(valeur)).toBe(attendu);
    expect(DateIsoSchema.safeParse(valeur).success).toBe(attendu);
  });

  it('refuse de lire une date qui n’existe pas, avec un message en français', () => {
    expect(() => lireDate('2025-02-30')).toThrow('Date invalide');
  });
});

describe('arithmétique des dates', () => {
  it.each([
    ['2025-01-31', 1, '2025-02-28'],
    ['2024-01-31', 1, '2024-02-29'],
    ['2025-09-01', 3, '2025-12-01'],
    ['2025-11-15', 3, '2026-02-15'],
    ['2025-03-31', -1, '2025-02-28'],
    ['2024-02-29', 12, '2025-02-28'],
  ])('%s plus %i mois donne %s', (date, mois, attendu) => {
    expect(ajouterMois(date, mois)).toBe(attendu);
  });

  it.each([
    ['2025-12-31', 1, '2026-01-01'],
    ['2024-02-28', 1, '2024-02-29'],
    ['2025-03-01', -1, '2025-02-28'],
  ])('%s plus %i jour donne %s', (date, jours, attendu) => {
    expect(ajouterJours(date, jours)).toBe(attendu);
  });

  it('compte 61 jours du 1er septembre au 31 octobre inclus', () => {
    expect(nombreDeJoursInclus('2025-09-01', '2025-10-31')).toBe(61);
    expect(ecartEnJours('2025-09-01', '2025-10-31')).toBe(60);
  });

  it('compte 731 jours pour deux ans qui contiennent un 29 février', () => {
    expect(nombreDeJoursInclus('2027-09-01', '2029-08-31')).toBe(731);
  });

  it.each([
    ['2025-09-01', '2026-02-28', 6],
    ['2025-09-01', '2026-02-27', 5],
    ['2025-09-15', '2028-09-14', 36],
  ])('la période du %s au %s (dernier jour compris) dure %i mois', (debut, fin, mois) => {
    expect(dureeEnMois(debut, fin)).toBe(mois);
  });

  it.each([
    ['2025-09-01', '2025-09-30', 0, 1],
    ['2025-09-15', '2025-10-14', 0, 1],
    ['2025-09-15', '2025-10-15', 1, 2],
    ['2023-09-15', '2025-09-14', 23, 24],
  ])('du %s au %s : %i mois révolus, %i mois entamés', (debut, fin, revolus, entames) => {
    expect(moisRevolus(debut, fin)).toBe(revolus);
    expect(moisEntames(debut, fin)).toBe(entames);
  });

  it.each([
    ['2007-09-10', '2025-09-09', 17],
    ['2007-09-10', '2025-09-10', 18],
    ['2008-02-29', '2026-02-28', 18],
  ])('une personne née le %s a %i ans révolus le %s', (naissance, date, age) => {
    expect(ageRevolu(naissance, date)).toBe(age);
  });

  it.each([
    ['2025-09-10', '2025-10-01'],
    ['2025-12-01', '2026-01-01'],
    ['2025-12-31', '2026-01-01'],
  ])('le premier jour du mois qui suit le %s est le %s', (date, attendu) => {
    expect(premierJourDuMoisSuivant(date)).toBe(attendu);
  });

  it('sait que le 1er septembre 2025 est un lundi et l’affiche à la française', () => {
    expect(jourDeLaSemaine('2025-09-01')).toBe(1);
    expect(formaterDate('2025-09-01')).toBe('01/09/2025');
  });
});

describe('durées lisibles', () => {
  it.each([
    ['2025-09-01', 6, '2026-02-28'],
    ['2025-09-15', 36, '2028-09-14'],
  ])('une période de %s sur %i mois finit le %s', (debut, mois, fin) => {
    expect(finDePeriodeDeMois(debut, mois)).toBe(fin);
  });

  it.each([
    ['2025-09-01', '2026-02-28', '6 mois'],
    ['2025-09-01', '2026-03-01', '6 mois et 1 jour'],
    ['2025-09-01', '2030-03-03', '54 mois et 3 jours'],
    ['2025-09-01', '2025-09-01', '1 jour'],
  ])('du %s au %s : %s', (debut, fin, libelle) => {
    expect(libelleDuree(debut, fin)).toBe(libelle);
  });
});
