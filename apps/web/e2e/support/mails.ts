import fs from 'node:fs';
import path from 'node:path';
import { simpleParser, type ParsedMail } from 'mailparser';

const dir = () => path.join(process.env.E2E_DATA_DIR!, 'mails');

/** Waits for the newest e-mail sent to `to` (after `depuis`), as received by the SMTP capture server. */
export async function attendreEmail(to: string, depuis: number, sujet?: RegExp): Promise<ParsedMail> {
  for (let i = 0; i < 100; i++) {
    const files = fs.existsSync(dir()) ? fs.readdirSync(dir()).sort().reverse() : [];
    for (const f of files) {
      if (Number(f.split('-')[0]) < depuis) continue;
      const mail = await simpleParser(fs.readFileSync(path.join(dir(), f)));
      const dest = Array.isArray(mail.to) ? mail.to.map((t) => t.text).join(',') : (mail.to?.text ?? '');
      if (dest.includes(to) && (!sujet || sujet.test(mail.subject ?? ''))) return mail;
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`aucun e-mail reçu pour ${to}`);
}

export function lienDuMail(mail: ParsedMail, libelle: string): string {
  const html = typeof mail.html === 'string' ? mail.html : '';
  const match = html.match(new RegExp(`<a href="([^"]+)"[^>]*>${libelle}</a>`));
  if (!match?.[1]) throw new Error(`pas de lien « ${libelle} » dans l’e-mail`);
  return match[1].replaceAll('&amp;', '&');
}
