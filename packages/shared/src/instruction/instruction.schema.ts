import { z } from 'zod';
import { DateIsoSchema } from '../commun/dates.schema';
import { NiveauControleSchema } from '../controles/controle.schema';
import { DispositifSchema } from '../demande/demande.schema';
import { StatutDemandeSchema } from '../demande/statut.schema';
import { EstimationSchema } from '../financement/estimation.schema';
import { CODES_MOTIFS_REFUS } from './motifs-refus';
import { CODES_REGIONS } from './regions';
import { MotifRuptureSchema } from './rupture';

/**
 * The back office's examination of funding requests (issue 8): the queues ("corbeilles"), one request
 * with everything a gestionnaire needs to decide, and the decisions themselves.
 */

export const CORBEILLES = ['nouvelles', 'mes_demandes', 'a_completer', 'echeance_proche', 'controles_en_echec', 'toutes'] as const;
export const CorbeilleSchema = z.enum(CORBEILLES, { error: 'Corbeille inconnue' });
export type Corbeille = z.infer<typeof CorbeilleSchema>;

export const LIBELLES_CORBEILLES: Record<Corbeille, string> = {
  nouvelles: 'Nouvelles',
  mes_demandes: 'Mes demandes',
  a_completer: 'À compléter',
  echeance_proche: 'Échéance proche',
  controles_en_echec: 'Contrôles en échec',
  toutes: 'Toutes',
};

export const DESCRIPTIONS_CORBEILLES: Record<Corbeille, string> = {
  nouvelles: 'Envoyées par les entreprises et attribuées à personne.',
  mes_demandes: 'Attribuées à vous et pas encore décidées.',
  a_completer: 'En attente des compléments demandés à l’entreprise (délai suspendu).',
  echeance_proche: 'À décider bientôt : à partir du 15e jour du délai légal, ou délai dépassé.',
  controles_en_echec: 'Pas encore décidées, et dont un contrôle du moteur de règles n’est pas passé à l’envoi : pas de décision automatique.',
  toutes: 'Toutes les demandes envoyées, quel que soit leur statut.',
};

export const TRIS_CORBEILLE = ['anciennes', 'recentes'] as const;
export const TriCorbeilleSchema = z.enum(TRIS_CORBEILLE, { error: 'Tri inconnu' });
export type TriCorbeille = z.infer<typeof TriCorbeilleSchema>;
export const LIBELLES_TRIS: Record<TriCorbeille, string> = { anciennes: 'Les plus anciennes envoyées d’abord', recentes: 'Les plus récentes envoyées d’abord' };

const EurosFiltre = z.coerce.number({ error: 'Montant en euros attendu' }).int({ error: 'Montant entier en euros attendu' }).min(0, { error: 'Le montant ne peut pas être négatif' }).max(10_000_000, { error: 'Montant trop grand' });

/**
 * The criteria of a queue, as they stand in the page's URL and in a saved view: all optional but the
 * queue. Amounts in whole euros (the estimate at sending), dates as Paris days of sending.
 */
const CHAMPS_CRITERES = {
  corbeille: CorbeilleSchema.default('nouvelles'),
  dispositif: DispositifSchema.optional(),
  statut: StatutDemandeSchema.exclude(['brouillon'], { error: 'Statut inconnu' }).optional(),
  q: z.string().trim().max(100, { error: 'La recherche fait au plus 100 caractères' }).optional(),
  idcc: z.string().regex(/^\d{4}$/, { error: 'Code IDCC sur 4 chiffres attendu' }).optional(),
  region: z.enum(CODES_REGIONS, { error: 'Région inconnue' }).optional(),
  siret: z.string().regex(/^\d{14}$/, { error: 'SIRET de 14 chiffres attendu' }).optional(),
  envoyeDu: DateIsoSchema.optional(),
  envoyeAu: DateIsoSchema.optional(),
  montantMin: EurosFiltre.optional(),
  montantMax: EurosFiltre.optional(),
  tri: TriCorbeilleSchema.default('anciennes'),
};

function coherents(c: { envoyeDu?: string | undefined; envoyeAu?: string | undefined; montantMin?: number | undefined; montantMax?: number | undefined }, ctx: z.RefinementCtx) {
  if (c.envoyeDu && c.envoyeAu && c.envoyeDu > c.envoyeAu) ctx.addIssue({ code: 'custom', message: 'La date de fin précède la date de début.', path: ['envoyeAu'] });
  if (c.montantMin !== undefined && c.montantMax !== undefined && c.montantMin > c.montantMax) ctx.addIssue({ code: 'custom', message: 'Le montant maximum est inférieur au minimum.', path: ['montantMax'] });
}

/**
 * The criteria of a queue, as they stand in the page's URL and in a saved view: all optional but the
 * queue. Amounts in whole euros (the estimate at sending), dates as Paris days of sending.
 */
