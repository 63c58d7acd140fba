import { limitationConnexion, FENETRE_LIMITATION_MINUTES } from '@mse/shared/identite/limitation';
import { and, count, eq, gt, lt, max } from 'drizzle-orm';
import type { Db } from '../../db/database';
import { echecsConnexion } from '../../db/schema';
import { TropDeTentatives } from '../../errors';

export const cleEmail = (email: string) => `email:${email.toLowerCase()}`;
export const cleIp = (ip: string) => `ip:${ip}`;

async function etat(db: Db, cle: string, now: Date) {
  const depuis = new Date(now.getTime() - FENETRE_LIMITATION_MINUTES * 60_000);
  const [row] = await db
    .select({ n: count(), dernier: max(echecsConnexion.creeLe) })
    .from(echecsConnexion)
    .where(and(eq(echecsConnexion.cle, cle), gt(echecsConnexion.creeLe, depuis)));
  const secondes = row?.dernier ? (now.getTime() - row.dernier.getTime()) / 1000 : Infinity;
  return limitationConnexion(row?.n ?? 0, secondes);
}

/** Throws 429 (with Retry-After) while any of the keys is throttled. Returns whether an e-mail key is locked. */
export async function verifierLimitation(db: Db, cles: string[], now: Date): Promise<void> {
  for (const cle of cles) {
    const l = await etat(db, cle, now);
    if (!l.autorise) {
      throw new TropDeTentatives(
        l.attenteSecondes,
        l.bloque
          ? `Trop de tentatives : par sécurité, la connexion est suspendue pendant ${Math.ceil(l.attenteSecondes / 60)} minute(s).`
          : `Trop de tentatives : réessayez dans ${l.attenteSecondes} seconde(s).`,
      );
    }
  }
}

/** Records a failure for each key; returns true when this failure just locked the e-mail key. */
export async function enregistrerEchec(db: Db, cles: string[], now: Date): Promise<boolean> {
  await db.insert(echecsConnexion).values(cles.map((cle) => ({ cle, creeLe: now })));
  const email = cles.find((c) => c.startsWith('email:'));
  if (!email) return false;
  const l = await etat(db, email, now);
  return !l.autorise && l.bloque && l.attenteSecondes >= 15 * 60 - 1;
}

export async function effacerEchecs(db: Db, cle: string): Promise<void> {
  await db.delete(echecsConnexion).where(eq(echecsConnexion.cle, cle));
}

export async function purgerEchecs(db: Db, now: Date): Promise<void> {
  await db.delete(echecsConnexion).where(lt(echecsConnexion.creeLe, new Date(now.getTime() - 24 * 3600_000)));
}
