import { describe, expect, it } from 'vitest';
import {
  CfdSchema,
  CodePostalSchema,
  IdccSchema,
  NafSchema,
  NirSchema,
  RncpSchema,
  SirenSchema,
  SiretSchema,
  TelephoneSchema,
  UaiSchema,
} from './identifiants.schema';

function messages(resultat: { success: boolean; error?: { issues: { message: string }[] } }): string[] {
  return resultat.error?.issues.map((i) => i.message) ?? [];
}

describe('schémas des identifiants', () => {
  it.each([
    [SiretSchema, '732 829 320 00074', '73282932000074'],
    [SirenSchema, '732 829 320', '732829320'],
    [UaiSchema, '0951099d', '0951099D'],
    [NirSchema, '2 55 08 14 168 025 38', '255081416802538'],
    [RncpSchema, '35316', 'RNCP35316'],
    [CfdSchema, '4002212a', '4002212A'],
    [NafSchema, '10.71C', '1071C'],
    [IdccSchema, '843', '0843'],
    [CodePostalSchema, '75 001', '75001'],
    [TelephoneSchema, '06 12 34 56 78', '+33612345678'],
  ])('renvoie la valeur normalisée (%#)', (schema, saisie, attendu) => {
    expect(schema.parse(saisie)).toBe(attendu);
  });

  it('refuse un SIRET dont la clé de Luhn est fausse, avec un message en français', () => {
    expect(messages(SiretSchema.safeParse('73282932000075'))).toEqual([
      "Ce SIRET n'est pas valide : vérifiez les chiffres saisis (clé de contrôle incorrecte)",
    ]);
  });

  it('signale seulement le format quand le SIRET n’a pas 14 chiffres', () => {
    expect(messages(SiretSchema.safeParse('7328293200'))).toEqual(['Le SIRET doit comporter 14 chiffres']);
  });

  it('demande le SIRET quand il est vide ou absent', () => {
    expect(messages(SiretSchema.safeParse('  '))).toEqual(['Le SIRET est obligatoire']);
    expect(messages(SiretSchema.safeParse(undefined))).toEqual(['Le SIRET est obligatoire']);
  });

  it.each([
    [UaiSchema, '0951099C', "Ce numéro UAI n'est pas valide : la lettre de contrôle ne correspond pas aux chiffres"],
    [NirSchema, '255081416802539', "Ce numéro de sécurité sociale n'est pas valide : la clé ne correspond pas"],
    [SiretSchema, '35600000009090', "Ce SIRET n'est pas valide : vérifiez les chiffres saisis (clé de contrôle incorrecte)"],
    [TelephoneSchema, '+33 0 12 34 56 78', 'Un numéro français ne commence pas par 0 après +33'],
  ])('refuse une valeur invalide avec son message (%#)', (schema, saisie, message) => {
    expect(messages(schema.safeParse(saisie))).toEqual([message]);
  });
});
