CREATE TYPE "public"."type_jeton" AS ENUM('reinitialisation', 'confirmation_email', 'changement_email');--> statement-breakpoint
CREATE TABLE "echecs_connexion" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"cle" text NOT NULL,
	"cree_le" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "jetons" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"type" "type_jeton" NOT NULL,
	"utilisateur_id" uuid NOT NULL,
	"hash" text NOT NULL,
	"donnees" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"expire_le" timestamp with time zone NOT NULL,
	"utilise_le" timestamp with time zone,
	"cree_le" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "jetons" ADD CONSTRAINT "jetons_utilisateur_id_utilisateurs_id_fk" FOREIGN KEY ("utilisateur_id") REFERENCES "public"."utilisateurs"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "echecs_connexion_cle_idx" ON "echecs_connexion" USING btree ("cle","cree_le");--> statement-breakpoint
CREATE UNIQUE INDEX "jetons_hash_uq" ON "jetons" USING btree ("hash");--> statement-breakpoint
CREATE INDEX "jetons_utilisateur_type_idx" ON "jetons" USING btree ("utilisateur_id","type");