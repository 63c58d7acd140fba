-- "Mon entreprise" searches names and towns without regard to accents (NÎMES = nimes); unaccent is a
-- trusted extension: a database owner may create it, no superuser needed.
CREATE EXTENSION IF NOT EXISTS unaccent;--> statement-breakpoint
ALTER TABLE "utilisateurs" ADD COLUMN "etablissement_courant_id" uuid;--> statement-breakpoint
ALTER TABLE "utilisateurs" ADD CONSTRAINT "utilisateurs_etablissement_courant_id_etablissements_id_fk" FOREIGN KEY ("etablissement_courant_id") REFERENCES "public"."etablissements"("id") ON DELETE set null ON UPDATE no action;
