import { eq } from 'drizzle-orm';
import PgBoss from 'pg-boss';
import { afterAll, describe, expect, it } from 'vitest';
import { emails } from '../db/schema';
import { transaction } from '../db/transaction';
import { envoyerEmailJob } from '../jobs/envoyer-email';
import { createQueues, startWorkers } from '../plugins/queue';
import { testDatabase } from '../test/database';
import { testSmtpServer } from '../test/smtp';
import { createMailer } from './mailer';
import { programmerEmail } from './emails';

describe('envoi des e-mails après validation', async () => {
  const database = await testDatabase();
  const smtp = await testSmtpServer();
  const boss = new PgBoss({ connectionString: database.url, schema: 'pgboss', supervise: false, schedule: false });
  await boss.start();
  const job = envoyerEmailJob(database, createMailer(smtp.url), 'Opco EP <ne-pas-repondre@opco.test>');
  await createQueues(boss, [job]);
  await startWorkers(boss, [job]);
  afterAll(() => boss.stop({ graceful: false, wait: true }));

  it('envoie par SMTP le message programmé dans une transaction validée', async () => {
    const id = await transaction(database, boss, (tx) =>
      programmerEmail(tx, { to: 'julien.martin@au-pain-dore.test', subject: 'Bienvenue', text: 'Bonjour Julien', html: '<p>Bonjour Julien</p>' }, true),
    );
    await smtp.waitFor(1);
    expect(smtp.messages[0]).toMatchObject({ subject: 'Bienvenue', text: 'Bonjour Julien' });
    expect(smtp.messages[0]?.from?.text).toContain('ne-pas-repondre@opco.test');
    for (let i = 0; i < 50; i++) {
      const [row] = await database.db.select().from(emails).where(eq(emails.id, id));
      if (row?.statut === 'envoye') return;
      await new Promise((r) => setTimeout(r, 100));
    }
    throw new Error('le message n’est pas marqué envoyé');
  });

  it('n’envoie rien et ne garde rien quand la transaction est annulée', async () => {
    const avant = smtp.messages.length;
    await expect(
      transaction(database, boss, async (tx) => {
        await programmerEmail(tx, { to: 'x@y.test', subject: 'Jamais', text: 'non', html: '<p>non</p>' }, true);
        throw new Error('échec de la commande');
      }),
    ).rejects.toThrow('échec de la commande');
    await new Promise((r) => setTimeout(r, 1500));
    expect(smtp.messages.length).toBe(avant);
    expect(await database.db.select().from(emails).where(eq(emails.sujet, 'Jamais'))).toHaveLength(0);
  });
});
