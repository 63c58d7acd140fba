import { z } from 'zod';
import { DateIsoSchema } from '../commun/dates.schema';
import { RUBRIQUES, type Rubrique } from './rubriques';

/**
 * What the back office shows and sends about the referential: every entry of every rubrique with its
 * dates, source and where it stands today, and a new dated entry. The entry's value is checked on the
 * server by its rubrique's own schema (`schemaEntree`), which the form uses too.
 */
export const RubriqueSchema = z.enum(RUBRIQUES as [Rubrique, ...Rubrique[]], { error: 'Rubrique inconnue' });

export const StatutEntreeSchema = z.enum(['en_vigueur', 'a_venir', 'passee', 'remplacee']);

export const EntreeReferentielSchema = z.object({
  id: z.number().int(),
  debut: DateIsoSchema,
  fin: DateIsoSchema.nullable(),
  source: z.string(),
  /** The entry's own fields (amounts, rates…), without its dates and source. */
  valeur: z.record(z.string(), z.unknown()),
  statut: StatutEntreeSchema,
  /** The entry this one corrects, if any. */
  remplaceId: z.number().int().nullable(),
  creeLe: z.iso.datetime({ offset: true }),
  /** Who added it; null for the values the portal started with. */
  creePar: z.string().nullable(),
});
export type EntreeReferentiel = z.infer<typeof EntreeReferentielSchema>;

export const RubriqueReferentielSchema = z.object({
  rubrique: RubriqueSchema,
  libelle: z.string(),
  entrees: z.array(EntreeReferentielSchema),
});
export type RubriqueReferentiel = z.infer<typeof RubriqueReferentielSchema>;

export const ReferentielAdministrationSchema = z.object({
  /** The referential version a computation made now would use (and record). */
  version: z.number().int(),
  date: DateIsoSchema,
  rubriques: z.array(RubriqueReferentielSchema),
  actions: z.object({ ajouterEntree: z.boolean() }),
});
export type ReferentielAdministration = z.infer<typeof ReferentielAdministrationSchema>;

/**
 * The envelope only: the value and the order of the dates are checked with the rubrique's schema
 * (`schemaEntree`), so that every mistake of the form is reported at once.
 */
export const NouvelleEntreeReferentielSchema = z.object({
  debut: DateIsoSchema,
  fin: DateIsoSchema.optional(),
  source: z.string({ error: 'La source (texte ou document) est obligatoire' }).trim().min(1, { error: 'La source (texte ou document) est obligatoire' }),
  valeur: z.record(z.string(), z.unknown(), { error: 'La valeur de l’entrée est attendue (un objet JSON)' }),
  /** Set to correct an entry (a wrong amount, a typo in the source): the correction takes its place. */
  remplaceId: z.number().int().positive().optional(),
});
export type NouvelleEntreeReferentiel = z.infer<typeof NouvelleEntreeReferentielSchema>;

