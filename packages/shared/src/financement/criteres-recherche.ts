import { z } from 'zod';
import { estDateIso } from '../commun/dates';
import { DateIsoSchema } from '../commun/dates.schema';
import { DispositifSchema } from '../demande/demande.schema';
import { GroupeStatutSchema, LigneFinancementSchema, PageFinancementsSchema, RechercheFinancementsSchema } from '../demande/liste.schema';
import { StatutDemandeSchema } from '../demande/statut.schema';

/**
 * « Recherche avancée » of "Mes financements" (issue 7): the criteria, as they travel in the page's URL
 * and in the query of GET /api/financements and /api/financements/export, and the sort by column.
 * Every criterion is optional and text in the URL; a malformed one (reversed dates, letters in an
 * amount, 5 000 characters) is answered with a French message on its field, never a 500.
 */

/** The criteria's names, in the URL and the API query (the order of the form). */
export const CLES_CRITERES_FINANCEMENT = [
  'numero',
  'dispositif',
  'statut',
  'beneficiaire',
  'formation',
  'organisme',
  'etablissement',
  'debutDu',
  'debutAu',
  'finDu',
  'finAu',
  'montantMin',
  'montantMax',
] as const;
export type CleCritereFinancement = (typeof CLES_CRITERES_FINANCEMENT)[number];

export const MESSAGES_CRITERES = {
  trop: (max: number) => `Ce critère fait au plus ${max} caractères`,
  texte: 'Ce critère s’écrit en une seule fois, en texte',
  dates: 'La date de fin de la période doit être postérieure ou égale à sa date de début',
  montant: 'Le montant s’écrit en euros, en chiffres (par exemple 1500 ou 1 500,50)',
  montants: 'Le montant maximum doit être supérieur ou égal au montant minimum',
  statut: 'Statut inconnu',
  tri: 'Tri inconnu : choisissez une colonne du tableau',
  ordre: 'Ordre de tri inconnu : croissant (asc) ou décroissant (desc)',
};

const texte = (max: number) =>
  z
    .string({ error: MESSAGES_CRITERES.texte })
    .max(max, { error: MESSAGES_CRITERES.trop(max) })
    .transform((t) => t.trim().replace(/\s+/g, ' '))
    .transform((t) => (t === '' ? undefined : t))
    .optional();

const vide = (v: unknown) => (typeof v === 'string' && v.trim() === '' ? undefined : v);
const date = z.preprocess(vide, DateIsoSchema.optional());

/**
 * An amount in euros as a French person types it: 1500, 1 500, 1 500,50, 1500.5 → cents.
 * A hard limit keeps the number in range (and the input short).
 */
export function lireMontantEuros(texte: string): number | null {
  const t = texte.replace(/[\s\u00A0\u202F]/g, '').replace(/€$/, '').replace(',', '.');
  if (!/^\d{1,9}(\.\d{1,2})?$/.test(t)) return null;
  return Math.round(Number(t) * 100);
}

const montant = z.preprocess(
  vide,
  z
    .string({ error: MESSAGES_CRITERES.montant })
    .max(20, { error: MESSAGES_CRITERES.montant })
    .transform((t, ctx) => {
      const centimes = lireMontantEuros(t);
      if (centimes === null) {
        ctx.addIssue({ code: 'custom', message: MESSAGES_CRITERES.montant });
        return z.NEVER;
      }
      return centimes;
    })
    .optional(),
);

export const CriteresFinancementsObjetSchema = z.object({
  /** Part of the dossier number (AP-2026-000123, or 000123). */
  numero: texte(30),
  dispositif: z.preprocess(vide, DispositifSchema.optional()),
  /** The detailed status; with it, only its tab has rows. */
  statut: z.preprocess(vide, StatutDemandeSchema.optional()),
  /** The beneficiary's name, accents and typos tolerated. */
  beneficiaire: texte(100),
  /** Words of the training's title. */
  formation: texte(200),
  /** The provider's name, or its SIRET (14 digits) or SIREN (9). */
  organisme: texte(200),
  /** The establishment's SIRET, or words of its name or town. */
  etablissement: texte(200),
  debutDu: date,
  debutAu: date,
  finDu: date,
  finAu: date,
  /** In euros in the URL, in cents once read: the committed amount, or the estimate until decided. */
  montantMin: montant,
  montantMax: montant,
});

const jourLu = (v: unknown): v is string => typeof v === 'string' && estDateIso(v);
const montantLu = (v: unknown): v is number => typeof v === 'number';

/**
 * Reversed ranges, reported on their upper bound (for a schema extending the criteria's). Run even when
 * another field is wrong (`TOUJOURS`), so that every message shows at once: only the bounds that were
 * read are compared.
 */
