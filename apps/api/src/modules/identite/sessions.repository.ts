import { createHash, randomBytes } from 'node:crypto';
import { and, eq, gt, lt } from 'drizzle-orm';
import type { Db } from '../../db/database';
import { sessions, utilisateurs } from '../../db/schema';

export const DUREE_INACTIVITE_MS = 30 * 60 * 1000;
export const DUREE_SE_SOUVENIR_MS = 30 * 24 * 60 * 60 * 1000;

export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

export function newToken(): string {
  return randomBytes(32).toString('base64url');
}

export function expiration(now: Date, seSouvenir: boolean): Date {
  return new Date(now.getTime() + (seSouvenir ? DUREE_SE_SOUVENIR_MS : DUREE_INACTIVITE_MS));
}

export async function creerSession(
  db: Db,
  input: { utilisateurId: string; seSouvenir: boolean; ip: string; userAgent: string | undefined; now: Date },
): Promise<{ token: string; csrfToken: string; expireLe: Date }> {
  const token = newToken();
  const csrfToken = newToken();
  const expireLe = expiration(input.now, input.seSouvenir);
  await db.insert(sessions).values({
    idHash: hashToken(token),
    utilisateurId: input.utilisateurId,
    csrfToken,
    seSouvenir: input.seSouvenir,
    expireLe,
    vuLe: input.now,
    ip: input.ip,
    userAgent: input.userAgent?.slice(0, 300),
  });
  return { token, csrfToken, expireLe };
}

export async function trouverSession(db: Db, token: string, now: Date) {
  const [row] = await db
    .select({ session: sessions, utilisateur: utilisateurs })
    .from(sessions)
    .innerJoin(utilisateurs, eq(utilisateurs.id, sessions.utilisateurId))
    .where(and(eq(sessions.idHash, hashToken(token)), gt(sessions.expireLe, now)));
  return row;
}

/** Sliding expiry, written at most once a minute so that reading pages does not mean writing rows. */
export async function prolongerSession(db: Db, idHash: string, seSouvenir: boolean, vuLe: Date, now: Date): Promise<void> {
  if (now.getTime() - vuLe.getTime() < 60_000) return;
  await db.update(sessions).set({ vuLe: now, expireLe: expiration(now, seSouvenir) }).where(eq(sessions.idHash, idHash));
}

export async function supprimerSession(db: Db, idHash: string): Promise<void> {
  await db.delete(sessions).where(eq(sessions.idHash, idHash));
}

export async function supprimerSessionsExpirees(db: Db, now: Date): Promise<void> {
  await db.delete(sessions).where(lt(sessions.expireLe, now));
}
