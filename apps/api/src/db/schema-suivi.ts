import { sql } from 'drizzle-orm';
import { bigint, boolean, char, check, date, index, integer, jsonb, pgEnum, pgTable, text, timestamp, unique, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { branches, comptes, demandes, dispositif, etablissements, utilisateurs } from './schema';

/**
 * Following a dossier after it is sent (issues 7 and 8): the message thread with the OPCO, the
 * reimbursement claims and their pieces, the payment batches, the back office's saved views, the
 * automatic-decision switches and the OPCO's settings. One file so that the tables of this stage are
 * found together.
 */

const horodatage = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });
const creeLe = () => horodatage('cree_le').notNull().defaultNow();

/** The thread between the employer and the OPCO about one dossier (both sides, with attachments). */
export const messagesDemandes = pgTable(
  'messages_demandes',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    demandeId: uuid('demande_id')
      .notNull()
      .references(() => demandes.id, { onDelete: 'cascade' }),
    auteur: text('auteur', { enum: ['entreprise', 'opco'] }).notNull(),
    utilisateurId: uuid('utilisateur_id').references(() => utilisateurs.id, { onDelete: 'set null' }),
    texte: text('texte').notNull(),
    /** When the other side opened the thread after this message (unread badge). */
    luLe: horodatage('lu_le'),
    creeLe: creeLe(),
  },
  (t) => [index('messages_demandes_demande_idx').on(t.demandeId, t.creeLe)],
);

/** Attachments of a dossier message: bytes in the file store (`cle`), checked against their SHA-256. */
export const piecesJointesMessagesDemandes = pgTable(
  'pieces_jointes_messages_demandes',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    messageId: uuid('message_id')
      .notNull()
      .references(() => messagesDemandes.id, { onDelete: 'cascade' }),
    nomFichier: text('nom_fichier').notNull(),
    typeMime: text('type_mime').notNull(),
    taille: integer('taille').notNull(),
    sha256: char('sha256', { length: 64 }).notNull(),
    cle: text('cle').notNull(),
    creeLe: creeLe(),
  },
  (t) => [index('pieces_jointes_messages_demandes_message_idx').on(t.messageId), check('pieces_jointes_messages_demandes_taille_ck', sql`${t.taille} > 0`)],
);

export const statutRemboursement = pgEnum('statut_remboursement', ['a_venir', 'paye', 'refuse']);

/**
 * A reimbursement claim ("Mes remboursements"): one line per payment claimed by the employer on a dossier
 * "Pris en charge" or "Facturation en cours". Account, establishment, scheme and beneficiary are copied
 * from the dossier so that lists and searches are served by index without a join.
 * Staff side: `accepteLe` + `montantAccepteCentimes` once examined (still "À venir" for the employer until
 * the payment batch is paid), then `payeLe` / `referencePaiement` / `montantPayeCentimes` → "Payé".
 */
export const remboursements = pgTable(
  'remboursements',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    /** RB-2026-000123, from the yearly counters of dossier numbers (prefix RB). */
    numero: text('numero').notNull(),
    demandeId: uuid('demande_id')
      .notNull()
      .references(() => demandes.id, { onDelete: 'cascade' }),
    compteId: uuid('compte_id')
      .notNull()
      .references(() => comptes.id),
    etablissementId: uuid('etablissement_id')
      .notNull()
      .references(() => etablissements.id),
    dispositif: dispositif('dispositif').notNull(),
    beneficiaire: text('beneficiaire'),
    statut: statutRemboursement('statut').notNull().default('a_venir'),
    /** Amounts by nature, hours done per trainee, salaries…: validated by the shared schema. */
    donnees: jsonb('donnees').$type<Record<string, unknown>>().notNull().default({}),
    /** Warnings found at claim time (hours above those agreed…), shown to the gestionnaire. */
    alertes: jsonb('alertes').$type<{ code: string; message: string }[]>().notNull().default([]),
    montantDemandeCentimes: integer('montant_demande_centimes').notNull(),
    montantAccepteCentimes: integer('montant_accepte_centimes'),
    montantPayeCentimes: integer('montant_paye_centimes'),
    motifRefus: text('motif_refus'),
    demandePar: uuid('demande_par').references(() => utilisateurs.id, { onDelete: 'set null' }),
    /** Client-chosen id: a claim sent twice (double click, retry) is created once. */
    cleIdempotence: uuid('cle_idempotence'),
    examinePar: uuid('examine_par').references(() => utilisateurs.id, { onDelete: 'set null' }),
    accepteLe: horodatage('accepte_le'),
    lotPaiementId: uuid('lot_paiement_id').references(() => lotsPaiement.id, { onDelete: 'set null' }),
    payeLe: date('paye_le', { mode: 'string' }),
    referencePaiement: text('reference_paiement'),
    creeLe: creeLe(),
    modifieLe: horodatage('modifie_le').notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('remboursements_numero_uq').on(t.numero),
    uniqueIndex('remboursements_idempotence_uq').on(t.cleIdempotence),
    index('remboursements_compte_statut_idx').on(t.compteId, t.statut, t.creeLe),
    index('remboursements_etablissement_statut_idx').on(t.etablissementId, t.statut, t.creeLe),
    index('remboursements_demande_idx').on(t.demandeId),
    index('remboursements_statut_idx').on(t.statut, t.creeLe),
    index('remboursements_lot_idx').on(t.lotPaiementId),
    check('remboursements_montant_ck', sql`${t.montantDemandeCentimes} > 0`),
  ],
);