export const CriteresCorbeilleSchema = z.object(CHAMPS_CRITERES).superRefine(coherents);
export type CriteresCorbeille = z.infer<typeof CriteresCorbeilleSchema>;
export const CRITERES_CORBEILLE = ['corbeille', 'dispositif', 'statut', 'q', 'idcc', 'region', 'siret', 'envoyeDu', 'envoyeAu', 'montantMin', 'montantMax', 'tri'] as const;

/** GET /api/opco/demandes. `apres` is the previous page's `suivant`. */
export const FiltreCorbeilleSchema = z
  .object({ ...CHAMPS_CRITERES, apres: z.string().min(1).max(200, { error: 'Curseur de pagination invalide : revenez à la première page' }).optional() })
  .superRefine(coherents);
export type FiltreCorbeille = z.input<typeof FiltreCorbeilleSchema>;

export const DelaiLegalSchema = z.object({
  echeance: DateIsoSchema,
  joursEcoules: z.number().int(),
  joursRestants: z.number().int(),
  alerte: z.boolean(),
  depasse: z.boolean(),
});

export const PersonneOpcoSchema = z.object({ id: z.uuid(), nom: z.string() });

export const CompteursCorbeillesSchema = z.object(Object.fromEntries(CORBEILLES.map((c) => [c, z.number().int()])) as Record<Corbeille, z.ZodNumber>);
export type CompteursCorbeilles = z.infer<typeof CompteursCorbeillesSchema>;

export const LigneDemandeOpcoSchema = z.object({
  numero: z.string(),
  dispositif: DispositifSchema,
  statut: StatutDemandeSchema,
  etablissement: z.object({ siret: z.string(), raisonSociale: z.string() }),
  beneficiaire: z.string().nullable(),
  intituleFormation: z.string().nullable(),
  montantEstimeCentimes: z.number().int().nullable(),
  envoyeLe: z.iso.datetime(),
  delai: DelaiLegalSchema.nullable(),
  gestionnaire: PersonneOpcoSchema.nullable(),
  /** The controls that did not pass at sending (what kept it from the automatic decision). */
  controlesEnEchec: z.array(z.string()),
});
export type LigneDemandeOpco = z.infer<typeof LigneDemandeOpcoSchema>;

export const PageDemandesOpcoSchema = z.object({
  demandes: z.array(LigneDemandeOpcoSchema),
  suivant: z.string().nullable(),
  compteurs: CompteursCorbeillesSchema,
  /** Whom the requests may be given to in bulk: empty when the reader may not assign. */
  gestionnaires: z.array(PersonneOpcoSchema),
});
export type PageDemandesOpco = z.infer<typeof PageDemandesOpcoSchema>;

export const ACTIONS_INSTRUCTION = ['commencerInstruction', 'demanderComplements', 'accepter', 'refuser', 'annuler', 'attribuer', 'enregistrerRupture'] as const;
export const ActionInstructionSchema = z.enum(ACTIONS_INSTRUCTION);
export type ActionInstruction = z.infer<typeof ActionInstructionSchema>;

export const HistoriqueOpcoSchema = z.object({
  date: z.iso.datetime(),
  acteur: z.enum(['entreprise', 'opco', 'automatique']),
  /** « Entreprise », « Opco — Thomas LEROY », « Automatique ». */
  qui: z.string(),
  action: z.string(),
  libelle: z.string(),
  motif: z.string().nullable(),
  /** What the action named: pieces and fields asked for, message, amount, new assignee. */
  precisions: z.array(z.string()),
});

export const DemandeOpcoSchema = z.object({
  numero: z.string(),
  dispositif: DispositifSchema,
  titreDispositif: z.string(),
  statut: StatutDemandeSchema,
  envoyeLe: z.iso.datetime(),
  dossierCompletLe: z.iso.datetime().nullable(),
  decideLe: z.iso.datetime().nullable(),
  etablissement: z.object({ siret: z.string(), raisonSociale: z.string(), ville: z.string(), idcc: z.string(), effectif: z.number().int() }),
  beneficiaire: z.string().nullable(),
  intituleFormation: z.string().nullable(),
  organisme: z.string().nullable(),
  montantEstimeCentimes: z.number().int().nullable(),
  montantEngageCentimes: z.number().int().nullable(),
  referentielVersion: z.number().int().nullable(),
  /** Accepted at sending by the automatic decision. */
  decisionAutomatique: z.boolean(),
  /** The payment schedule committed at the decision (the engine's). */
  echeancier: z.array(z.object({ date: DateIsoSchema, libelle: z.string(), montantCentimes: z.number().int() })).nullable(),
  rupture: z.object({ date: DateIsoSchema, motif: z.string().nullable() }).nullable(),
  controlesEnEchec: z.array(z.string()),
  gestionnaire: PersonneOpcoSchema.nullable(),
  delai: DelaiLegalSchema.nullable(),
  contenu: z.array(
    z.object({ id: z.string(), titre: z.string(), champs: z.array(z.object({ chemin: z.string(), libelle: z.string(), valeur: z.string().nullable() })) }),
  ),
  pieces: z.array(z.object({ id: z.uuid(), type: z.string(), libelle: z.string(), nom: z.string(), typeMime: z.string(), taille: z.number().int(), deposeLe: z.iso.datetime() })),
  piecesDemandables: z.array(z.object({ type: z.string(), libelle: z.string() })),
  champsDemandables: z.array(z.object({ chemin: z.string(), libelle: z.string(), etape: z.string() })),
  controles: z.array(z.object({ niveau: NiveauControleSchema, message: z.string(), champ: z.string(), libelleChamp: z.string().nullable() })),
  /** Why the controls could not run (a gap in the referential), if so. */
  controlesIndisponibles: z.string().nullable(),
  estimation: z.object({ date: DateIsoSchema, referentielVersion: z.number().int(), detail: EstimationSchema }).nullable(),
  estimationIndisponible: z.string().nullable(),
  /** The amount « Accepter » proposes: the engine's today, else the estimate stored at sending. */
  montantReferenceCentimes: z.number().int().nullable(),
  historique: z.array(HistoriqueOpcoSchema),
  autresDemandes: z.object({ annee: z.number().int(), nombre: z.number().int(), montantEngageCentimes: z.number().int() }),
  actions: z.array(ActionInstructionSchema),
  /** The staff a request may be assigned to (only when `attribuer` is allowed). */
  gestionnaires: z.array(PersonneOpcoSchema),
});
export type DemandeOpco = z.infer<typeof DemandeOpcoSchema>;

