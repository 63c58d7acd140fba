DROP INDEX "demandes_compte_modifie_idx";--> statement-breakpoint
DROP INDEX "demandes_etablissement_modifie_idx";--> statement-breakpoint
CREATE INDEX "demandes_compte_modifie_asc_idx" ON "demandes" USING btree ("compte_id","modifie_le","id","statut");--> statement-breakpoint
CREATE INDEX "demandes_etablissement_modifie_asc_idx" ON "demandes" USING btree ("etablissement_id","modifie_le","id","statut");