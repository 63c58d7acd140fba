import { eq, sql } from 'drizzle-orm';
import { z } from 'zod';
import type { Database } from '../db/database';
import { emails } from '../db/schema';
import type { Mailer } from '../mail/mailer';
import type { Job } from '../plugins/job';

export const ENVOYER_EMAIL = 'envoyer-email';

const Payload = z.object({ emailId: z.uuid() });

/** Sends one stored e-mail; a failure throws so that pg-boss retries it with backoff. */
export function envoyerEmailJob(database: Database, mailer: Mailer, from: string): Job<z.infer<typeof Payload>> {
  return {
    name: ENVOYER_EMAIL,
    payload: Payload,
    handle: async ({ emailId }) => {
      const [mail] = await database.db.select().from(emails).where(eq(emails.id, emailId));
      if (!mail || mail.statut === 'envoye' || !mailer) return;
      try {
        await mailer.send({ to: mail.destinataire, from, subject: mail.sujet, text: mail.texte, html: mail.html });
        await database.db.update(emails).set({ statut: 'envoye', envoyeLe: new Date(), tentatives: sql`${emails.tentatives} + 1` }).where(eq(emails.id, emailId));
      } catch (error) {
        await database.db
          .update(emails)
          .set({ tentatives: sql`${emails.tentatives} + 1`, derniereErreur: (error as Error).message.slice(0, 500) })
          .where(eq(emails.id, emailId));
        throw error;
      }
    },
  };
}
