import { z } from 'zod';
import { CentimesSchema } from '../commun/montant.schema';
import { DateIsoSchema } from '../commun/dates.schema';
import { DispositifSchema } from '../demande/demande.schema';
import { StatutDemandeSchema } from '../demande/statut.schema';
import type { Dispositif } from '../financement/demande-financement.schema';
import { StatutRemboursementSchema } from './statut.schema';

/**
 * « Demander un remboursement » (issue 7, DOMAIN.md §3 and §4): the employer claims, on a dossier
 * « Pris en charge » or « Facturation en cours », what it paid — amounts by nature, as each scheme
 * funds them —, with the hours each trainee actually did (from the certificat de réalisation) and the
 * pieces: invoice(s), certificat de réalisation, salary statement when salaries are claimed.
 */

export const NATURES_MONTANT = ['pedagogie', 'salaires', 'fraisAnnexes', 'tutorat'] as const;
export const NatureMontantSchema = z.enum(NATURES_MONTANT);
export type NatureMontant = z.infer<typeof NatureMontantSchema>;

export const LIBELLES_NATURE: Record<NatureMontant, string> = {
  pedagogie: 'Frais pédagogiques',
  salaires: 'Salaires',
  fraisAnnexes: 'Frais annexes (transport, hébergement, restauration)',
  tutorat: 'Tutorat (fonction tutorale, formation du tuteur)',
};

/**
 * What each scheme funds to the employer (DOMAIN.md §4): action individuelle pedagogy, salaries
 * (e.g. 13 € HT/h) and frais annexes; apprenticeship the CFA costs advanced by the employer, frais
 * annexes and the maître d'apprentissage aid; contrat de professionnalisation the hourly forfait and
 * tutoring; Pro-A the forfait and the salary kept during training.
 */
export const NATURES_PAR_DISPOSITIF: Record<Dispositif, readonly NatureMontant[]> = {
  action_individuelle: ['pedagogie', 'salaires', 'fraisAnnexes'],
  apprentissage: ['pedagogie', 'fraisAnnexes', 'tutorat'],
  professionnalisation: ['pedagogie', 'tutorat'],
  pro_a: ['pedagogie', 'salaires'],
};

export const TYPES_PIECE_REMBOURSEMENT = ['facture', 'certificat_realisation', 'justificatif_salaire'] as const;
export type TypePieceRemboursement = (typeof TYPES_PIECE_REMBOURSEMENT)[number];
export const LIBELLES_PIECE_REMBOURSEMENT: Record<TypePieceRemboursement | 'autre', string> = {
  facture: 'Facture',
  certificat_realisation: 'Certificat de réalisation',
  justificatif_salaire: 'Justificatif de salaire',
  autre: 'Autre pièce',
};

const MontantNatureSchema = CentimesSchema.max(100_000_000, { error: 'Montant trop élevé : vérifiez la saisie' });

export const StagiaireRealiseSchema = z.object({
  nom: z.string({ error: 'Indiquez le nom du stagiaire' }).trim().min(1, { error: 'Indiquez le nom du stagiaire' }).max(200, { error: '200 caractères au plus' }),
  heuresRealisees: z
    .number({ error: 'Indiquez les heures réalisées (nombre)' })
    .min(0, { error: 'Les heures réalisées ne peuvent pas être négatives' })
    .max(10_000, { error: 'Nombre d’heures trop élevé : vérifiez la saisie' })
    .refine((h) => Number.isInteger(Math.round(h * 100)) && Math.abs(h * 100 - Math.round(h * 100)) < 1e-6, { error: 'Deux décimales au plus (par exemple 7,5)' }),
});
export type StagiaireRealise = z.infer<typeof StagiaireRealiseSchema>;

