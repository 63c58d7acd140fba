import { eq } from 'drizzle-orm';
import { utilisateurs } from '../db/schema';
import { creerSession } from '../modules/identite/sessions.repository';
import type { TestContext } from './app';

/** A person signed in straight through a session (cookie + CSRF token), with the verbs the route tests use. */
export async function clientConnecte(ctx: TestContext, email: string) {
  const { db } = ctx.database;
  const [u] = await db.select().from(utilisateurs).where(eq(utilisateurs.email, email));
  if (!u) throw new Error(`compte de test inconnu : ${email}`);
  const { token, csrfToken } = await creerSession(db, { utilisateurId: u.id, seSouvenir: false, ip: '127.0.0.1', userAgent: undefined, now: ctx.clock.now });
  const headers = { cookie: `mse_session=${token}`, 'x-csrf-token': csrfToken };
  return {
    id: u.id,
    get: (url: string) => ctx.app.inject({ url, headers }),
    post: (url: string, payload?: object) => ctx.app.inject({ method: 'POST', url, ...(payload ? { payload } : {}), headers }),
    put: (url: string, payload: object) => ctx.app.inject({ method: 'PUT', url, payload, headers }),
    delete: (url: string) => ctx.app.inject({ method: 'DELETE', url, headers }),
  };
}