/** The pieces of a claim: invoice(s), certificat de réalisation, salary statement. Several of one type allowed. */
export const piecesRemboursements = pgTable(
  'pieces_remboursements',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    remboursementId: uuid('remboursement_id')
      .notNull()
      .references(() => remboursements.id, { onDelete: 'cascade' }),
    type: text('type', { enum: ['facture', 'certificat_realisation', 'justificatif_salaire', 'autre'] }).notNull(),
    nomFichier: text('nom_fichier').notNull(),
    typeMime: text('type_mime').notNull(),
    taille: integer('taille').notNull(),
    sha256: char('sha256', { length: 64 }).notNull(),
    cle: text('cle').notNull(),
    deposePar: uuid('depose_par').references(() => utilisateurs.id, { onDelete: 'set null' }),
    deposeLe: creeLe(),
  },
  (t) => [index('pieces_remboursements_remboursement_idx').on(t.remboursementId)],
);

/** A payment batch: accepted claims exported for the accounting system, then marked paid together. */
export const lotsPaiement = pgTable(
  'lots_paiement',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    /** LP-2026-000012. */
    numero: text('numero').notNull(),
    statut: text('statut', { enum: ['prepare', 'paye'] }).notNull().default('prepare'),
    nombre: integer('nombre').notNull(),
    montantTotalCentimes: bigint('montant_total_centimes', { mode: 'number' }).notNull(),
    creePar: uuid('cree_par').references(() => utilisateurs.id, { onDelete: 'set null' }),
    creeLe: creeLe(),
    payePar: uuid('paye_par').references(() => utilisateurs.id, { onDelete: 'set null' }),
    payeLe: date('paye_le', { mode: 'string' }),
  },
  (t) => [uniqueIndex('lots_paiement_numero_uq').on(t.numero), index('lots_paiement_cree_le_idx').on(t.creeLe)],
);

/** A gestionnaire's saved views of the work queues: a name and the criteria, as in the URL. */
export const vuesEnregistrees = pgTable(
  'vues_enregistrees',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    utilisateurId: uuid('utilisateur_id')
      .notNull()
      .references(() => utilisateurs.id, { onDelete: 'cascade' }),
    nom: text('nom').notNull(),
    criteres: jsonb('criteres').$type<Record<string, string>>().notNull().default({}),
    creeLe: creeLe(),
  },
  (t) => [uniqueIndex('vues_enregistrees_utilisateur_nom_uq').on(t.utilisateurId, t.nom)],
);

/**
 * Automatic decision at sending, switched on or off by an administrator per scheme and branch. A row with
 * no branch is the scheme's default; a branch's row overrides it. No row at all: off.
 */
export const reglesDecisionAutomatique = pgTable(
  'regles_decision_automatique',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    dispositif: dispositif('dispositif').notNull(),
    idcc: char('idcc', { length: 4 }).references(() => branches.idcc),
    active: boolean('active').notNull(),
    modifiePar: uuid('modifie_par').references(() => utilisateurs.id, { onDelete: 'set null' }),
    modifieLe: horodatage('modifie_le').notNull().defaultNow(),
  },
  (t) => [unique('regles_decision_automatique_uq').on(t.dispositif, t.idcc).nullsNotDistinct()],
);

/** The OPCO's settings edited by an administrator: name, logo, support phone and hours… one row per key. */
export const parametres = pgTable('parametres', {
  cle: text('cle').primaryKey(),
  valeur: jsonb('valeur').$type<unknown>().notNull(),
  modifiePar: uuid('modifie_par').references(() => utilisateurs.id, { onDelete: 'set null' }),
  modifieLe: horodatage('modifie_le').notNull().defaultNow(),
});
