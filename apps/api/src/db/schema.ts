import { sql } from 'drizzle-orm';
import {
  boolean,
  char,
  date,
  index,
  integer,
  jsonb,
  pgEnum,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';

const horodatage = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });
const creeLe = () => horodatage('cree_le').notNull().defaultNow();

/** Professional branches of the OPCO, by convention collective (IDCC stored on 4 digits). */
export const branches = pgTable('branches', {
  idcc: char('idcc', { length: 4 }).primaryKey(),
  libelle: text('libelle').notNull(),
});

/** Directory of member establishments (loaded from the OPCO's records). */
export const etablissements = pgTable(
  'etablissements',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    siret: char('siret', { length: 14 }).notNull(),
    siren: char('siren', { length: 9 }).notNull(),
    raisonSociale: text('raison_sociale').notNull(),
    adresse: text('adresse').notNull(),
    codePostal: char('code_postal', { length: 5 }).notNull(),
    ville: text('ville').notNull(),
    naf: text('naf').notNull(),
    idcc: char('idcc', { length: 4 })
      .notNull()
      .references(() => branches.idcc),
    /** Average annual headcount of the whole company (previous year): decides the classe d'entreprise. */
    effectifEntreprise: integer('effectif_entreprise').notNull(),
    dateAdhesion: date('date_adhesion', { mode: 'string' }).notNull(),
    numeroAdherent: text('numero_adherent').notNull(),
    creeLe: creeLe(),
  },
  (t) => [uniqueIndex('etablissements_siret_uq').on(t.siret), index('etablissements_siren_idx').on(t.siren)],
);

/** An employer account: the establishments it manages, owned by one person who may invite others. */
export const comptes = pgTable('comptes', {
  id: uuid('id').primaryKey().defaultRandom(),
  creeLe: creeLe(),
});

export const compteEtablissements = pgTable(
  'compte_etablissements',
  {
    compteId: uuid('compte_id')
      .notNull()
      .references(() => comptes.id, { onDelete: 'cascade' }),
    etablissementId: uuid('etablissement_id')
      .notNull()
      .references(() => etablissements.id),
  },
  (t) => [
    primaryKey({ columns: [t.compteId, t.etablissementId] }),
    uniqueIndex('compte_etablissements_etablissement_uq').on(t.etablissementId),
  ],
);

export const roleUtilisateur = pgEnum('role_utilisateur', [
  'proprietaire',
  'collaborateur',
  'lecture_seule',
  'gestionnaire',
  'superviseur',
  'administrateur',
]);

/** Every person who signs in: employer users (with a compte) and OPCO staff (without). */
export const utilisateurs = pgTable(
  'utilisateurs',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    email: text('email').notNull(),
    /** Null for accounts migrated from the previous portal: first connection goes through "Mot de passe oublié ?". */
    motDePasseHash: text('mot_de_passe_hash'),
    civilite: text('civilite'),
    nom: text('nom').notNull(),
    prenom: text('prenom').notNull(),
    fonction: text('fonction'),
    telephone: text('telephone'),
    role: roleUtilisateur('role').notNull(),
    compteId: uuid('compte_id').references(() => comptes.id, { onDelete: 'cascade' }),
    /**
     * The establishment an employer works on, kept between visits; null means "Tous les établissements".
     * Only honoured while the establishment stays visible to the user (policies/etablissements.ts).
     */
    etablissementCourantId: uuid('etablissement_courant_id').references(() => etablissements.id, { onDelete: 'set null' }),
    emailConfirmeLe: horodatage('email_confirme_le'),
    totpSecret: text('totp_secret'),
    migre: boolean('migre').notNull().default(false),
    creeLe: creeLe(),
    modifieLe: horodatage('modifie_le').notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('utilisateurs_email_uq').on(sql`lower(${t.email})`),
    index('utilisateurs_compte_idx').on(t.compteId),
  ],
);

