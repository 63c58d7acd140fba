import type { EtapeGuide } from '@mse/shared/aide/guide.schema';
import { sql } from 'drizzle-orm';
import { boolean, char, check, index, integer, jsonb, pgEnum, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { comptes, demandes, utilisateurs } from './schema';

/** "Besoin d’aide ?": guides, FAQ and support requests (issue 9). Content is edited in the back office later (issue 8). */

const horodatage = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });
const creeLe = () => horodatage('cree_le').notNull().defaultNow();

/** "1 - Comment ça marche ?": one guide per task, its numbered steps each linking to the screen it describes. */
export const guidesAide = pgTable(
  'guides_aide',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    slug: text('slug').notNull(),
    titre: text('titre').notNull(),
    resume: text('resume').notNull(),
    illustration: text('illustration').notNull(),
    /** Validated by the shared EtapeGuideSchema: a guide is edited and published as a whole. */
    etapes: jsonb('etapes').$type<EtapeGuide[]>().notNull(),
    ordre: integer('ordre').notNull(),
    publie: boolean('publie').notNull().default(true),
    creeLe: creeLe(),
    modifieLe: horodatage('modifie_le').notNull().defaultNow(),
  },
  (t) => [uniqueIndex('guides_aide_slug_uq').on(t.slug), index('guides_aide_ordre_idx').on(t.ordre)],
);

/** "2 - La foire aux questions": "Plusieurs thématiques recensent les questions les plus fréquentes." */
export const themesFaq = pgTable(
  'themes_faq',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    slug: text('slug').notNull(),
    libelle: text('libelle').notNull(),
    ordre: integer('ordre').notNull(),
  },
  (t) => [uniqueIndex('themes_faq_slug_uq').on(t.slug)],
);

export const questionsFaq = pgTable(
  'questions_faq',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    themeId: uuid('theme_id')
      .notNull()
      .references(() => themesFaq.id),
    /** The question's address: /aide/foire-aux-questions#<slug> opens it. */
    slug: text('slug').notNull(),
    question: text('question').notNull(),
    reponse: text('reponse').notNull(),
    ordre: integer('ordre').notNull(),
    publie: boolean('publie').notNull().default(true),
    creeLe: creeLe(),
    modifieLe: horodatage('modifie_le').notNull().defaultNow(),
  },
  (t) => [uniqueIndex('questions_faq_slug_uq').on(t.slug), index('questions_faq_theme_idx').on(t.themeId, t.ordre)],
);

/** "Cette réponse vous a-t-elle aidé ?": one answer per person and question, which they may change. */
export const votesFaq = pgTable(
  'votes_faq',
  {
    questionId: uuid('question_id')
      .notNull()
      .references(() => questionsFaq.id, { onDelete: 'cascade' }),
    utilisateurId: uuid('utilisateur_id')
      .notNull()
      .references(() => utilisateurs.id, { onDelete: 'cascade' }),
    utile: boolean('utile').notNull(),
    voteLe: horodatage('vote_le').notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.questionId, t.utilisateurId] })],
);

export const objetAssistance = pgEnum('objet_assistance', ['connexion', 'demande_financement', 'remboursement', 'autre']);
export const statutAssistance = pgEnum('statut_assistance', ['en_attente', 'repondu']);

/**
 * "3 - Contacter l’assistance": a support request. Sent signed in, it belongs to its author (utilisateurId)
 * and may name one of the account's requests; sent from the login page, it has only the typed name and
 * address, and is never attached to an account (nobody can slip a message into someone else's space).
 */
export const demandesAssistance = pgTable(
  'demandes_assistance',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    /** DA-2026-000042, from the yearly counters of dossier numbers (prefix DA). */
    numero: text('numero').notNull(),
    objet: objetAssistance('objet').notNull(),
    statut: statutAssistance('statut').notNull().default('en_attente'),
    utilisateurId: uuid('utilisateur_id').references(() => utilisateurs.id, { onDelete: 'set null' }),
    compteId: uuid('compte_id').references(() => comptes.id, { onDelete: 'set null' }),
    demandeId: uuid('demande_id').references(() => demandes.id, { onDelete: 'set null' }),
    /** The dossier number as typed (kept if the request it named is ever deleted). */
    numeroDossier: text('numero_dossier'),
    nomContact: text('nom_contact').notNull(),
    emailContact: text('email_contact').notNull(),
    creeLe: creeLe(),
    modifieLe: horodatage('modifie_le').notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('demandes_assistance_numero_uq').on(t.numero),
    index('demandes_assistance_utilisateur_idx').on(t.utilisateurId, t.modifieLe),
    index('demandes_assistance_statut_idx').on(t.statut, t.creeLe, t.numero),
    index('demandes_assistance_cree_le_idx').on(t.creeLe, t.numero),
  ],
);

/** The thread of a request: the first message, the OPCO's replies and the employer's follow-ups. */
export const messagesAssistance = pgTable(
  'messages_assistance',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    demandeAssistanceId: uuid('demande_assistance_id')
      .notNull()
      .references(() => demandesAssistance.id, { onDelete: 'cascade' }),
    auteur: text('auteur', { enum: ['demandeur', 'opco'] }).notNull(),
    utilisateurId: uuid('utilisateur_id').references(() => utilisateurs.id, { onDelete: 'set null' }),
    texte: text('texte').notNull(),
    creeLe: creeLe(),
  },
  (t) => [index('messages_assistance_demande_idx').on(t.demandeAssistanceId, t.creeLe)],
);

/** Attachments: the bytes live under FILES_DIR (never in the database), checked against their SHA-256 on reading. */
export const piecesJointesAssistance = pgTable(
  'pieces_jointes_assistance',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    messageId: uuid('message_id')
      .notNull()
      .references(() => messagesAssistance.id, { onDelete: 'cascade' }),
    nomFichier: text('nom_fichier').notNull(),
    /** Detected from the bytes, not taken from the browser. */
    typeMime: text('type_mime').notNull(),
    taille: integer('taille').notNull(),
    sha256: char('sha256', { length: 64 }).notNull(),
    /** Path relative to FILES_DIR. */
    cle: text('cle').notNull(),
    creeLe: creeLe(),
  },
  (t) => [
    index('pieces_jointes_assistance_message_idx').on(t.messageId),
    check('pieces_jointes_assistance_taille_ck', sql`${t.taille} > 0 and ${t.taille} <= 5242880`),
  ],
);
