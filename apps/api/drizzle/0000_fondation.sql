CREATE TYPE "public"."role_utilisateur" AS ENUM('proprietaire', 'collaborateur', 'lecture_seule', 'gestionnaire', 'superviseur', 'administrateur');--> statement-breakpoint
CREATE TABLE "actualites" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"titre" text NOT NULL,
	"resume" text NOT NULL,
	"contenu" text NOT NULL,
	"publie_le" timestamp with time zone NOT NULL,
	"depublie_le" timestamp with time zone,
	"cree_le" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "audit" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"evenement" text NOT NULL,
	"utilisateur_id" uuid,
	"ip" text,
	"details" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"cree_le" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "branches" (
	"idcc" char(4) PRIMARY KEY NOT NULL,
	"libelle" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "compte_etablissements" (
	"compte_id" uuid NOT NULL,
	"etablissement_id" uuid NOT NULL,
	CONSTRAINT "compte_etablissements_compte_id_etablissement_id_pk" PRIMARY KEY("compte_id","etablissement_id")
);
--> statement-breakpoint
CREATE TABLE "comptes" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"cree_le" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "emails" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"destinataire" text NOT NULL,
	"sujet" text NOT NULL,
	"texte" text NOT NULL,
	"html" text NOT NULL,
	"statut" text NOT NULL,
	"tentatives" integer DEFAULT 0 NOT NULL,
	"derniere_erreur" text,
	"envoye_le" timestamp with time zone,
	"cree_le" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "etablissements" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"siret" char(14) NOT NULL,
	"siren" char(9) NOT NULL,
	"raison_sociale" text NOT NULL,
	"adresse" text NOT NULL,
	"code_postal" char(5) NOT NULL,
	"ville" text NOT NULL,
	"naf" text NOT NULL,
	"idcc" char(4) NOT NULL,
	"effectif_entreprise" integer NOT NULL,
	"date_adhesion" date NOT NULL,
	"numero_adherent" text NOT NULL,
	"cree_le" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "sessions" (
	"id_hash" text PRIMARY KEY NOT NULL,
	"utilisateur_id" uuid NOT NULL,
	"csrf_token" text NOT NULL,
	"se_souvenir" boolean NOT NULL,
	"expire_le" timestamp with time zone NOT NULL,
	"vu_le" timestamp with time zone DEFAULT now() NOT NULL,
	"ip" text,
	"user_agent" text,
	"cree_le" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "utilisateurs" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"email" text NOT NULL,
	"mot_de_passe_hash" text,
	"civilite" text,
	"nom" text NOT NULL,
	"prenom" text NOT NULL,
	"fonction" text,
	"telephone" text,
	"role" "role_utilisateur" NOT NULL,
	"compte_id" uuid,
	"email_confirme_le" timestamp with time zone,
	"totp_secret" text,
	"migre" boolean DEFAULT false NOT NULL,
	"cree_le" timestamp with time zone DEFAULT now() NOT NULL,
	"modifie_le" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "compte_etablissements" ADD CONSTRAINT "compte_etablissements_compte_id_comptes_id_fk" FOREIGN KEY ("compte_id") REFERENCES "public"."comptes"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "compte_etablissements" ADD CONSTRAINT "compte_etablissements_etablissement_id_etablissements_id_fk" FOREIGN KEY ("etablissement_id") REFERENCES "public"."etablissements"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "etablissements" ADD CONSTRAINT "etablissements_idcc_branches_idcc_fk" FOREIGN KEY ("idcc") REFERENCES "public"."branches"("idcc") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sessions" ADD CONSTRAINT "sessions_utilisateur_id_utilisateurs_id_fk" FOREIGN KEY ("utilisateur_id") REFERENCES "public"."utilisateurs"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "utilisateurs" ADD CONSTRAINT "utilisateurs_compte_id_comptes_id_fk" FOREIGN KEY ("compte_id") REFERENCES "public"."comptes"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "actualites_publie_le_idx" ON "actualites" USING btree ("publie_le");--> statement-breakpoint
CREATE INDEX "audit_cree_le_idx" ON "audit" USING btree ("cree_le");--> statement-breakpoint
CREATE INDEX "audit_utilisateur_idx" ON "audit" USING btree ("utilisateur_id");--> statement-breakpoint
CREATE UNIQUE INDEX "compte_etablissements_etablissement_uq" ON "compte_etablissements" USING btree ("etablissement_id");--> statement-breakpoint
CREATE INDEX "emails_cree_le_idx" ON "emails" USING btree ("cree_le");--> statement-breakpoint
CREATE UNIQUE INDEX "etablissements_siret_uq" ON "etablissements" USING btree ("siret");--> statement-breakpoint
CREATE INDEX "etablissements_siren_idx" ON "etablissements" USING btree ("siren");--> statement-breakpoint
CREATE INDEX "sessions_utilisateur_idx" ON "sessions" USING btree ("utilisateur_id");--> statement-breakpoint
CREATE INDEX "sessions_expire_le_idx" ON "sessions" USING btree ("expire_le");--> statement-breakpoint
CREATE UNIQUE INDEX "utilisateurs_email_uq" ON "utilisateurs" USING btree (lower("email"));--> statement-breakpoint
CREATE INDEX "utilisateurs_compte_idx" ON "utilisateurs" USING btree ("compte_id");