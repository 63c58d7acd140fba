import { ParametresOpcoSchema, type ParametresOpco } from '@mse/shared/administration/parametres.schema';
import { eq, inArray } from 'drizzle-orm';
import type { Config } from '../../config/env';
import type { Db } from '../../db/database';
import { utilisateurs } from '../../db/schema';
import { parametres } from '../../db/schema-suivi';

/**
 * The OPCO's settings (table `parametres`, one row per key). Until an administrator saves them, the
 * values come from the environment (OPCO_NOM, SUPPORT_TELEPHONE, SUPPORT_HORAIRES), so that a fresh
 * installation shows what it was configured with.
 */
export const CLE_OPCO = 'opco';
export const CLE_LOGO = 'logo';

export type LogoStocke = { nom: string; type: 'image/png' | 'image/jpeg'; taille: number; sha256: string; cle: string };

export async function lireParametres(db: Db, config: Pick<Config, 'opco'>) {
  const lignes = await db
    .select({ cle: parametres.cle, valeur: parametres.valeur, modifieLe: parametres.modifieLe, prenom: utilisateurs.prenom, nom: utilisateurs.nom })
    .from(parametres)
    .leftJoin(utilisateurs, eq(utilisateurs.id, parametres.modifiePar))
    .where(inArray(parametres.cle, [CLE_OPCO, CLE_LOGO]));
  const opcoLigne = lignes.find((l) => l.cle === CLE_OPCO);
  const logoLigne = lignes.find((l) => l.cle === CLE_LOGO);
  // A value saved by an older version that no longer passes the schema falls back field by field.
  const enregistre = ParametresOpcoSchema.partial().safeParse(opcoLigne?.valeur ?? {});
  const opco: ParametresOpco = { ...config.opco, ...(enregistre.success ? enregistre.data : {}) };
  const derniere = [opcoLigne, logoLigne].filter((l) => !!l).sort((a, b) => b.modifieLe.getTime() - a.modifieLe.getTime())[0];
  return {
    opco,
    logo: (logoLigne?.valeur as LogoStocke | null | undefined) ?? null,
    modifieLe: derniere?.modifieLe ?? null,
    modifiePar: derniere?.prenom ? `${derniere.prenom} ${derniere.nom}` : null,
  };
}

/** The logo's public address: changes with its bytes, so that browsers may keep it in cache. */
export const urlLogo = (logo: LogoStocke) => `/api/configuration/logo?v=${logo.sha256.slice(0, 12)}`;
