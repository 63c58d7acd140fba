import { desc } from 'drizzle-orm';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppDeps } from '../../app';
import { emails } from '../../db/schema';

const BoiteMail = z.object({
  emails: z.array(
    z.object({ id: z.uuid(), destinataire: z.string(), sujet: z.string(), texte: z.string(), html: z.string(), statut: z.string(), creeLe: z.string() }),
  ),
});

/** Development only: the e-mails the portal would have sent, when no SMTP server is configured. */
export function boiteMailRoutes(deps: AppDeps): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/api/dev/emails',
      { schema: { tags: ['développement'], summary: 'Boîte mail de développement (hors production)', response: { 200: BoiteMail } } },
      async () => {
        const rows = await deps.database.db.select().from(emails).orderBy(desc(emails.creeLe)).limit(50);
        return { emails: rows.map((r) => ({ ...r, creeLe: r.creeLe.toISOString() })) };
      },
    );
  };
}
