import { z } from 'zod';

export const EspaceSchema = z.enum(['entreprise', 'opco']);

/** What the browser knows of the signed-in person: enough for the company block and the menus. */
export const SessionSchema = z.object({
  utilisateur: z.object({
    id: z.uuid(),
    civilite: z.string().nullable(),
    prenom: z.string(),
    nom: z.string(),
    email: z.string(),
    role: z.enum(['proprietaire', 'collaborateur', 'lecture_seule', 'gestionnaire', 'superviseur', 'administrateur']),
    espace: EspaceSchema,
  }),
  entreprise: z
    .object({
      raisonSociale: z.string(),
      codePostal: z.string(),
      ville: z.string(),
      siret: z.string(),
      multiSiret: z.boolean(),
      nombreEtablissements: z.number().int(),
      idcc: z.string(),
      conventionLibelle: z.string(),
      classe: z.string(),
      /** SIRET of the establishment the user chose to work on; null for "Tous les établissements". */
      etablissementCourant: z.string().nullable(),
    })
    .nullable(),
  csrfToken: z.string(),
});
export type Session = z.infer<typeof SessionSchema>;
