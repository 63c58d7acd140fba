import nodemailer from 'nodemailer';

export type OutgoingMail = { to: string; from: string; subject: string; text: string; html: string };
export type Mailer = { send: (mail: OutgoingMail) => Promise<void>; close: () => void } | undefined;

/** No SMTP_URL: no mailer, the messages stay in the `emails` table (development mailbox page). */
export function createMailer(smtpUrl: string | undefined): Mailer {
  if (!smtpUrl) return undefined;
  const transport = nodemailer.createTransport(smtpUrl);
  return {
    send: async (mail) => {
      await transport.sendMail(mail);
    },
    close: () => transport.close(),
  };
}