/** News shown on the home page ("Actualités"). */
export const actualites = pgTable(
  'actualites',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    titre: text('titre').notNull(),
    resume: text('resume').notNull(),
    contenu: text('contenu').notNull(),
    publieLe: horodatage('publie_le').notNull(),
    depublieLe: horodatage('depublie_le'),
    creeLe: creeLe(),
  },
  (t) => [index('actualites_publie_le_idx').on(t.publieLe)],
);

/** Outgoing e-mails: kept here always (audit, development mailbox), sent by a job when SMTP is set. */
export const emails = pgTable(
  'emails',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    destinataire: text('destinataire').notNull(),
    sujet: text('sujet').notNull(),
    texte: text('texte').notNull(),
    html: text('html').notNull(),
    statut: text('statut', { enum: ['a_envoyer', 'envoye', 'conserve', 'echec'] }).notNull(),
    tentatives: integer('tentatives').notNull().default(0),
    derniereErreur: text('derniere_erreur'),
    envoyeLe: horodatage('envoye_le'),
    creeLe: creeLe(),
  },
  (t) => [index('emails_cree_le_idx').on(t.creeLe)],
);

/** Append-only trail of security-relevant events and decisions. */
export const audit = pgTable(
  'audit',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    evenement: text('evenement').notNull(),
    utilisateurId: uuid('utilisateur_id'),
    ip: text('ip'),
    details: jsonb('details').$type<Record<string, unknown>>().notNull().default({}),
    creeLe: creeLe(),
  },
  (t) => [index('audit_cree_le_idx').on(t.creeLe), index('audit_utilisateur_idx').on(t.utilisateurId)],
);

/** Signed-in sessions. The cookie holds a random token; only its SHA-256 is stored here. */
export const sessions = pgTable(
  'sessions',
  {
    idHash: text('id_hash').primaryKey(),
    utilisateurId: uuid('utilisateur_id')
      .notNull()
      .references(() => utilisateurs.id, { onDelete: 'cascade' }),
    csrfToken: text('csrf_token').notNull(),
    seSouvenir: boolean('se_souvenir').notNull(),
    expireLe: horodatage('expire_le').notNull(),
    vuLe: horodatage('vu_le').notNull().defaultNow(),
    ip: text('ip'),
    userAgent: text('user_agent'),
    creeLe: creeLe(),
  },
  (t) => [index('sessions_utilisateur_idx').on(t.utilisateurId), index('sessions_expire_le_idx').on(t.expireLe)],
);

export const typeJeton = pgEnum('type_jeton', ['reinitialisation', 'confirmation_email', 'changement_email']);

/**
 * Single-use links sent by e-mail. Only the SHA-256 of the token is stored; a newer token of the same
 * type voids the older ones (utiliseLe set).
 */
export const jetons = pgTable(
  'jetons',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    type: typeJeton('type').notNull(),
    utilisateurId: uuid('utilisateur_id')
      .notNull()
      .references(() => utilisateurs.id, { onDelete: 'cascade' }),
    hash: text('hash').notNull(),
    donnees: jsonb('donnees').$type<Record<string, string>>().notNull().default({}),
    expireLe: horodatage('expire_le').notNull(),
    utiliseLe: horodatage('utilise_le'),
    creeLe: creeLe(),
  },
  (t) => [uniqueIndex('jetons_hash_uq').on(t.hash), index('jetons_utilisateur_type_idx').on(t.utilisateurId, t.type)],
);

/**
 * Failed attempts (sign-in, forgotten password, sign-up), keyed by e-mail address — known or not — and
 * by IP, for throttling. Old rows are purged with the sessions.
 */
export const echecsConnexion = pgTable(
  'echecs_connexion',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    cle: text('cle').notNull(),
    creeLe: creeLe(),
  },
  (t) => [index('echecs_connexion_cle_idx').on(t.cle, t.creeLe)],
);
