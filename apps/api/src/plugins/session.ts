import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { AppDeps } from '../app';
import type { utilisateurs } from '../db/schema';
import { Interdit } from '../errors';
import { prolongerSession, trouverSession, DUREE_SE_SOUVENIR_MS } from '../modules/identite/sessions.repository';

export const SESSION_COOKIE = 'mse_session';

export type Utilisateur = typeof utilisateurs.$inferSelect;
export type SessionCourante = { idHash: string; csrfToken: string; seSouvenir: boolean; utilisateur: Utilisateur };

declare module 'fastify' {
  interface FastifyRequest {
    session: SessionCourante | null;
  }
}

const METHODES_SURES = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * Loads the signed-in person from the session cookie on every API request, and refuses a
 * state-changing request of a signed-in person that lacks the session's CSRF token.
 */
export function registerSession(app: FastifyInstance, deps: AppDeps): void {
  app.decorateRequest('session', null);
  app.addHook('onRequest', async (request) => {
    if (!request.url.startsWith('/api/')) return;
    const token = request.cookies[SESSION_COOKIE];
    if (!token) return;
    const now = deps.now();
    const found = await trouverSession(deps.database.db, token, now);
    if (!found) return;
    request.session = {
      idHash: found.session.idHash,
      csrfToken: found.session.csrfToken,
      seSouvenir: found.session.seSouvenir,
      utilisateur: found.utilisateur,
    };
    await prolongerSession(deps.database.db, found.session.idHash, found.session.seSouvenir, found.session.vuLe, now);
    if (!METHODES_SURES.has(request.method) && request.headers['x-csrf-token'] !== found.session.csrfToken) {
      throw new Interdit('Jeton de sécurité manquant ou périmé : rechargez la page puis réessayez.');
    }
  });
}

export function setSessionCookie(reply: FastifyReply, token: string, seSouvenir: boolean, secure: boolean): void {
  reply.setCookie(SESSION_COOKIE, token, {
    httpOnly: true,
    sameSite: 'lax',
    secure,
    path: '/',
    // Without "Se souvenir de moi" the cookie dies with the browser (and the server expires it after 30 min idle).
    ...(seSouvenir ? { maxAge: DUREE_SE_SOUVENIR_MS / 1000 } : {}),
  });
}

export function clearSessionCookie(reply: FastifyReply, secure: boolean): void {
  reply.clearCookie(SESSION_COOKIE, { path: '/', httpOnly: true, sameSite: 'lax', secure });
}

export function ipOf(request: FastifyRequest): string {
  return request.ip;
}
