import { and, eq, isNull } from 'drizzle-orm';
import type { Db } from '../../db/database';
import { jetons } from '../../db/schema';
import { TransitionRefusee } from '../../errors';
import { hashToken, newToken } from './sessions.repository';

export type TypeJeton = (typeof jetons.$inferSelect)['type'];

export const DUREES_JETON_MS: Record<TypeJeton, number> = {
  reinitialisation: 60 * 60 * 1000,
  confirmation_email: 48 * 60 * 60 * 1000,
  changement_email: 24 * 60 * 60 * 1000,
  invitation: 7 * 24 * 60 * 60 * 1000,
};

export class JetonInvalide extends TransitionRefusee {}

/** Issues a new single-use token and voids the person's older tokens of the same type. */
export async function creerJeton(db: Db, type: TypeJeton, utilisateurId: string, now: Date, donnees: Record<string, string> = {}): Promise<string> {
  await db
    .update(jetons)
    .set({ utiliseLe: now })
    .where(and(eq(jetons.utilisateurId, utilisateurId), eq(jetons.type, type), isNull(jetons.utiliseLe)));
  const token = newToken();
  await db.insert(jetons).values({ type, utilisateurId, hash: hashToken(token), donnees, expireLe: new Date(now.getTime() + DUREES_JETON_MS[type]) });
  return token;
}

export type EtatJeton = 'valide' | 'expire' | 'utilise' | 'inconnu';

export async function lireJeton(db: Db, type: TypeJeton, token: string, now: Date) {
  const [row] = await db
    .select()
    .from(jetons)
    .where(and(eq(jetons.hash, hashToken(token)), eq(jetons.type, type)));
  const etat: EtatJeton = !row ? 'inconnu' : row.utiliseLe ? 'utilise' : row.expireLe <= now ? 'expire' : 'valide';
  return { etat, jeton: row };
}

const MESSAGES: Record<Exclude<EtatJeton, 'valide'>, string> = {
  inconnu: 'Ce lien n’est pas valide. Vérifiez que vous avez copié le lien complet, ou demandez-en un nouveau.',
  expire: 'Ce lien a expiré. Demandez-en un nouveau.',
  utilise: 'Ce lien a déjà été utilisé ou remplacé par un lien plus récent. Demandez-en un nouveau.',
};

export function messageJeton(etat: Exclude<EtatJeton, 'valide'>): string {
  return MESSAGES[etat];
}

/** Marks the token used, in the caller's transaction; refuses an unknown, expired or used token. */
export async function consommerJeton(db: Db, type: TypeJeton, token: string, now: Date) {
  const { etat, jeton } = await lireJeton(db, type, token, now);
  if (etat !== 'valide' || !jeton) throw new JetonInvalide(`jeton_${etat}`, messageJeton(etat as Exclude<EtatJeton, 'valide'>));
  const [used] = await db
    .update(jetons)
    .set({ utiliseLe: now })
    .where(and(eq(jetons.id, jeton.id), isNull(jetons.utiliseLe)))
    .returning();
  if (!used) throw new JetonInvalide('jeton_utilise', messageJeton('utilise'));
  return used;
}
