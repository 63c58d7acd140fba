import { describe, expect, it } from 'vitest';
import { criteresManquants, motDePasseTropPrevisible, NouveauMotDePasseSchema } from './mot-de-passe.schema';

describe('la politique de mot de passe', () => {
  it.each([
    ['', ['1 lettre minuscule', '1 lettre majuscule', '2 chiffres', '8 caractères', '1 caractère spécial']],
    ['abc', ['1 lettre majuscule', '2 chiffres', '8 caractères', '1 caractère spécial']],
    ['Abcdefg1', ['2 chiffres', '1 caractère spécial']],
    ['Abcdef12', ['1 caractère spécial']],
    ['Abcdef1!', ['2 chiffres']],
    ['Abcde12!', []],
    ['Éléphant-42', []],
  ])('pour « %s », il manque %j', (motDePasse, manquants) => {
    expect(criteresManquants(motDePasse)).toEqual(manquants);
  });

  it('refuse une confirmation différente, sur le champ confirmation', () => {
    const r = NouveauMotDePasseSchema.safeParse({ motDePasse: 'Abcde12!', confirmation: 'Abcde12?' });
    expect(r.error?.issues[0]).toMatchObject({ path: ['confirmation'], message: 'La confirmation ne correspond pas au nouveau mot de passe.' });
  });

  it('refuse un mot de passe faible en disant ce qui manque', () => {
    const r = NouveauMotDePasseSchema.safeParse({ motDePasse: 'abcdefgh', confirmation: 'abcdefgh' });
    expect(r.error?.issues[0]?.message).toBe('Votre mot de passe doit contenir : 1 lettre majuscule, 2 chiffres, 1 caractère spécial.');
  });

  const communs = new Set(['azerty', 'password', 'soleil']);
  it.each([
    ['Azerty12!', 'Ce mot de passe fait partie des plus utilisés : choisissez-en un moins prévisible.'],
    ['Soleil-2026', 'Ce mot de passe fait partie des plus utilisés : choisissez-en un moins prévisible.'],
    ['Julien.Martin-12', 'Votre mot de passe ne doit pas contenir votre adresse email.'],
    ['Pétrin-Matinal-36', undefined],
  ])('juge « %s » : %s', (motDePasse, message) => {
    expect(motDePasseTropPrevisible(motDePasse, 'julien.martin@au-pain-dore.test', communs)).toBe(message);
  });
});
