import { z } from 'zod';

/** Life cycle of a funding request (DOMAIN.md §3); the words are the seed's, the labels the screens'. */
export const STATUTS_DEMANDE = [
  'brouillon',
  'envoye',
  'en_cours_de_traitement',
  'a_completer',
  'pris_en_charge',
  'facturation_en_cours',
  'solde',
  'annule',
  'refuse',
] as const;
export const StatutDemandeSchema = z.enum(STATUTS_DEMANDE);
export type StatutDemande = z.infer<typeof StatutDemandeSchema>;

/** The business verbs that move a request from one status to another. */
export const ACTIONS_DEMANDE = [
  'soumettre',
  'commencerInstruction',
  'demanderComplements',
  'completer',
  'accepter',
  'refuser',
  'annuler',
  'declarerRealisation',
  'solder',
] as const;
export const ActionDemandeSchema = z.enum(ACTIONS_DEMANDE);
export type ActionDemande = z.infer<typeof ActionDemandeSchema>;
