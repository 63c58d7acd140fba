import { sql } from 'drizzle-orm';
import {
  bigserial,
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
import { jsonbChiffre, texteChiffre } from './chiffrement';

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
    /** Encrypted at rest with DONNEES_CLE (db/chiffrement.ts). */
    totpSecret: texteChiffre('totp_secret'),
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
    /** Append-only and chained: each row's SHA-256 covers the previous row's (trigger in migration 0007). */
    sequence: bigserial('sequence', { mode: 'number' }).notNull(),
    empreinte: char('empreinte', { length: 64 }),
    empreintePrecedente: char('empreinte_precedente', { length: 64 }),
  },
  (t) => [index('audit_cree_le_idx').on(t.creeLe), index('audit_utilisateur_idx').on(t.utilisateurId), uniqueIndex('audit_sequence_uq').on(t.sequence)],
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

export const typeJeton = pgEnum('type_jeton', ['reinitialisation', 'confirmation_email', 'changement_email', 'invitation']);

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
    /** An invitation's TOTP secret inside is encrypted at rest (db/chiffrement.ts). */
    donnees: jsonbChiffre('donnees').$type<Record<string, string>>().notNull().default({}),
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

/**
 * Establishments granted to a colleague (collaborateur / lecture seule). The account owner sees every
 * establishment of the account and has no rows here.
 */
export const accesEtablissements = pgTable(
  'acces_etablissements',
  {
    utilisateurId: uuid('utilisateur_id')
      .notNull()
      .references(() => utilisateurs.id, { onDelete: 'cascade' }),
    etablissementId: uuid('etablissement_id')
      .notNull()
      .references(() => etablissements.id, { onDelete: 'cascade' }),
    accordeLe: horodatage('accorde_le').notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.utilisateurId, t.etablissementId] }), index('acces_etablissements_etablissement_idx').on(t.etablissementId)],
);

/**
 * The dated referential of the rules engine: one row per entry of a rubrique of the shared
 * `Referentiel` (SMIC, pay grid, financing rules…), with its validity and source. Rows are never
 * updated: a change is a new row, and the referential "version" a decision used is the highest id
 * it could see, so that a decided request can always be recomputed as it was decided.
 */
export const referentielEntrees = pgTable(
  'referentiel_entrees',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    rubrique: text('rubrique').notNull(),
    debut: date('debut', { mode: 'string' }).notNull(),
    fin: date('fin', { mode: 'string' }),
    source: text('source').notNull(),
    valeur: jsonb('valeur').$type<Record<string, unknown>>().notNull(),
    /** The entry this one replaces (a correction), if any. */
    remplaceId: integer('remplace_id'),
    creePar: uuid('cree_par').references(() => utilisateurs.id),
    creeLe: creeLe(),
  },
  (t) => [index('referentiel_entrees_rubrique_idx').on(t.rubrique, t.debut)],
);

/** NPEC rows of France compétences' referential: annual amount per certification (RNCP) × branch (CPNE). */
export const npec = pgTable(
  'npec',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    rncp: text('rncp').notNull(),
    cpne: text('cpne').notNull(),
    libelleCertification: text('libelle_certification').notNull(),
    niveau: integer('niveau'),
    montantCentimes: integer('montant_centimes').notNull(),
    statut: text('statut').notNull(),
    dateApplicabilite: date('date_applicabilite', { mode: 'string' }).notNull(),
    source: text('source').notNull(),
    importeLe: creeLe(),
  },
  (t) => [uniqueIndex('npec_rncp_cpne_date_uq').on(t.rncp, t.cpne, t.dateApplicabilite)],
);

/** Which conventions collectives (IDCC) each CPNE covers, dated like the NPEC file it comes from. */
export const cpneIdcc = pgTable(
  'cpne_idcc',
  {
    cpne: text('cpne').notNull(),
    libelleCpne: text('libelle_cpne').notNull(),
    idcc: char('idcc', { length: 4 }).notNull(),
    dateApplicabilite: date('date_applicabilite', { mode: 'string' }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.cpne, t.idcc, t.dateApplicabilite] }), index('cpne_idcc_idcc_idx').on(t.idcc)],
);

export const dispositif = pgEnum('dispositif', ['apprentissage', 'professionnalisation', 'pro_a', 'action_individuelle']);
export const statutDemande = pgEnum('statut_demande', [
  'brouillon', 'envoye', 'en_cours_de_traitement', 'a_completer', 'pris_en_charge', 'facturation_en_cours', 'solde', 'annule', 'refuse',
]);

/**
 * A funding request ("demande de financement", "dossier"). The form's content lives in `donnees`
 * (validated by the shared schemas); the columns beside it are what lists, searches and the back
 * office filter and sort on. `compteId` is denormalised so that every employer query is scoped by index.
 */
