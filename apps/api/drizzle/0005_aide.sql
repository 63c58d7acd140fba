-- "La foire aux questions" searches with typos: trigram similarity (pg_trgm, a trusted extension like unaccent).
CREATE EXTENSION IF NOT EXISTS pg_trgm;--> statement-breakpoint
CREATE TYPE "public"."objet_assistance" AS ENUM('connexion', 'demande_financement', 'remboursement', 'autre');--> statement-breakpoint
CREATE TYPE "public"."statut_assistance" AS ENUM('en_attente', 'repondu');--> statement-breakpoint
CREATE TABLE "demandes_assistance" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"numero" text NOT NULL,
	"objet" "objet_assistance" NOT NULL,
	"statut" "statut_assistance" DEFAULT 'en_attente' NOT NULL,
	"utilisateur_id" uuid,
	"compte_id" uuid,
	"demande_id" uuid,
	"numero_dossier" text,
	"nom_contact" text NOT NULL,
	"email_contact" text NOT NULL,
	"cree_le" timestamp with time zone DEFAULT now() NOT NULL,
	"modifie_le" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "guides_aide" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"slug" text NOT NULL,
	"titre" text NOT NULL,
	"resume" text NOT NULL,
	"illustration" text NOT NULL,
	"etapes" jsonb NOT NULL,
	"ordre" integer NOT NULL,
	"publie" boolean DEFAULT true NOT NULL,
	"cree_le" timestamp with time zone DEFAULT now() NOT NULL,
	"modifie_le" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "messages_assistance" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"demande_assistance_id" uuid NOT NULL,
	"auteur" text NOT NULL,
	"utilisateur_id" uuid,
	"texte" text NOT NULL,
	"cree_le" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "pieces_jointes_assistance" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"message_id" uuid NOT NULL,
	"nom_fichier" text NOT NULL,
	"type_mime" text NOT NULL,
	"taille" integer NOT NULL,
	"sha256" char(64) NOT NULL,
	"cle" text NOT NULL,
	"cree_le" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "pieces_jointes_assistance_taille_ck" CHECK ("pieces_jointes_assistance"."taille" > 0 and "pieces_jointes_assistance"."taille" <= 5242880)
);
--> statement-breakpoint
CREATE TABLE "questions_faq" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"theme_id" uuid NOT NULL,
	"slug" text NOT NULL,
	"question" text NOT NULL,
	"reponse" text NOT NULL,
	"ordre" integer NOT NULL,
	"publie" boolean DEFAULT true NOT NULL,
	"cree_le" timestamp with time zone DEFAULT now() NOT NULL,
	"modifie_le" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "themes_faq" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"slug" text NOT NULL,
	"libelle" text NOT NULL,
	"ordre" integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE "votes_faq" (
	"question_id" uuid NOT NULL,
	"utilisateur_id" uuid NOT NULL,
	"utile" boolean NOT NULL,
	"vote_le" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "votes_faq_question_id_utilisateur_id_pk" PRIMARY KEY("question_id","utilisateur_id")
);
--> statement-breakpoint
ALTER TABLE "demandes_assistance" ADD CONSTRAINT "demandes_assistance_utilisateur_id_utilisateurs_id_fk" FOREIGN KEY ("utilisateur_id") REFERENCES "public"."utilisateurs"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "demandes_assistance" ADD CONSTRAINT "demandes_assistance_compte_id_comptes_id_fk" FOREIGN KEY ("compte_id") REFERENCES "public"."comptes"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "demandes_assistance" ADD CONSTRAINT "demandes_assistance_demande_id_demandes_id_fk" FOREIGN KEY ("demande_id") REFERENCES "public"."demandes"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "messages_assistance" ADD CONSTRAINT "messages_assistance_demande_assistance_id_demandes_assistance_id_fk" FOREIGN KEY ("demande_assistance_id") REFERENCES "public"."demandes_assistance"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "messages_assistance" ADD CONSTRAINT "messages_assistance_utilisateur_id_utilisateurs_id_fk" FOREIGN KEY ("utilisateur_id") REFERENCES "public"."utilisateurs"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pieces_jointes_assistance" ADD CONSTRAINT "pieces_jointes_assistance_message_id_messages_assistance_id_fk" FOREIGN KEY ("message_id") REFERENCES "public"."messages_assistance"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "questions_faq" ADD CONSTRAINT "questions_faq_theme_id_themes_faq_id_fk" FOREIGN KEY ("theme_id") REFERENCES "public"."themes_faq"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "votes_faq" ADD CONSTRAINT "votes_faq_question_id_questions_faq_id_fk" FOREIGN KEY ("question_id") REFERENCES "public"."questions_faq"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "votes_faq" ADD CONSTRAINT "votes_faq_utilisateur_id_utilisateurs_id_fk" FOREIGN KEY ("utilisateur_id") REFERENCES "public"."utilisateurs"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "demandes_assistance_numero_uq" ON "demandes_assistance" USING btree ("numero");--> statement-breakpoint
CREATE INDEX "demandes_assistance_utilisateur_idx" ON "demandes_assistance" USING btree ("utilisateur_id","modifie_le");--> statement-breakpoint
CREATE INDEX "demandes_assistance_statut_idx" ON "demandes_assistance" USING btree ("statut","cree_le","numero");--> statement-breakpoint
CREATE INDEX "demandes_assistance_cree_le_idx" ON "demandes_assistance" USING btree ("cree_le","numero");--> statement-breakpoint
CREATE UNIQUE INDEX "guides_aide_slug_uq" ON "guides_aide" USING btree ("slug");--> statement-breakpoint
CREATE INDEX "guides_aide_ordre_idx" ON "guides_aide" USING btree ("ordre");--> statement-breakpoint
CREATE INDEX "messages_assistance_demande_idx" ON "messages_assistance" USING btree ("demande_assistance_id","cree_le");--> statement-breakpoint
CREATE INDEX "pieces_jointes_assistance_message_idx" ON "pieces_jointes_assistance" USING btree ("message_id");--> statement-breakpoint
CREATE UNIQUE INDEX "questions_faq_slug_uq" ON "questions_faq" USING btree ("slug");--> statement-breakpoint
CREATE INDEX "questions_faq_theme_idx" ON "questions_faq" USING btree ("theme_id","ordre");--> statement-breakpoint
CREATE UNIQUE INDEX "themes_faq_slug_uq" ON "themes_faq" USING btree ("slug");