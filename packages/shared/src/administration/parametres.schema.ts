import { z } from 'zod';
import { texteObligatoire } from './champs';

/** The OPCO's settings edited by an administrator: its name and the support's phone and hours (logo apart: an upload). */
export const ParametresOpcoSchema = z
  .object({
    nom: texteObligatoire('Nom de l’OPCO', 80),
    supportTelephone: texteObligatoire('Téléphone de l’assistance', 30).regex(
      /^\+?[\d .()-]{6,30}$/,
      'Le téléphone de l’assistance ne contient que des chiffres, des espaces, des points, des tirets et un « + » initial.',
    ),
    supportHoraires: texteObligatoire('Horaires de l’assistance', 200),
  })
  .strict();
export type ParametresOpco = z.infer<typeof ParametresOpcoSchema>;

export const ParametresAdminSchema = z.object({
  opco: ParametresOpcoSchema,
  logo: z.object({ url: z.string(), nom: z.string(), taille: z.number().int() }).nullable(),
  modifieLe: z.iso.datetime({ offset: true }).nullable(),
  modifiePar: z.string().nullable(),
});
export type ParametresAdmin = z.infer<typeof ParametresAdminSchema>;

export const LOGO_TAILLE_MAX = 500 * 1024;
export const TYPES_LOGO = ['image/png', 'image/jpeg'] as const;
