-- Beneficiary search tolerant of accents and typos needs an index on lower(unaccent(…)); unaccent() is only
-- STABLE (its dictionary could change), so an IMMUTABLE wrapper naming the dictionary is the usual recipe.
CREATE EXTENSION IF NOT EXISTS unaccent;--> statement-breakpoint
CREATE EXTENSION IF NOT EXISTS pg_trgm;--> statement-breakpoint
CREATE OR REPLACE FUNCTION f_unaccent(text) RETURNS text LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
  AS $$ SELECT public.unaccent('public.unaccent'::regdictionary, $1) $$;--> statement-breakpoint
CREATE TYPE "public"."statut_remboursement" AS ENUM('a_venir', 'paye', 'refuse');--> statement-breakpoint
CREATE TABLE "lots_paiement" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"numero" text NOT NULL,
	"statut" text DEFAULT 'prepare' NOT NULL,
	"nombre" integer NOT NULL,
	"montant_total_centimes" bigint NOT NULL,
	"cree_par" uuid,
	"cree_le" timestamp with time zone DEFAULT now() NOT NULL,
	"paye_par" uuid,
	"paye_le" date
);
--> statement-breakpoint
CREATE TABLE "messages_demandes" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"demande_id" uuid NOT NULL,
	"auteur" text NOT NULL,
	"utilisateur_id" uuid,
	"texte" text NOT NULL,
	"lu_le" timestamp with time zone,
	"cree_le" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "parametres" (
	"cle" text PRIMARY KEY NOT NULL,
	"valeur" jsonb NOT NULL,
	"modifie_par" uuid,
	"modifie_le" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "pieces_jointes_messages_demandes" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"message_id" uuid NOT NULL,
	"nom_fichier" text NOT NULL,
	"type_mime" text NOT NULL,
	"taille" integer NOT NULL,
	"sha256" char(64) NOT NULL,
	"cle" text NOT NULL,
	"cree_le" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "pieces_jointes_messages_demandes_taille_ck" CHECK ("pieces_jointes_messages_demandes"."taille" > 0)
);
--> statement-breakpoint
CREATE TABLE "pieces_remboursements" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"remboursement_id" uuid NOT NULL,
	"type" text NOT NULL,
	"nom_fichier" text NOT NULL,
	"type_mime" text NOT NULL,
	"taille" integer NOT NULL,
	"sha256" char(64) NOT NULL,
	"cle" text NOT NULL,
	"depose_par" uuid,
	"cree_le" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "regles_decision_automatique" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"dispositif" "dispositif" NOT NULL,
	"idcc" char(4),
	"active" boolean NOT NULL,
	"modifie_par" uuid,
	"modifie_le" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "regles_decision_automatique_uq" UNIQUE NULLS NOT DISTINCT("dispositif","idcc")
);
--> statement-breakpoint
CREATE TABLE "remboursements" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"numero" text NOT NULL,
	"demande_id" uuid NOT NULL,
	"compte_id" uuid NOT NULL,
	"etablissement_id" uuid NOT NULL,
	"dispositif" "dispositif" NOT NULL,
	"beneficiaire" text,
	"statut" "statut_remboursement" DEFAULT 'a_venir' NOT NULL,
	"donnees" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"alertes" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"montant_demande_centimes" integer NOT NULL,
	"montant_accepte_centimes" integer,
	"montant_paye_centimes" integer,
	"motif_refus" text,
	"demande_par" uuid,
	"cle_idempotence" uuid,
	"examine_par" uuid,
	"accepte_le" timestamp with time zone,
	"lot_paiement_id" uuid,
	"paye_le" date,
	"reference_paiement" text,
	"cree_le" timestamp with time zone DEFAULT now() NOT NULL,
	"modifie_le" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "remboursements_montant_ck" CHECK ("remboursements"."montant_demande_centimes" > 0)
);
--> statement-breakpoint
CREATE TABLE "vues_enregistrees" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"utilisateur_id" uuid NOT NULL,
	"nom" text NOT NULL,
	"criteres" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"cree_le" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "audit" ADD COLUMN "sequence" bigserial NOT NULL;--> statement-breakpoint
