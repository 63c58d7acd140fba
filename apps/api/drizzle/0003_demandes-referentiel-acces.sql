CREATE TYPE "public"."dispositif" AS ENUM('apprentissage', 'professionnalisation', 'pro_a', 'action_individuelle');--> statement-breakpoint
CREATE TYPE "public"."statut_demande" AS ENUM('brouillon', 'envoye', 'en_cours_de_traitement', 'a_completer', 'pris_en_charge', 'facturation_en_cours', 'solde', 'annule', 'refuse');--> statement-breakpoint
ALTER TYPE "public"."type_jeton" ADD VALUE 'invitation';--> statement-breakpoint
CREATE TABLE "acces_etablissements" (
	"utilisateur_id" uuid NOT NULL,
	"etablissement_id" uuid NOT NULL,
	"accorde_le" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "acces_etablissements_utilisateur_id_etablissement_id_pk" PRIMARY KEY("utilisateur_id","etablissement_id")
);
--> statement-breakpoint
CREATE TABLE "compteurs_dossiers" (
	"prefixe" text NOT NULL,
	"annee" integer NOT NULL,
	"dernier" integer NOT NULL,
	CONSTRAINT "compteurs_dossiers_prefixe_annee_pk" PRIMARY KEY("prefixe","annee")
);
--> statement-breakpoint
CREATE TABLE "cpne_idcc" (
	"cpne" text NOT NULL,
	"libelle_cpne" text NOT NULL,
	"idcc" char(4) NOT NULL,
	"date_applicabilite" date NOT NULL,
	CONSTRAINT "cpne_idcc_cpne_idcc_date_applicabilite_pk" PRIMARY KEY("cpne","idcc","date_applicabilite")
);
--> statement-breakpoint
CREATE TABLE "demandes" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"numero" text,
	"dispositif" "dispositif" NOT NULL,
	"statut" "statut_demande" DEFAULT 'brouillon' NOT NULL,
	"compte_id" uuid NOT NULL,
	"etablissement_id" uuid NOT NULL,
	"cree_par" uuid,
	"donnees" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"beneficiaire" text,
	"intitule_formation" text,
	"organisme" text,
	"organisme_siret" char(14),
	"date_debut" date,
	"date_fin" date,
	"montant_estime_centimes" integer,
	"montant_engage_centimes" integer,
	"referentiel_version" integer,
	"gestionnaire_id" uuid,
	"envoye_le" timestamp with time zone,
	"dossier_complet_le" timestamp with time zone,
	"decide_le" timestamp with time zone,
	"cree_le" timestamp with time zone DEFAULT now() NOT NULL,
	"modifie_le" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "historique_demandes" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"demande_id" uuid NOT NULL,
	"action" text NOT NULL,
	"de" "statut_demande",
	"vers" "statut_demande" NOT NULL,
	"acteur" text NOT NULL,
	"utilisateur_id" uuid,
	"motif" text,
	"details" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"cree_le" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "npec" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"rncp" text NOT NULL,
	"cpne" text NOT NULL,
	"libelle_certification" text NOT NULL,
	"niveau" integer,
	"montant_centimes" integer NOT NULL,
	"statut" text NOT NULL,
	"date_applicabilite" date NOT NULL,
	"source" text NOT NULL,
	"cree_le" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "referentiel_entrees" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"rubrique" text NOT NULL,
	"debut" date NOT NULL,
	"fin" date,
	"source" text NOT NULL,
	"valeur" jsonb NOT NULL,
	"remplace_id" integer,
	"cree_par" uuid,
	"cree_le" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "acces_etablissements" ADD CONSTRAINT "acces_etablissements_utilisateur_id_utilisateurs_id_fk" FOREIGN KEY ("utilisateur_id") REFERENCES "public"."utilisateurs"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "acces_etablissements" ADD CONSTRAINT "acces_etablissements_etablissement_id_etablissements_id_fk" FOREIGN KEY ("etablissement_id") REFERENCES "public"."etablissements"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "demandes" ADD CONSTRAINT "demandes_compte_id_comptes_id_fk" FOREIGN KEY ("compte_id") REFERENCES "public"."comptes"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "demandes" ADD CONSTRAINT "demandes_etablissement_id_etablissements_id_fk" FOREIGN KEY ("etablissement_id") REFERENCES "public"."etablissements"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "demandes" ADD CONSTRAINT "demandes_cree_par_utilisateurs_id_fk" FOREIGN KEY ("cree_par") REFERENCES "public"."utilisateurs"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "demandes" ADD CONSTRAINT "demandes_gestionnaire_id_utilisateurs_id_fk" FOREIGN KEY ("gestionnaire_id") REFERENCES "public"."utilisateurs"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "historique_demandes" ADD CONSTRAINT "historique_demandes_demande_id_demandes_id_fk" FOREIGN KEY ("demande_id") REFERENCES "public"."demandes"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "historique_demandes" ADD CONSTRAINT "historique_demandes_utilisateur_id_utilisateurs_id_fk" FOREIGN KEY ("utilisateur_id") REFERENCES "public"."utilisateurs"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "referentiel_entrees" ADD CONSTRAINT "referentiel_entrees_cree_par_utilisateurs_id_fk" FOREIGN KEY ("cree_par") REFERENCES "public"."utilisateurs"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "acces_etablissements_etablissement_idx" ON "acces_etablissements" USING btree ("etablissement_id");--> statement-breakpoint
CREATE INDEX "cpne_idcc_idcc_idx" ON "cpne_idcc" USING btree ("idcc");--> statement-breakpoint
CREATE UNIQUE INDEX "demandes_numero_uq" ON "demandes" USING btree ("numero");--> statement-breakpoint
CREATE INDEX "demandes_compte_statut_idx" ON "demandes" USING btree ("compte_id","statut","modifie_le");--> statement-breakpoint
CREATE INDEX "demandes_etablissement_statut_idx" ON "demandes" USING btree ("etablissement_id","statut","modifie_le");--> statement-breakpoint
CREATE INDEX "demandes_statut_envoye_idx" ON "demandes" USING btree ("statut","envoye_le");--> statement-breakpoint
CREATE INDEX "historique_demandes_demande_idx" ON "historique_demandes" USING btree ("demande_id","cree_le");--> statement-breakpoint
CREATE UNIQUE INDEX "npec_rncp_cpne_date_uq" ON "npec" USING btree ("rncp","cpne","date_applicabilite");--> statement-breakpoint
CREATE INDEX "referentiel_entrees_rubrique_idx" ON "referentiel_entrees" USING btree ("rubrique","debut");