import { z } from 'zod';

/**
 * « Télécharger mes données » (RGPD, right of access): everything the portal holds about the signed-in
 * employer that this person may see — the owner the whole account, a colleague their establishments.
 * Dates are ISO 8601 strings; amounts in euro cents; file contents are not included (name, size, SHA-256).
 */
const Ligne = z.record(z.string(), z.unknown());

export const MesDonneesSchema = z.object({
  format: z.literal('mes-services-en-ligne/mes-donnees@1'),
  genereLe: z.string(),
  opco: z.string(),
  personne: Ligne,
  compte: z.object({ id: z.string(), creeLe: z.string(), role: z.string(), collegues: z.array(Ligne) }),
  etablissements: z.array(Ligne),
  demandes: z.array(Ligne),
  remboursements: z.array(Ligne),
  demandesAssistance: z.array(Ligne),
  sessions: z.array(Ligne),
  emails: z.array(Ligne),
});
export type MesDonnees = z.infer<typeof MesDonneesSchema>;

/** The file name offered to the browser, e.g. mes-donnees-2026-12-02.json. */
export const nomFichierMesDonnees = (jour: string) => `mes-donnees-${jour}.json`;
