import { z } from 'zod';

/** Text fields of the administration forms: trimmed, required, bounded, with the field's name in the message. */
export const texteObligatoire = (libelle: string, max: number) =>
  z
    .string({ error: `Le champ « ${libelle} » est obligatoire.` })
    .trim()
    .min(1, `Le champ « ${libelle} » est obligatoire.`)
    .max(max, `Le champ « ${libelle} » fait au plus ${max} caractères.`);

export const IdSchema = z.uuid('Identifiant invalide.');
