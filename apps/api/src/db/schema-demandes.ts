import { integer, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { demandes, utilisateurs } from './schema';

/**
 * The pieces justificatives of a funding request (issue 6): one file per type of piece the scheme asks
 * for ("cerfa_signe"); a new upload of the same type replaces the previous one. The bytes live under
 * FILES_DIR (`cle`), with the SHA-256 taken on arrival, printed on the receipt and checked on every read.
 */
export const piecesDemandes = pgTable(
  'pieces_demandes',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    demandeId: uuid('demande_id')
      .notNull()
      .references(() => demandes.id, { onDelete: 'cascade' }),
    type: text('type').notNull(),
    nomFichier: text('nom_fichier').notNull(),
    typeMime: text('type_mime').notNull(),
    taille: integer('taille').notNull(),
    sha256: text('sha256').notNull(),
    cle: text('cle').notNull(),
    deposePar: uuid('depose_par').references(() => utilisateurs.id, { onDelete: 'set null' }),
    deposeLe: timestamp('depose_le', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('pieces_demandes_demande_type_uq').on(t.demandeId, t.type)],
);
