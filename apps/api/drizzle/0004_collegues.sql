CREATE TABLE "acces_tous_etablissements" (
	"utilisateur_id" uuid PRIMARY KEY NOT NULL,
	"compte_id" uuid NOT NULL,
	"accorde_le" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "acces_tous_etablissements" ADD CONSTRAINT "acces_tous_etablissements_utilisateur_id_utilisateurs_id_fk" FOREIGN KEY ("utilisateur_id") REFERENCES "public"."utilisateurs"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "acces_tous_etablissements" ADD CONSTRAINT "acces_tous_etablissements_compte_id_comptes_id_fk" FOREIGN KEY ("compte_id") REFERENCES "public"."comptes"("id") ON DELETE cascade ON UPDATE no action;