/** The JSON part of the claim (multipart field `donnees`); the files travel beside it. */
export const DemandeRemboursementSchema = z.object({
  /** Chosen by the browser once per form: a claim sent twice (double click, retry) is created once. */
  cleIdempotence: z.uuid({ error: 'Identifiant de la demande invalide : rechargez la page' }),
  montants: z.partialRecord(NatureMontantSchema, MontantNatureSchema, { error: 'Indiquez les montants par nature' }),
  stagiaires: z
    .array(StagiaireRealiseSchema, { error: 'Indiquez les heures réalisées par stagiaire' })
    .min(1, { error: 'Indiquez les heures réalisées d’au moins un stagiaire' })
    .max(50, { error: '50 stagiaires au plus par demande' }),
  /** « Il s'agit de la dernière demande de remboursement pour ce dossier ». */
  derniereDemande: z.boolean({ error: 'Répondez par oui ou par non' }),
  commentaire: z.string().trim().max(2_000, { error: '2 000 caractères au plus' }).optional(),
});
export type DemandeRemboursement = z.infer<typeof DemandeRemboursementSchema>;

export const AlerteRemboursementSchema = z.object({ code: z.string(), message: z.string() });
export type AlerteRemboursement = z.infer<typeof AlerteRemboursementSchema>;

/** What the claim form shows before anything is typed: the commitment, what remains, the hours agreed, the deadline. */
export const ContexteRemboursementSchema = z.object({
  demande: z.object({
    id: z.uuid(),
    numero: z.string(),
    dispositif: DispositifSchema,
    statut: StatutDemandeSchema,
    beneficiaire: z.string().nullable(),
    intituleFormation: z.string().nullable(),
    dateDebut: DateIsoSchema.nullable(),
    dateFin: DateIsoSchema.nullable(),
  }),
  montantEngageCentimes: z.number().int().nullable(),
  /** Already claimed and still « À venir » (accepted amount when examined), and already paid. */
  enCoursCentimes: z.number().int(),
  payeCentimes: z.number().int(),
  resteCentimes: z.number().int(),
  heuresConvenues: z.number().nullable(),
  /** Last day a claim is accepted (end of training + the forclusion delay); null without an end date. */
  dateLimite: DateIsoSchema.nullable(),
  natures: z.array(NatureMontantSchema),
  /** Whether the signed-in person may claim now, and if not why (read-only access, status, deadline). */
  peutDemander: z.boolean(),
  motifImpossible: z.string().nullable(),
});
export type ContexteRemboursement = z.infer<typeof ContexteRemboursementSchema>;

export const PieceRemboursementSchema = z.object({
  id: z.uuid(),
  type: z.enum([...TYPES_PIECE_REMBOURSEMENT, 'autre']),
  nomFichier: z.string(),
  typeMime: z.string(),
  taille: z.number().int(),
  deposeLe: z.iso.datetime({ offset: true }),
});
export type PieceRemboursement = z.infer<typeof PieceRemboursementSchema>;

export const LigneRemboursementSchema = z.object({
  id: z.uuid(),
  numero: z.string(),
  statut: StatutRemboursementSchema,
  demande: z.object({ id: z.uuid(), numero: z.string().nullable() }),
  dispositif: DispositifSchema,
  beneficiaire: z.string().nullable(),
  demandeLe: z.iso.datetime({ offset: true }),
  montantDemandeCentimes: z.number().int(),
  montantPayeCentimes: z.number().int().nullable(),
  payeLe: DateIsoSchema.nullable(),
  referencePaiement: z.string().nullable(),
  motifRefus: z.string().nullable(),
});
export type LigneRemboursement = z.infer<typeof LigneRemboursementSchema>;

export const RemboursementDetailSchema = LigneRemboursementSchema.extend({
  montants: z.partialRecord(NatureMontantSchema, z.number().int()),
  stagiaires: z.array(StagiaireRealiseSchema),
  derniereDemande: z.boolean(),
  commentaire: z.string().nullable(),
  alertes: z.array(AlerteRemboursementSchema),
  montantAccepteCentimes: z.number().int().nullable(),
  pieces: z.array(PieceRemboursementSchema),
});
export type RemboursementDetail = z.infer<typeof RemboursementDetailSchema>;
