import { z } from 'zod';
import { DateIsoSchema } from '../commun/dates.schema';
import { CentimesSchema } from '../commun/montant.schema';
import { DispositifSchema } from '../demande/demande.schema';
import { StatutDemandeSchema } from '../demande/statut.schema';
import { StatutRemboursementSchema } from '../remboursement/statut.schema';

/**
 * The back office's « Facturation » (issue 8): the queue of reimbursement claims to examine, one claim
 * against its dossier's commitment, the decisions (accept fully or in part, refuse) and the payment
 * batches exported for the accounting system then marked paid.
 */

/**
 * Where a claim stands for the OPCO. The employer only sees « À venir » until the batch is paid:
 * `a_examiner` (sent), `accepte` (examined, waiting for a batch), `en_lot` (in a batch not yet paid),
 * then `paye` or `refuse`.
 */
export const ETAPES_REMBOURSEMENT = ['a_examiner', 'accepte', 'en_lot', 'paye', 'refuse'] as const;
export const EtapeRemboursementSchema = z.enum(ETAPES_REMBOURSEMENT, { error: 'Étape inconnue' });
export type EtapeRemboursement = z.infer<typeof EtapeRemboursementSchema>;

export const LIBELLES_ETAPES: Record<EtapeRemboursement, string> = {
  a_examiner: 'À examiner',
  accepte: 'Accepté',
  en_lot: 'En lot de paiement',
  paye: 'Payé',
  refuse: 'Refusé',
};

export function etapeRemboursement(r: { statut: z.infer<typeof StatutRemboursementSchema>; accepteLe: Date | string | null; lotPaiementId: string | null }): EtapeRemboursement {
  if (r.statut === 'paye') return 'paye';
  if (r.statut === 'refuse') return 'refuse';
  if (r.lotPaiementId) return 'en_lot';
  return r.accepteLe ? 'accepte' : 'a_examiner';
}

/** Why a claim is refused (DOMAIN.md §3): a code for statistics, the label the employer reads. */
export const MOTIFS_REFUS_REMBOURSEMENT = [
  { code: 'justificatif_manquant', libelle: 'Justificatif manquant' },
  { code: 'justificatifs_incoherents', libelle: 'Justificatifs incohérents (convention, certificat de réalisation et facture ne concordent pas)' },
  { code: 'montant_superieur_accord', libelle: 'Montant supérieur à l’accord de prise en charge' },
  { code: 'heures_non_realisees', libelle: 'Heures de formation non réalisées' },
  { code: 'forclusion', libelle: 'Demande trop tardive (forclusion)' },
  { code: 'autre', libelle: 'Autre motif' },
] as const;
export type CodeMotifRefusRemboursement = (typeof MOTIFS_REFUS_REMBOURSEMENT)[number]['code'];
const CODES = MOTIFS_REFUS_REMBOURSEMENT.map((m) => m.code) as [CodeMotifRefusRemboursement, ...CodeMotifRefusRemboursement[]];

/** The reason the employer reads: the label, then the gestionnaire's explanation. */
export function motifRefusRemboursement(code: CodeMotifRefusRemboursement, texte: string): string {
  const libelle = MOTIFS_REFUS_REMBOURSEMENT.find((m) => m.code === code)!.libelle;
  const precision = texte.trim();
  return precision ? `${libelle} : ${precision}` : libelle;
}

const centimesFiltre = (champ: string) =>
  z.coerce.number({ error: `${champ} : nombre de centimes attendu` }).int({ error: `${champ} : nombre entier de centimes attendu` }).min(0, { error: `${champ} : le montant ne peut pas être négatif` });

/** GET /api/opco/remboursements: the queue, oldest claim first. `apres` is the previous page's `suivant`. */
export const FiltreRemboursementsSchema = z
  .object({
    etape: z.enum([...ETAPES_REMBOURSEMENT, 'toutes'], { error: 'Étape inconnue' }).default('a_examiner'),
    dispositif: DispositifSchema.optional(),
    du: DateIsoSchema.optional(),
    au: DateIsoSchema.optional(),
    montantMin: centimesFiltre('Montant minimum').optional(),
    montantMax: centimesFiltre('Montant maximum').optional(),
    q: z.string().trim().max(100, { error: 'La recherche fait au plus 100 caractères' }).optional(),
    apres: z.string().min(1).max(200, { error: 'Curseur de pagination invalide : revenez à la première page' }).optional(),
  })
  .refine((f) => !f.du || !f.au || f.du <= f.au, { error: 'La date de fin précède la date de début', path: ['au'] })
  .refine((f) => f.montantMin === undefined || f.montantMax === undefined || f.montantMin <= f.montantMax, { error: 'Le montant maximum est inférieur au montant minimum', path: ['montantMax'] });
export type FiltreRemboursements = z.input<typeof FiltreRemboursementsSchema>;

export const AlerteSchema = z.object({ code: z.string(), message: z.string() });

export const LigneRemboursementOpcoSchema = z.object({
  numero: z.string(),
  etape: EtapeRemboursementSchema,
  statut: StatutRemboursementSchema,
  dossier: z.object({ numero: z.string(), dispositif: DispositifSchema }),
  etablissement: z.object({ siret: z.string(), raisonSociale: z.string() }),
  beneficiaire: z.string().nullable(),
  montantDemandeCentimes: z.number().int(),
  montantAccepteCentimes: z.number().int().nullable(),
  creeLe: z.iso.datetime(),
  nombreAlertes: z.number().int(),
});
export type LigneRemboursementOpco = z.infer<typeof LigneRemboursementOpcoSchema>;

