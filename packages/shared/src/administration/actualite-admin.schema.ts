import { z } from 'zod';
import { texteObligatoire } from './champs';

/** Back office: the news of the home page ("Actualités"), with their publication window. */

export const TITRE_ACTUALITE_MAX = 200;
export const RESUME_ACTUALITE_MAX = 500;
export const CONTENU_ACTUALITE_MAX = 20_000;

const dateHeure = (libelle: string) => z.iso.datetime({ offset: true, error: `Le champ « ${libelle} » attend une date et une heure valides.` });

export const SaisieActualiteSchema = z
  .object({
    titre: texteObligatoire('Titre', TITRE_ACTUALITE_MAX),
    resume: texteObligatoire('Résumé', RESUME_ACTUALITE_MAX),
    contenu: texteObligatoire('Texte', CONTENU_ACTUALITE_MAX),
    publieLe: dateHeure('Publiée à partir du'),
    depublieLe: dateHeure('Retirée le').nullable().optional(),
  })
  .strict()
  .refine((a) => !a.depublieLe || new Date(a.depublieLe) > new Date(a.publieLe), {
    path: ['depublieLe'],
    message: 'La date de retrait doit suivre la date de publication.',
  });
export type SaisieActualite = z.infer<typeof SaisieActualiteSchema>;

export const StatutActualiteSchema = z.enum(['a_venir', 'publiee', 'retiree']);
export type StatutActualite = z.infer<typeof StatutActualiteSchema>;
export const LIBELLES_STATUT_ACTUALITE: Record<StatutActualite, string> = { a_venir: 'À venir', publiee: 'Publiée', retiree: 'Retirée' };

export const ActualiteAdminSchema = z.object({
  id: z.uuid(),
  titre: z.string(),
  resume: z.string(),
  contenu: z.string(),
  publieLe: z.iso.datetime({ offset: true }),
  depublieLe: z.iso.datetime({ offset: true }).nullable(),
  statut: StatutActualiteSchema,
  actions: z.array(z.enum(['modifier', 'retirer'])),
});
export type ActualiteAdmin = z.infer<typeof ActualiteAdminSchema>;

export const ActualitesAdminSchema = z.object({ actualites: z.array(ActualiteAdminSchema) });
export type ActualitesAdmin = z.infer<typeof ActualitesAdminSchema>;

/** Pure: where a news item stands at `now` (shown to employers only while "publiée"). */
export function statutActualite(a: { publieLe: Date; depublieLe: Date | null }, now: Date): StatutActualite {
  if (a.depublieLe && a.depublieLe <= now) return 'retiree';
  return a.publieLe <= now ? 'publiee' : 'a_venir';
}
