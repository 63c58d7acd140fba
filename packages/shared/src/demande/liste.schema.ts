import { z } from 'zod';
import { DateIsoSchema } from '../commun/dates.schema';
import { DispositifSchema } from './demande.schema';
import { GROUPES_STATUT } from './statut';
import { StatutDemandeSchema } from './statut.schema';

/**
 * "Mes financements" (first version, issue 6): the requests of one tab (Brouillon, En cours, Archivé),
 * newest change first, page by page with an opaque cursor, and the count of each tab.
 */

export const GroupeStatutSchema = z.enum(GROUPES_STATUT, { error: 'Onglet inconnu : choisissez brouillon, en_cours ou archive' });

export const TAILLE_PAGE_FINANCEMENTS_MAX = 100;
const MESSAGE_TAILLE = `La taille de page est un nombre entier de 1 à ${TAILLE_PAGE_FINANCEMENTS_MAX}`;

/** Query string of GET /api/financements. `apres` is the `suivant` of the previous page's answer. */
export const RechercheFinancementsSchema = z.object({
  groupe: GroupeStatutSchema,
  taille: z.coerce
    .number({ error: MESSAGE_TAILLE })
    .int({ error: MESSAGE_TAILLE })
    .min(1, { error: MESSAGE_TAILLE })
    .max(TAILLE_PAGE_FINANCEMENTS_MAX, { error: MESSAGE_TAILLE })
    .default(20),
  apres: z.string().min(1).max(200, { error: 'Curseur de pagination invalide : revenez à la première page' }).optional(),
});
export type RechercheFinancements = z.input<typeof RechercheFinancementsSchema>;

/**
 * What the signed-in person may do on a row (the buttons shown): open it (the form of a draft, the
 * receipt of a sent request), and on a draft, for those who fill in requests, duplicate or delete it.
 */
export const ACTIONS_LIGNE_FINANCEMENT = ['consulter', 'reprendre', 'dupliquer', 'supprimer'] as const;
export const ActionLigneFinancementSchema = z.enum(ACTIONS_LIGNE_FINANCEMENT);
export type ActionLigneFinancement = z.infer<typeof ActionLigneFinancementSchema>;

export const LigneFinancementSchema = z.object({
  id: z.uuid(),
  /** The dossier number, given at sending; null for a draft. */
  numero: z.string().nullable(),
  dispositif: DispositifSchema,
  statut: StatutDemandeSchema,
  beneficiaire: z.string().nullable(),
  intituleFormation: z.string().nullable(),
  organisme: z.string().nullable(),
  dateDebut: DateIsoSchema.nullable(),
  dateFin: DateIsoSchema.nullable(),
  montantEstimeCentimes: z.number().int().nullable(),
  /** The amount the OPCO agreed to, once it did. */
  montantEngageCentimes: z.number().int().nullable(),
  etablissement: z.object({ siret: z.string(), siretFormate: z.string(), raisonSociale: z.string(), ville: z.string() }),
  envoyeLe: z.iso.datetime({ offset: true }).nullable(),
  modifieLe: z.iso.datetime({ offset: true }),
  actions: z.array(ActionLigneFinancementSchema),
});
export type LigneFinancement = z.infer<typeof LigneFinancementSchema>;

export const CompteurGroupeSchema = z.object({ groupe: GroupeStatutSchema, libelle: z.string(), nombre: z.number().int() });

export const PageFinancementsSchema = z.object({
  groupe: GroupeStatutSchema,
  demandes: z.array(LigneFinancementSchema),
  /** Cursor of the next page (to send back as `apres`); null on the last page. */
  suivant: z.string().nullable(),
  /** Always the three tabs, in their order, counted on the same scope as the rows (the home chart's numbers). */
  compteurs: z.array(CompteurGroupeSchema),
  /** The current establishment the list is limited to; null: every establishment the person sees. */
  perimetre: z.object({ siret: z.string(), raisonSociale: z.string() }).nullable(),
});
export type PageFinancements = z.infer<typeof PageFinancementsSchema>;