export const CompteursEtapesSchema = z.object(Object.fromEntries([...ETAPES_REMBOURSEMENT, 'toutes'].map((e) => [e, z.number().int()])) as Record<EtapeRemboursement | 'toutes', z.ZodNumber>);

export const PageRemboursementsOpcoSchema = z.object({
  remboursements: z.array(LigneRemboursementOpcoSchema),
  suivant: z.string().nullable(),
  compteurs: CompteursEtapesSchema,
});
export type PageRemboursementsOpco = z.infer<typeof PageRemboursementsOpcoSchema>;

export const ACTIONS_FACTURATION = ['accepter', 'refuser'] as const;
export type ActionFacturation = (typeof ACTIONS_FACTURATION)[number];

export const RemboursementOpcoSchema = z.object({
  numero: z.string(),
  etape: EtapeRemboursementSchema,
  statut: StatutRemboursementSchema,
  creeLe: z.iso.datetime(),
  beneficiaire: z.string().nullable(),
  etablissement: z.object({ siret: z.string(), raisonSociale: z.string() }),
  dossier: z.object({
    numero: z.string(),
    dispositif: DispositifSchema,
    titreDispositif: z.string(),
    statut: StatutDemandeSchema,
    intituleFormation: z.string().nullable(),
    dateDebut: DateIsoSchema.nullable(),
    dateFin: DateIsoSchema.nullable(),
    montantEngageCentimes: z.number().int().nullable(),
    dejaPayeCentimes: z.number().int(),
    accepteNonPayeCentimes: z.number().int(),
    resteDuCentimes: z.number().int(),
    heuresConvenues: z.number().nullable(),
    dateLimiteForclusion: DateIsoSchema.nullable(),
  }),
  montantDemandeCentimes: z.number().int(),
  montantAccepteCentimes: z.number().int().nullable(),
  montantPayeCentimes: z.number().int().nullable(),
  montants: z.array(z.object({ nature: z.string(), libelle: z.string(), centimes: z.number().int() })),
  heuresRealisees: z.number().nullable(),
  stagiaires: z.array(z.object({ nom: z.string(), heuresRealisees: z.number().nullable() })),
  derniereDemande: z.boolean(),
  commentaire: z.string().nullable(),
  alertes: z.array(AlerteSchema),
  motifRefus: z.string().nullable(),
  motifAcceptation: z.string().nullable(),
  examinePar: z.string().nullable(),
  accepteLe: z.iso.datetime().nullable(),
  lot: z.object({ numero: z.string(), statut: z.enum(['prepare', 'paye']) }).nullable(),
  payeLe: DateIsoSchema.nullable(),
  referencePaiement: z.string().nullable(),
  pieces: z.array(z.object({ id: z.uuid(), type: z.string(), libelle: z.string(), nom: z.string(), typeMime: z.string(), taille: z.number().int(), deposeLe: z.iso.datetime(), affichable: z.boolean() })),
  historique: z.array(z.object({ date: z.iso.datetime(), qui: z.string(), libelle: z.string(), precisions: z.array(z.string()) })),
  actions: z.array(z.enum(ACTIONS_FACTURATION)),
});
export type RemboursementOpco = z.infer<typeof RemboursementOpcoSchema>;

const texte = (max: number, vide: string) => z.string({ error: vide }).trim().min(1, { error: vide }).max(max, { error: `${max} caractères au plus` });

/** « Accepter »: the amount accepted (the claim's when absent); a lower one needs its reason. */
export const AccepterRemboursementSchema = z.object({
  montantCentimes: CentimesSchema.optional(),
  motif: z.string().trim().max(2000, { error: '2000 caractères au plus' }).optional(),
});
export type AccepterRemboursement = z.infer<typeof AccepterRemboursementSchema>;

export const RefuserRemboursementSchema = z.object({
  motif: z.enum(CODES, { error: 'Choisissez un motif de refus dans la liste.' }),
  texte: texte(2000, 'Expliquez le refus à l’entreprise.'),
});
export type RefuserRemboursement = z.infer<typeof RefuserRemboursementSchema>;

export const LotPaiementSchema = z.object({
  numero: z.string(),
  statut: z.enum(['prepare', 'paye']),
  nombre: z.number().int(),
  montantTotalCentimes: z.number().int(),
  creeLe: z.iso.datetime(),
  creePar: z.string().nullable(),
  payeLe: DateIsoSchema.nullable(),
  payePar: z.string().nullable(),
});
export type LotPaiement = z.infer<typeof LotPaiementSchema>;

export const LotsPaiementSchema = z.object({
  lots: z.array(LotPaiementSchema),
  /** Accepted claims not yet in a batch: what « Préparer un lot de paiement » would take. */
  enAttente: z.object({ nombre: z.number().int(), montantTotalCentimes: z.number().int() }),
  /** Whether this staff member may prepare and mark paid (superviseur, administrateur). */
  peutGerer: z.boolean(),
});
export type LotsPaiement = z.infer<typeof LotsPaiementSchema>;

export const MarquerPayeSchema = z.object({ payeLe: DateIsoSchema });
export type MarquerPaye = z.infer<typeof MarquerPayeSchema>;
