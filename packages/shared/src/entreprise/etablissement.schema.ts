import { z } from 'zod';
import { SiretSchema } from '../identifiants/identifiants.schema';

/** "Mon entreprise": the establishments of the signed-in employer's account. */

export const TRIS_ETABLISSEMENTS = ['raisonSociale', 'ville', 'siret'] as const;
export const TriEtablissementsSchema = z.enum(TRIS_ETABLISSEMENTS, {
  error: 'Tri inconnu : choisissez raisonSociale, ville ou siret',
});
export type TriEtablissements = z.infer<typeof TriEtablissementsSchema>;

export const OrdreSchema = z.enum(['asc', 'desc'], { error: 'Ordre inconnu : choisissez asc ou desc' });
export type Ordre = z.infer<typeof OrdreSchema>;

export const TAILLE_PAGE_MAX = 100;

/** Query string of GET /api/etablissements. `apres` is the opaque cursor of the previous page's answer. */
export const RechercheEtablissementsSchema = z.object({
  q: z.string().trim().max(100, { error: 'La recherche fait au plus 100 caractères' }).optional(),
  tri: TriEtablissementsSchema.default('raisonSociale'),
  ordre: OrdreSchema.default('asc'),
  taille: z.coerce
    .number({ error: `La taille de page est un nombre entier de 1 à ${TAILLE_PAGE_MAX}` })
    .int({ error: `La taille de page est un nombre entier de 1 à ${TAILLE_PAGE_MAX}` })
    .min(1, { error: `La taille de page est un nombre entier de 1 à ${TAILLE_PAGE_MAX}` })
    .max(TAILLE_PAGE_MAX, { error: `La taille de page est un nombre entier de 1 à ${TAILLE_PAGE_MAX}` })
    .default(20),
  apres: z.string().min(1).max(500, { error: 'Curseur de pagination invalide' }).optional(),
});
export type RechercheEtablissements = z.input<typeof RechercheEtablissementsSchema>;

export const EtablissementResumeSchema = z.object({
  siret: z.string(),
  siretFormate: z.string(),
  raisonSociale: z.string(),
  adresse: z.string(),
  codePostal: z.string(),
  ville: z.string(),
  /** The establishment the user works on (see PUT /api/etablissement-courant). */
  courant: z.boolean(),
});
export type EtablissementResume = z.infer<typeof EtablissementResumeSchema>;

export const PageEtablissementsSchema = z.object({
  etablissements: z.array(EtablissementResumeSchema),
  /** How many establishments match the search, over all pages. */
  total: z.number().int(),
  /** Cursor of the next page (to send back as `apres`); null on the last page. */
  suivant: z.string().nullable(),
});
export type PageEtablissements = z.infer<typeof PageEtablissementsSchema>;

export const RoleEmployeurSchema = z.enum(['proprietaire', 'collaborateur', 'lecture_seule']);
export type RoleEmployeur = z.infer<typeof RoleEmployeurSchema>;

export const EtablissementDetailSchema = z.object({
  siret: z.string(),
  siretFormate: z.string(),
  siren: z.string(),
  sirenFormate: z.string(),
  raisonSociale: z.string(),
  adresse: z.string(),
  codePostal: z.string(),
  ville: z.string(),
  naf: z.object({ code: z.string(), codeFormate: z.string(), libelle: z.string().nullable() }),
  convention: z.object({ idcc: z.string(), libelle: z.string() }),
  effectif: z.number().int(),
  classe: z.object({ code: z.enum(['moins_de_11', 'de_11_a_49', 'plus_de_50']), libelle: z.string() }),
  dateAdhesion: z.iso.date(),
  numeroAdherent: z.string(),
  /** The people who may see this establishment. */
  personnes: z.array(
    z.object({
      civilite: z.string().nullable(),
      prenom: z.string(),
      nom: z.string(),
      email: z.string(),
      role: RoleEmployeurSchema,
    }),
  ),
  courant: z.boolean(),
});
export type EtablissementDetail = z.infer<typeof EtablissementDetailSchema>;

/** Body of PUT /api/etablissement-courant: a SIRET of the account, or null for "Tous les établissements". */
export const ChoixEtablissementCourantSchema = z.object({ siret: SiretSchema.nullable() });
export type ChoixEtablissementCourant = z.input<typeof ChoixEtablissementCourantSchema>;
