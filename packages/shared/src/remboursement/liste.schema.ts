import { z } from 'zod';
import { DateIsoSchema } from '../commun/dates.schema';
import { DispositifSchema } from '../demande/demande.schema';
import { LigneRemboursementSchema } from './demande-remboursement.schema';
import { STATUTS_REMBOURSEMENT, StatutRemboursementSchema } from './statut.schema';

/**
 * « Mes remboursements »: the claims of one tab (À venir, Payé, Refusé), page by page with an opaque
 * cursor, each tab's count, and the « Recherche avancée » criteria — all in the query string, as the
 * web page keeps them in its URL. Every criterion is text as typed; a malformed one is answered on its
 * field (400), never by a server error.
 */

export const OngletRemboursementSchema = z.enum(STATUTS_REMBOURSEMENT, { error: 'Onglet inconnu : choisissez a_venir, paye ou refuse' });
export const TAILLE_PAGE_REMBOURSEMENTS_MAX = 100;
const MESSAGE_TAILLE = `La taille de page est un nombre entier de 1 à ${TAILLE_PAGE_REMBOURSEMENTS_MAX}`;

export const TRIS_REMBOURSEMENTS = ['date_desc', 'date_asc', 'montant_desc', 'montant_asc'] as const;
export const TriRemboursementsSchema = z.enum(TRIS_REMBOURSEMENTS, { error: 'Tri inconnu' });
export type TriRemboursements = z.infer<typeof TriRemboursementsSchema>;

/** An empty field of the search form is no criterion. */
const texte = (max: number) =>
  z.preprocess(
    (v) => (typeof v === 'string' ? (v.trim() === '' ? undefined : v.trim()) : v),
    z.string().max(max, { error: `${max} caractères au plus` }).optional(),
  );
const facultatif = <T extends z.ZodType>(schema: T) => z.preprocess((v) => (typeof v === 'string' && v.trim() === '' ? undefined : typeof v === 'string' ? v.trim() : v), schema.optional());

/** « 1 500 », « 1500,50 », « 1 500.5 » € → cents; letters are refused on the field. */
export const MontantSaisiSchema = z
  .string()
  .max(20, { error: 'Montant invalide : chiffres uniquement, par exemple 1500 ou 1500,50' })
  .transform((v, ctx) => {
    const nettoye = v.replace(/[\s\u00a0\u202f€]/g, '').replace(',', '.');
    if (!/^\d{1,9}(\.\d{1,2})?$/.test(nettoye)) {
      ctx.addIssue({ code: 'custom', message: 'Montant invalide : chiffres uniquement, par exemple 1500 ou 1500,50' });
      return z.NEVER;
    }
    return Math.round(Number(nettoye) * 100);
  });

export const CriteresRemboursementsSchema = z.object({
  numero: texte(30),
  dossier: texte(30),
  dispositif: facultatif(DispositifSchema),
  beneficiaire: texte(100),
  demandeDu: facultatif(DateIsoSchema),
  demandeAu: facultatif(DateIsoSchema),
  montantMin: facultatif(MontantSaisiSchema),
  montantMax: facultatif(MontantSaisiSchema),
});

function verifierIntervalles(r: { demandeDu?: string | undefined; demandeAu?: string | undefined; montantMin?: number | undefined; montantMax?: number | undefined }, ctx: z.RefinementCtx) {
  if (r.demandeDu && r.demandeAu && r.demandeDu > r.demandeAu) ctx.addIssue({ code: 'custom', path: ['demandeAu'], message: 'La date de fin précède la date de début' });
  if (r.montantMin !== undefined && r.montantMax !== undefined && r.montantMin > r.montantMax) {
    ctx.addIssue({ code: 'custom', path: ['montantMax'], message: 'Le montant maximum est inférieur au montant minimum' });
  }
}

/** The criteria alone, as the search form checks them before asking the server. */
export const CriteresRemboursementsVerifiesSchema = CriteresRemboursementsSchema.superRefine(verifierIntervalles);

/** Query string of GET /api/remboursements. `apres` is the `suivant` of the previous page's answer. */
export const RechercheRemboursementsSchema = CriteresRemboursementsSchema.extend({
  onglet: OngletRemboursementSchema,
  tri: facultatif(TriRemboursementsSchema).default('date_desc'),
  taille: z.coerce
    .number({ error: MESSAGE_TAILLE })
    .int({ error: MESSAGE_TAILLE })
    .min(1, { error: MESSAGE_TAILLE })
    .max(TAILLE_PAGE_REMBOURSEMENTS_MAX, { error: MESSAGE_TAILLE })
    .default(20),
  apres: z.string().min(1).max(300, { error: 'Curseur de pagination invalide : revenez à la première page' }).optional(),
}).superRefine(verifierIntervalles);
export type RechercheRemboursements = z.input<typeof RechercheRemboursementsSchema>;

/** The export takes the same criteria (the current list with its filters), without paging. */
export const ExportRemboursementsSchema = CriteresRemboursementsSchema.extend({
  onglet: OngletRemboursementSchema,
  tri: facultatif(TriRemboursementsSchema).default('date_desc'),
  format: z.enum(['csv', 'xlsx'], { error: 'Format d’export inconnu : csv ou xlsx' }).default('csv'),
}).superRefine(verifierIntervalles);

export const CLES_CRITERES_REMBOURSEMENTS = ['numero', 'dossier', 'dispositif', 'beneficiaire', 'demandeDu', 'demandeAu', 'montantMin', 'montantMax'] as const;

export const CompteurOngletRemboursementSchema = z.object({ onglet: StatutRemboursementSchema, libelle: z.string(), nombre: z.number().int() });

export const PageRemboursementsSchema = z.object({
  onglet: StatutRemboursementSchema,
  remboursements: z.array(LigneRemboursementSchema),
  suivant: z.string().nullable(),
  /** The three tabs, in order, counted with the same criteria as the rows. */
  compteurs: z.array(CompteurOngletRemboursementSchema),
  /** Whether any criterion is applied (the count is then « résultats »). */
  filtre: z.boolean(),
});
export type PageRemboursements = z.infer<typeof PageRemboursementsSchema>;

export const RemboursementCreeSchema = z.object({ id: z.uuid(), numero: z.string(), alertes: z.array(z.object({ code: z.string(), message: z.string() })), demandeStatut: z.string() });
export type RemboursementCree = z.infer<typeof RemboursementCreeSchema>;
