import { pgTable, timestamp, uuid } from 'drizzle-orm/pg-core';
import { comptes, utilisateurs } from './schema';

/**
 * Colleagues granted "tous les établissements" of their account: every establishment the account has
 * now and will have, hence a row per person rather than one per establishment (those are in
 * `acces_etablissements`). The account is repeated so that a grant never outlives a change of account.
 */
export const accesTousEtablissements = pgTable('acces_tous_etablissements', {
  utilisateurId: uuid('utilisateur_id')
    .primaryKey()
    .references(() => utilisateurs.id, { onDelete: 'cascade' }),
  compteId: uuid('compte_id')
    .notNull()
    .references(() => comptes.id, { onDelete: 'cascade' }),
  accordeLe: timestamp('accorde_le', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
});
