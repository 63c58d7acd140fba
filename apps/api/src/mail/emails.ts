import type { Tx } from '../db/transaction';
import { emails } from '../db/schema';
import { ENVOYER_EMAIL } from '../jobs/envoyer-email';

export type Message = { to: string; subject: string; text: string; html: string };

/** Stores the message and queues its sending in the caller's transaction (sent only if it commits). */
export async function programmerEmail(tx: Tx, message: Message, smtpConfigured: boolean): Promise<string> {
  const [row] = await tx.db
    .insert(emails)
    .values({
      destinataire: message.to,
      sujet: message.subject,
      texte: message.text,
      html: message.html,
      statut: smtpConfigured ? 'a_envoyer' : 'conserve',
    })
    .returning({ id: emails.id });
  if (smtpConfigured) await tx.enqueue(ENVOYER_EMAIL, { emailId: row!.id });
  return row!.id;
}