ALTER TABLE "audit" ADD COLUMN "empreinte" char(64);--> statement-breakpoint
ALTER TABLE "audit" ADD COLUMN "empreinte_precedente" char(64);--> statement-breakpoint
ALTER TABLE "demandes" ADD COLUMN "decision_automatique" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "demandes" ADD COLUMN "echeancier" jsonb;--> statement-breakpoint
ALTER TABLE "demandes" ADD COLUMN "rupture_le" date;--> statement-breakpoint
ALTER TABLE "demandes" ADD COLUMN "motif_rupture" text;--> statement-breakpoint
ALTER TABLE "demandes" ADD COLUMN "relances_brouillon" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "demandes" ADD COLUMN "relance_brouillon_le" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "lots_paiement" ADD CONSTRAINT "lots_paiement_cree_par_utilisateurs_id_fk" FOREIGN KEY ("cree_par") REFERENCES "public"."utilisateurs"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "lots_paiement" ADD CONSTRAINT "lots_paiement_paye_par_utilisateurs_id_fk" FOREIGN KEY ("paye_par") REFERENCES "public"."utilisateurs"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "messages_demandes" ADD CONSTRAINT "messages_demandes_demande_id_demandes_id_fk" FOREIGN KEY ("demande_id") REFERENCES "public"."demandes"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "messages_demandes" ADD CONSTRAINT "messages_demandes_utilisateur_id_utilisateurs_id_fk" FOREIGN KEY ("utilisateur_id") REFERENCES "public"."utilisateurs"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "parametres" ADD CONSTRAINT "parametres_modifie_par_utilisateurs_id_fk" FOREIGN KEY ("modifie_par") REFERENCES "public"."utilisateurs"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pieces_jointes_messages_demandes" ADD CONSTRAINT "pieces_jointes_messages_demandes_message_id_messages_demandes_id_fk" FOREIGN KEY ("message_id") REFERENCES "public"."messages_demandes"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pieces_remboursements" ADD CONSTRAINT "pieces_remboursements_remboursement_id_remboursements_id_fk" FOREIGN KEY ("remboursement_id") REFERENCES "public"."remboursements"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pieces_remboursements" ADD CONSTRAINT "pieces_remboursements_depose_par_utilisateurs_id_fk" FOREIGN KEY ("depose_par") REFERENCES "public"."utilisateurs"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "regles_decision_automatique" ADD CONSTRAINT "regles_decision_automatique_idcc_branches_idcc_fk" FOREIGN KEY ("idcc") REFERENCES "public"."branches"("idcc") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "regles_decision_automatique" ADD CONSTRAINT "regles_decision_automatique_modifie_par_utilisateurs_id_fk" FOREIGN KEY ("modifie_par") REFERENCES "public"."utilisateurs"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "remboursements" ADD CONSTRAINT "remboursements_demande_id_demandes_id_fk" FOREIGN KEY ("demande_id") REFERENCES "public"."demandes"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "remboursements" ADD CONSTRAINT "remboursements_compte_id_comptes_id_fk" FOREIGN KEY ("compte_id") REFERENCES "public"."comptes"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "remboursements" ADD CONSTRAINT "remboursements_etablissement_id_etablissements_id_fk" FOREIGN KEY ("etablissement_id") REFERENCES "public"."etablissements"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "remboursements" ADD CONSTRAINT "remboursements_demande_par_utilisateurs_id_fk" FOREIGN KEY ("demande_par") REFERENCES "public"."utilisateurs"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "remboursements" ADD CONSTRAINT "remboursements_examine_par_utilisateurs_id_fk" FOREIGN KEY ("examine_par") REFERENCES "public"."utilisateurs"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "remboursements" ADD CONSTRAINT "remboursements_lot_paiement_id_lots_paiement_id_fk" FOREIGN KEY ("lot_paiement_id") REFERENCES "public"."lots_paiement"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "vues_enregistrees" ADD CONSTRAINT "vues_enregistrees_utilisateur_id_utilisateurs_id_fk" FOREIGN KEY ("utilisateur_id") REFERENCES "public"."utilisateurs"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "lots_paiement_numero_uq" ON "lots_paiement" USING btree ("numero");--> statement-breakpoint
CREATE INDEX "lots_paiement_cree_le_idx" ON "lots_paiement" USING btree ("cree_le");--> statement-breakpoint
CREATE INDEX "messages_demandes_demande_idx" ON "messages_demandes" USING btree ("demande_id","cree_le");--> statement-breakpoint
CREATE INDEX "pieces_jointes_messages_demandes_message_idx" ON "pieces_jointes_messages_demandes" USING btree ("message_id");--> statement-breakpoint
CREATE INDEX "pieces_remboursements_remboursement_idx" ON "pieces_remboursements" USING btree ("remboursement_id");--> statement-breakpoint
CREATE UNIQUE INDEX "remboursements_numero_uq" ON "remboursements" USING btree ("numero");--> statement-breakpoint
CREATE UNIQUE INDEX "remboursements_idempotence_uq" ON "remboursements" USING btree ("cle_idempotence");--> statement-breakpoint
CREATE INDEX "remboursements_compte_statut_idx" ON "remboursements" USING btree ("compte_id","statut","cree_le");--> statement-breakpoint
CREATE INDEX "remboursements_etablissement_statut_idx" ON "remboursements" USING btree ("etablissement_id","statut","cree_le");--> statement-breakpoint
CREATE INDEX "remboursements_demande_idx" ON "remboursements" USING btree ("demande_id");--> statement-breakpoint
CREATE INDEX "remboursements_statut_idx" ON "remboursements" USING btree ("statut","cree_le");--> statement-breakpoint
CREATE INDEX "remboursements_lot_idx" ON "remboursements" USING btree ("lot_paiement_id");--> statement-breakpoint
CREATE UNIQUE INDEX "vues_enregistrees_utilisateur_nom_uq" ON "vues_enregistrees" USING btree ("utilisateur_id","nom");--> statement-breakpoint
CREATE UNIQUE INDEX "audit_sequence_uq" ON "audit" USING btree ("sequence");--> statement-breakpoint
CREATE INDEX "demandes_beneficiaire_trgm_idx" ON "demandes" USING gin (lower(f_unaccent("beneficiaire")) gin_trgm_ops);--> statement-breakpoint
-- The audit log is append-only and chained (issue 10): each row's SHA-256 covers the previous row's hash and
-- its own content. The sequence is taken under a transaction-scoped lock so that sequence order is commit
-- order and the chain never forks; updates and deletes are refused by the database itself.
CREATE OR REPLACE FUNCTION audit_chainer() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE precedente char(64);
BEGIN
  PERFORM pg_advisory_xact_lock(7345001);
  NEW.sequence := nextval(pg_get_serial_sequence('audit', 'sequence'));
  SELECT a.empreinte INTO precedente FROM audit a ORDER BY a.sequence DESC LIMIT 1;
  NEW.empreinte_precedente := precedente;
  NEW.empreinte := encode(sha256(convert_to(
    coalesce(precedente, '') || '|' || NEW.sequence::text || '|' || NEW.id::text || '|' || NEW.evenement || '|' ||
    coalesce(NEW.utilisateur_id::text, '') || '|' || coalesce(NEW.ip, '') || '|' || NEW.details::text || '|' ||
    to_char(NEW.cree_le AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US'), 'UTF8')), 'hex');
  RETURN NEW;
END $$;--> statement-breakpoint
CREATE TRIGGER audit_chainer BEFORE INSERT ON audit FOR EACH ROW EXECUTE FUNCTION audit_chainer();--> statement-breakpoint
CREATE OR REPLACE FUNCTION audit_lecture_seule() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'Le journal d''audit ne peut être ni modifié ni effacé.' USING ERRCODE = 'insufficient_privilege';
END $$;--> statement-breakpoint
CREATE TRIGGER audit_lecture_seule BEFORE UPDATE OR DELETE ON audit FOR EACH ROW EXECUTE FUNCTION audit_lecture_seule();