const texte = (max: number, vide: string) => z.string({ error: vide }).trim().min(1, { error: vide }).max(max, { error: `${max} caractères au plus` });

export const DemanderComplementsSchema = z
  .object({
    pieces: z.array(z.string().max(60)).max(30).default([]),
    champs: z.array(z.string().max(200)).max(100).default([]),
    message: texte(2000, 'Expliquez à l’entreprise ce qu’elle doit compléter.'),
  })
  .refine((c) => c.pieces.length + c.champs.length > 0, { error: 'Choisissez au moins une pièce ou une information à compléter.', path: ['pieces'] });
export type DemanderComplements = z.input<typeof DemanderComplementsSchema>;

export const AccepterSchema = z.object({
  montantCentimes: z.number({ error: 'Montant attendu (en centimes)' }).int({ error: 'Montant attendu (en centimes)' }).min(0, { error: 'Le montant ne peut pas être négatif' }).max(100_000_000_000, { error: 'Le montant ne peut pas dépasser 1 milliard d’euros' }).optional(),
  motif: z.string().trim().max(1000, { error: '1000 caractères au plus' }).optional(),
});
export type Accepter = z.input<typeof AccepterSchema>;

export const RefuserSchema = z.object({
  motif: z.enum(CODES_MOTIFS_REFUS, { error: 'Choisissez le motif du refus.' }),
  texte: texte(2000, 'Expliquez le refus à l’entreprise.'),
});
export type Refuser = z.input<typeof RefuserSchema>;

export const AnnulerSchema = z.object({ motif: texte(1000, 'Indiquez pourquoi la demande est annulée.') });
export type Annuler = z.input<typeof AnnulerSchema>;

export const AttribuerSchema = z.object({ gestionnaireId: z.uuid({ error: 'Choisissez un membre du personnel.' }) });
export type Attribuer = z.input<typeof AttribuerSchema>;

/** Bulk assignment from a queue: each request gets its own command and history row. */
export const AttribuerEnMasseSchema = z.object({
  numeros: z.array(z.string().min(1).max(40)).min(1, { error: 'Cochez au moins une demande.' }).max(200, { error: '200 demandes au plus à la fois.' }),
  gestionnaireId: z.uuid({ error: 'Choisissez un membre du personnel.' }),
});
export type AttribuerEnMasse = z.input<typeof AttribuerEnMasseSchema>;
export const ResultatAttributionEnMasseSchema = z.object({
  attribuees: z.array(z.string()),
  echecs: z.array(z.object({ numero: z.string(), message: z.string() })),
});
export type ResultatAttributionEnMasse = z.infer<typeof ResultatAttributionEnMasseSchema>;

/** A person's saved view of the queues: a name and the URL's criteria. */
export const VueEnregistreeSchema = z.object({ id: z.uuid(), nom: z.string(), criteres: z.record(z.string(), z.string()) });
export type VueEnregistree = z.infer<typeof VueEnregistreeSchema>;
export const CreerVueSchema = z.object({
  nom: texte(80, 'Donnez un nom à la vue.'),
  criteres: z.partialRecord(z.enum(CRITERES_CORBEILLE, { error: 'Critère inconnu' }), z.string().max(100)),
});
export type CreerVue = z.input<typeof CreerVueSchema>;

export const EnregistrerRuptureSchema = z.object({
  date: DateIsoSchema,
  motif: MotifRuptureSchema,
  precision: z.string().trim().max(1000, { error: '1000 caractères au plus' }).optional(),
});
export type EnregistrerRupture = z.input<typeof EnregistrerRuptureSchema>;