export function verifierIntervalles(c: Partial<Record<'debutDu' | 'debutAu' | 'finDu' | 'finAu' | 'montantMin' | 'montantMax', unknown>>, ctx: z.RefinementCtx) {
  if (jourLu(c.debutDu) && jourLu(c.debutAu) && c.debutAu < c.debutDu) ctx.addIssue({ code: 'custom', path: ['debutAu'], message: MESSAGES_CRITERES.dates });
  if (jourLu(c.finDu) && jourLu(c.finAu) && c.finAu < c.finDu) ctx.addIssue({ code: 'custom', path: ['finAu'], message: MESSAGES_CRITERES.dates });
  if (montantLu(c.montantMin) && montantLu(c.montantMax) && c.montantMax < c.montantMin)
    ctx.addIssue({ code: 'custom', path: ['montantMax'], message: MESSAGES_CRITERES.montants });
}
export const TOUJOURS = { when: () => true };

export const CriteresFinancementsSchema = CriteresFinancementsObjetSchema.superRefine(verifierIntervalles, TOUJOURS);
export type CriteresFinancements = z.infer<typeof CriteresFinancementsSchema>;

/** The sortable columns (the table's headers); `modifie` (last update, newest first) by default. */
export const TRIS_FINANCEMENTS = ['modifie', 'numero', 'dispositif', 'beneficiaire', 'formation', 'organisme', 'debut', 'fin', 'montant', 'statut', 'etablissement'] as const;
export const TriFinancementsSchema = z.enum(TRIS_FINANCEMENTS, { error: MESSAGES_CRITERES.tri });
export type TriFinancements = z.infer<typeof TriFinancementsSchema>;
export const OrdreTriSchema = z.enum(['asc', 'desc'], { error: MESSAGES_CRITERES.ordre });
export type OrdreTri = z.infer<typeof OrdreTriSchema>;
/** The order a column first sorts in: dates and amounts newest/largest first, words A to Z. */
export const ORDRE_PAR_DEFAUT: Record<TriFinancements, OrdreTri> = {
  modifie: 'desc',
  numero: 'asc',
  dispositif: 'asc',
  beneficiaire: 'asc',
  formation: 'asc',
  organisme: 'asc',
  debut: 'desc',
  fin: 'desc',
  montant: 'desc',
  statut: 'asc',
  etablissement: 'asc',
};

/** The sort, as in the URL: `tri` and `ordre` (the column's default order when absent). */
export const TriQuerySchema = z.object({
  tri: z.preprocess(vide, TriFinancementsSchema.default('modifie')),
  ordre: z.preprocess(vide, OrdreTriSchema.optional()),
});

/**
 * Query of GET /api/financements: the tab, the page (`apres` the next page's cursor, `avant` the
 * previous one's, `fin=1` the last page), the sort and the criteria.
 */
export const RechercheAvanceeFinancementsObjetSchema = RechercheFinancementsSchema.extend({
  avant: z.string().min(1).max(200, { error: 'Curseur de pagination invalide : revenez à la première page' }).optional(),
  fin: z.enum(['1'], { error: 'fin vaut 1 (dernière page) ou est absent' }).optional(),
})
  .extend(TriQuerySchema.shape)
  .extend(CriteresFinancementsObjetSchema.shape);

export const RechercheAvanceeFinancementsSchema = RechercheAvanceeFinancementsObjetSchema.superRefine(verifierIntervalles, TOUJOURS);
export type RechercheAvanceeFinancements = z.input<typeof RechercheAvanceeFinancementsSchema>;

/** Query of GET /api/financements/export: the tab, the sort and the criteria of the list shown. */
export const ExportFinancementsObjetSchema = z
  .object({
    format: z.enum(['csv', 'xlsx'], { error: 'Format inconnu : csv ou xlsx' }),
    groupe: GroupeStatutSchema,
  })
  .extend(TriQuerySchema.shape)
  .extend(CriteresFinancementsObjetSchema.shape);
export const ExportFinancementsSchema = ExportFinancementsObjetSchema.superRefine(verifierIntervalles, TOUJOURS);

export const PageRechercheFinancementsSchema = PageFinancementsSchema.extend({
  demandes: z.array(LigneFinancementSchema),
  /** Cursor of the previous page (to send back as `avant`); null on the first page. */
  precedent: z.string().nullable(),
  /** Rows matching the criteria in this tab (the tab's count when no criterion is set). */
  total: z.number().int(),
  /** The sort applied. */
  tri: TriFinancementsSchema,
  ordre: OrdreTriSchema,
});
export type PageRechercheFinancements = z.infer<typeof PageRechercheFinancementsSchema>;
