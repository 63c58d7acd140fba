import { z } from 'zod';
import { estCfdValide, estRncpValide, estRsValide, normaliserCfd, normaliserRncp, normaliserRs } from './certification';
import { estCodePostalValide, normaliserCodePostal } from './code-postal';
import { estIdccValide, normaliserIdcc } from './idcc';
import { estNafValide, normaliserNaf } from './naf';
import { estNirValide, normaliserNir } from './nir';
import { estSirenValide, normaliserSiren } from './siren';
import { estSiretValide, normaliserSiret } from './siret';
import { estTelephoneValide, normaliserTelephone } from './telephone';
import { estUaiValide, normaliserUai } from './uai';

interface RegleIdentifiant {
  obligatoire: string;
  normaliser: (saisie: string) => string;
  format: RegExp;
  messageFormat: string;
  valide?: (valeur: string) => boolean;
  messageInvalide?: string;
}

/**
 * The parsed value is the normalised one, so the API stores "73282932000074" whatever was typed.
 * A wrong shape stops there: telling someone that a 12-digit SIRET has a wrong key would mislead.
 */
function identifiant(regle: RegleIdentifiant) {
  const schema = z
    .string({ error: regle.obligatoire })
    .overwrite(regle.normaliser)
    .min(1, { error: regle.obligatoire, abort: true })
    .regex(regle.format, { error: regle.messageFormat, abort: true });
  const { valide, messageInvalide } = regle;
  return valide ? schema.refine(valide, { error: messageInvalide }) : schema;
}

export const SiretSchema = identifiant({
  obligatoire: 'Le SIRET est obligatoire',
  normaliser: normaliserSiret,
  format: /^\d{14}$/,
  messageFormat: 'Le SIRET doit comporter 14 chiffres',
  valide: estSiretValide,
  messageInvalide: "Ce SIRET n'est pas valide : vérifiez les chiffres saisis (clé de contrôle incorrecte)",
});
export type Siret = z.infer<typeof SiretSchema>;

export const SirenSchema = identifiant({
  obligatoire: 'Le SIREN est obligatoire',
  normaliser: normaliserSiren,
  format: /^\d{9}$/,
  messageFormat: 'Le SIREN doit comporter 9 chiffres',
  valide: estSirenValide,
  messageInvalide: "Ce SIREN n'est pas valide : vérifiez les chiffres saisis (clé de contrôle incorrecte)",
});
export type Siren = z.infer<typeof SirenSchema>;

export const UaiSchema = identifiant({
  obligatoire: "Le numéro UAI de l'établissement de formation est obligatoire",
  normaliser: normaliserUai,
  format: /^\d{7}[A-Z]$/,
  messageFormat: 'Le numéro UAI comporte 7 chiffres suivis d’une lettre (exemple : 0951099D)',
  valide: estUaiValide,
  messageInvalide: "Ce numéro UAI n'est pas valide : la lettre de contrôle ne correspond pas aux chiffres",
});
export type Uai = z.infer<typeof UaiSchema>;

export const NirSchema = identifiant({
  obligatoire: 'Le numéro de sécurité sociale (NIR) est obligatoire',
  normaliser: normaliserNir,
  format: /^[1278]\d{4}(?:\d{2}|2[AB])\d{6}\d{2}$/,
  messageFormat: 'Le numéro de sécurité sociale comporte 13 caractères suivis de la clé à 2 chiffres',
  valide: estNirValide,
  messageInvalide: "Ce numéro de sécurité sociale n'est pas valide : la clé ne correspond pas",
});
export type Nir = z.infer<typeof NirSchema>;

export const RncpSchema = identifiant({
  obligatoire: 'Le code RNCP est obligatoire',
  normaliser: normaliserRncp,
  format: /^RNCP\d{3,5}$/,
  messageFormat: 'Le code RNCP s’écrit RNCP suivi de 3 à 5 chiffres (exemple : RNCP35316)',
  valide: estRncpValide,
});
export type Rncp = z.infer<typeof RncpSchema>;

export const RsSchema = identifiant({
  obligatoire: 'Le code RS est obligatoire',
  normaliser: normaliserRs,
  format: /^RS\d{1,5}$/,
  messageFormat: 'Le code RS s’écrit RS suivi de chiffres (exemple : RS5012)',
  valide: estRsValide,
});
export type Rs = z.infer<typeof RsSchema>;

export const CfdSchema = identifiant({
  obligatoire: 'Le code diplôme est obligatoire',
  normaliser: normaliserCfd,
  format: /^[A-Z0-9]{3}\d{3}[A-Z0-9]{2}$/,
  messageFormat: 'Le code diplôme (CFD) comporte 8 caractères (exemple : 50022137)',
  valide: estCfdValide,
});
export type Cfd = z.infer<typeof CfdSchema>;

export const NafSchema = identifiant({
  obligatoire: 'Le code NAF est obligatoire',
  normaliser: normaliserNaf,
  format: /^\d{4}[A-Z]$/,
  messageFormat: 'Le code NAF comporte 4 chiffres et une lettre (exemple : 10.71C)',
  valide: estNafValide,
});
export type Naf = z.infer<typeof NafSchema>;

export const IdccSchema = identifiant({
  obligatoire: "L'IDCC est obligatoire",
  normaliser: normaliserIdcc,
  format: /^\d{4}$/,
  messageFormat: "L'IDCC est un numéro de 1 à 4 chiffres (exemple : 843 ou 0843)",
  valide: estIdccValide,
  messageInvalide: "L'IDCC 0000 n'existe pas : indiquez 9999 s'il n'y a pas de convention collective",
});
export type Idcc = z.infer<typeof IdccSchema>;

export const CodePostalSchema = identifiant({
  obligatoire: 'Le code postal est obligatoire',
  normaliser: normaliserCodePostal,
  format: /^\d{5}$/,
  messageFormat: 'Le code postal comporte 5 chiffres',
  valide: estCodePostalValide,
  messageInvalide: "Ce code postal n'existe pas",
});
export type CodePostal = z.infer<typeof CodePostalSchema>;

export const TelephoneSchema = identifiant({
  obligatoire: 'Le numéro de téléphone est obligatoire',
  normaliser: normaliserTelephone,
  format: /^\+33\d{9}$/,
  messageFormat: 'Numéro de téléphone français attendu (exemple : 06 12 34 56 78 ou +33 6 12 34 56 78)',
  valide: estTelephoneValide,
  messageInvalide: 'Un numéro français ne commence pas par 0 après +33',
});
export type Telephone = z.infer<typeof TelephoneSchema>;
