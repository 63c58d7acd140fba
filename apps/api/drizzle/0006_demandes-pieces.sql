CREATE TABLE "pieces_demandes" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"demande_id" uuid NOT NULL,
	"type" text NOT NULL,
	"nom_fichier" text NOT NULL,
	"type_mime" text NOT NULL,
	"taille" integer NOT NULL,
	"sha256" text NOT NULL,
	"cle" text NOT NULL,
	"depose_par" uuid,
	"depose_le" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "demandes" ADD COLUMN "modifie_par" uuid;--> statement-breakpoint
ALTER TABLE "pieces_demandes" ADD CONSTRAINT "pieces_demandes_demande_id_demandes_id_fk" FOREIGN KEY ("demande_id") REFERENCES "public"."demandes"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pieces_demandes" ADD CONSTRAINT "pieces_demandes_depose_par_utilisateurs_id_fk" FOREIGN KEY ("depose_par") REFERENCES "public"."utilisateurs"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "pieces_demandes_demande_type_uq" ON "pieces_demandes" USING btree ("demande_id","type");--> statement-breakpoint
ALTER TABLE "demandes" ADD CONSTRAINT "demandes_modifie_par_utilisateurs_id_fk" FOREIGN KEY ("modifie_par") REFERENCES "public"."utilisateurs"("id") ON DELETE set null ON UPDATE no action;