import type { ParametresOpco } from '@mse/shared/administration/parametres.schema';
import { LOGO_TAILLE_MAX, TYPES_LOGO } from '@mse/shared/administration/parametres.schema';
import { MESSAGE_TYPE_FICHIER } from '@mse/shared/commun/fichier';
import { eq } from 'drizzle-orm';
import { parametres } from '../../db/schema-suivi';
import { transaction } from '../../db/transaction';
import { analyserFichier, AntivirusIndisponible } from '../../fichiers/antivirus';
import type { FichierRecu } from '../../fichiers/stockage';
import { stockageDe, stockerFichier, supprimerFichier, verifierFichier } from '../../fichiers/stockage';
import { DonneesInvalides, ServiceIndisponible } from '../../errors';
import type { Administrateur } from '../../policies/administration';
import type { Contexte } from '../identite/contexte';
import { CLE_LOGO, CLE_OPCO, type LogoStocke } from './parametres.repository';
import { tracer } from './tracer';

export const CHAMP_LOGO = 'logo';
export const MESSAGE_TYPE_LOGO = 'Le logo doit être une image PNG ou JPEG.';

/** Name and support contact of the OPCO: saved as one value, what the portal shows from the next page loaded. */
export async function modifierParametresOpco(ctx: Contexte, acteur: Administrateur, saisie: ParametresOpco): Promise<void> {
  await transaction(ctx.database, ctx.boss, async ({ db }) => {
    const [avant] = await db.select({ valeur: parametres.valeur }).from(parametres).where(eq(parametres.cle, CLE_OPCO));
    await db
      .insert(parametres)
      .values({ cle: CLE_OPCO, valeur: saisie, modifiePar: acteur.id, modifieLe: ctx.now })
      .onConflictDoUpdate({ target: parametres.cle, set: { valeur: saisie, modifiePar: acteur.id, modifieLe: ctx.now } });
    await tracer(db, acteur, ctx.ip, 'parametres_modifies', { avant: avant?.valeur ?? ctx.config.opco, apres: saisie });
  });
}

/**
 * A new logo: type read from the bytes (PNG or JPEG only), size bounded, scanned by the antivirus, then
 * stored with the other files (local or S3). The previous logo's file is removed once the new one is saved.
 */
export async function deposerLogo(ctx: Contexte, acteur: Administrateur, fichier: FichierRecu | undefined): Promise<LogoStocke> {
  if (!fichier) throw new DonneesInvalides([{ chemin: CHAMP_LOGO, message: 'Choisissez l’image du logo.' }]);
  const verifie = await verifierFichier(fichier, LOGO_TAILLE_MAX);
  // The shared check's type message speaks of PDF too: a logo is an image.
  if ('erreur' in verifie) throw new DonneesInvalides([{ chemin: CHAMP_LOGO, message: verifie.erreur === MESSAGE_TYPE_FICHIER ? MESSAGE_TYPE_LOGO : verifie.erreur }]);
  if (!(TYPES_LOGO as readonly string[]).includes(verifie.type)) throw new DonneesInvalides([{ chemin: CHAMP_LOGO, message: MESSAGE_TYPE_LOGO }]);
  try {
    const analyse = await analyserFichier(ctx.config.clamd, verifie.octets);
    if (!analyse.sain) throw new DonneesInvalides([{ chemin: CHAMP_LOGO, message: 'Ce fichier contient un virus : il a été refusé.' }]);
  } catch (erreur) {
    if (erreur instanceof AntivirusIndisponible) throw new ServiceIndisponible('L’analyse antivirus des fichiers est momentanément indisponible : réessayez dans quelques minutes.');
    throw erreur;
  }
  const stockage = stockageDe(ctx.config);
  const stocke = await stockerFichier(stockage, 'administration', verifie, ctx.now);
  const logo: LogoStocke = { nom: stocke.nom, type: verifie.type as LogoStocke['type'], taille: stocke.taille, sha256: stocke.sha256, cle: stocke.cle };
  let ancien: LogoStocke | undefined;
  try {
    await transaction(ctx.database, ctx.boss, async ({ db }) => {
      const [avant] = await db.select({ valeur: parametres.valeur }).from(parametres).where(eq(parametres.cle, CLE_LOGO)).for('update');
      ancien = (avant?.valeur as LogoStocke | undefined) ?? undefined;
      await db
        .insert(parametres)
        .values({ cle: CLE_LOGO, valeur: logo, modifiePar: acteur.id, modifieLe: ctx.now })
        .onConflictDoUpdate({ target: parametres.cle, set: { valeur: logo, modifiePar: acteur.id, modifieLe: ctx.now } });
      await tracer(db, acteur, ctx.ip, 'logo_modifie', { nom: logo.nom, taille: logo.taille, sha256: logo.sha256 });
    });
  } catch (erreur) {
    await supprimerFichier(stockage, stocke.cle).catch(() => undefined);
    throw erreur;
  }
  if (ancien?.cle) await supprimerFichier(stockage, ancien.cle).catch(() => undefined);
  return logo;
}