export const demandes = pgTable(
  'demandes',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    /** Given at submission: per scheme and year, e.g. AP-2026-000123. */
    numero: text('numero'),
    dispositif: dispositif('dispositif').notNull(),
    statut: statutDemande('statut').notNull().default('brouillon'),
    compteId: uuid('compte_id')
      .notNull()
      .references(() => comptes.id),
    etablissementId: uuid('etablissement_id')
      .notNull()
      .references(() => etablissements.id),
    creePar: uuid('cree_par').references(() => utilisateurs.id),
    /** Who saved the content last: named in the answer to a save that started from an older version. */
    modifiePar: uuid('modifie_par').references(() => utilisateurs.id, { onDelete: 'set null' }),
    /** The NIR (and any IBAN/BIC) inside is encrypted at rest: db/chiffrement.ts. */
    donnees: jsonbChiffre('donnees').notNull().default(sql`'{}'::jsonb`),
    /** Optimistic concurrency: every save must name the version it started from. */
    version: integer('version').notNull().default(1),
    beneficiaire: text('beneficiaire'),
    intituleFormation: text('intitule_formation'),
    organisme: text('organisme'),
    organismeSiret: char('organisme_siret', { length: 14 }),
    dateDebut: date('date_debut', { mode: 'string' }),
    dateFin: date('date_fin', { mode: 'string' }),
    montantEstimeCentimes: integer('montant_estime_centimes'),
    montantEngageCentimes: integer('montant_engage_centimes'),
    /** The referential version (highest referentiel_entrees.id) the decision was computed with. */
    referentielVersion: integer('referentiel_version'),
    gestionnaireId: uuid('gestionnaire_id').references(() => utilisateurs.id),
    envoyeLe: horodatage('envoye_le'),
    /** Start of the legal 20-day clock: the (complete) file's date; paused while "À compléter". */
    dossierCompletLe: horodatage('dossier_complet_le'),
    decideLe: horodatage('decide_le'),
    /** Accepted at sending by the automatic decision (all controls passed, switched on for the scheme). */
    decisionAutomatique: boolean('decision_automatique').notNull().default(false),
    /** The payment schedule committed at the decision (from the rules engine), shown on the dossier. */
    echeancier: jsonb('echeancier').$type<unknown[]>(),
    /** Apprenticeship rupture (early termination): date and cause; the engine prorates the funding. */
    ruptureLe: date('rupture_le', { mode: 'string' }),
    motifRupture: text('motif_rupture'),
    /** RGPD: reminders sent for a draft left untouched (deleted after two, at 12 months). */
    relancesBrouillon: integer('relances_brouillon').notNull().default(0),
    relanceBrouillonLe: horodatage('relance_brouillon_le'),
    creeLe: creeLe(),
    modifieLe: horodatage('modifie_le').notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('demandes_numero_uq').on(t.numero),
    index('demandes_compte_statut_idx').on(t.compteId, t.statut, t.modifieLe),
    index('demandes_etablissement_statut_idx').on(t.etablissementId, t.statut, t.modifieLe),
    index('demandes_statut_envoye_idx').on(t.statut, t.envoyeLe),
    /**
     * The tabs of Mes financements (several statuses each) in their default order, read page by page (issue 7
     * bench). Ascending on purpose: read backwards it gives `modifie_le desc, id desc` with PostgreSQL's
     * default NULLS FIRST, which a `desc nulls last` index cannot serve.
     */
    index('demandes_compte_modifie_asc_idx').on(t.compteId, t.modifieLe, t.id, t.statut),
    index('demandes_etablissement_modifie_asc_idx').on(t.etablissementId, t.modifieLe, t.id, t.statut),
    /** Beneficiary search tolerant of accents and typos (f_unaccent: an immutable wrapper, see migration 0007). */
    index('demandes_beneficiaire_trgm_idx').using('gin', sql`lower(f_unaccent(${t.beneficiaire})) gin_trgm_ops`),
  ],
);

/** One row per change of status of a request: the timeline the employer and the OPCO see. */
export const historiqueDemandes = pgTable(
  'historique_demandes',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    demandeId: uuid('demande_id')
      .notNull()
      .references(() => demandes.id, { onDelete: 'cascade' }),
    action: text('action').notNull(),
    de: statutDemande('de'),
    vers: statutDemande('vers').notNull(),
    acteur: text('acteur', { enum: ['entreprise', 'opco', 'automatique'] }).notNull(),
    utilisateurId: uuid('utilisateur_id').references(() => utilisateurs.id),
    motif: text('motif'),
    details: jsonb('details').$type<Record<string, unknown>>().notNull().default({}),
    creeLe: creeLe(),
  },
  (t) => [index('historique_demandes_demande_idx').on(t.demandeId, t.creeLe)],
);

/** The yearly counter behind dossier numbers (AP-2026-000123), one row per scheme prefix and year. */
export const compteursDossiers = pgTable(
  'compteurs_dossiers',
  {
    prefixe: text('prefixe').notNull(),
    annee: integer('annee').notNull(),
    dernier: integer('dernier').notNull(),
  },
  (t) => [primaryKey({ columns: [t.prefixe, t.annee] })],
);
