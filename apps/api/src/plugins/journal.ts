import type { Writable } from 'node:stream';
import type { FastifyServerOptions } from 'fastify';
import type { Config } from '../config/env';

/**
 * The application's logs: one JSON object a line (pino), with no personal data. Secrets never appear
 * (passwords, tokens, cookies, authorization headers: "[masqué]"); e-mail addresses are masked
 * (j***@a***.test), a NIR or an IBAN is replaced, in messages, URLs (query strings) and fields alike.
 */
const MASQUE = '[masqué]';

const CLES_SECRETES = [
  'motDePasse', 'motDePasseActuel', 'nouveauMotDePasse', 'confirmation', 'password', 'token', 'jeton', 'csrfToken', 'secret',
  'nir', 'numeroSecuriteSociale', 'iban', 'bic', 'cookie', 'authorization',
];

export const CHEMINS_MASQUES = [
  'req.headers.cookie',
  'req.headers.authorization',
  'req.headers["x-csrf-token"]',
  'res.headers["set-cookie"]',
  ...CLES_SECRETES.flatMap((cle) => [cle, `*.${cle}`, `*.*.${cle}`]),
];

const EMAIL = /([A-Za-z0-9._%+-])[A-Za-z0-9._%+-]*@([A-Za-z0-9])[A-Za-z0-9-]*((?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,})/g;
/** A NIR: sex, year, month, department (2A/2B), commune, order, optional key; spaces allowed. */
const NIR = /\b[12][\s.]?\d{2}[\s.]?(?:0[1-9]|1[0-2]|[2-9]\d)[\s.]?(?:\d{2}|2[AB])[\s.]?\d{3}[\s.]?\d{3}(?:[\s.]?\d{2})?\b/gi;
const IBAN = /\b[A-Z]{2}\d{2}(?:\s?[A-Z0-9]{4}){2,7}(?:\s?[A-Z0-9]{1,4})?\b/g;
const PARAMETRE_SECRET = new RegExp(`([?&](?:${CLES_SECRETES.join('|')}|email)=)[^&#]*`, 'gi');

/** "julien.martin@au-pain-dore.test" → "j***@a***.test"; a NIR or an IBAN → "[NIR masqué]", "[IBAN masqué]". */
export function masquerDonneesPersonnelles(texte: string): string {
  return texte
    .replace(PARAMETRE_SECRET, `$1${MASQUE}`)
    .replace(EMAIL, (_, initiale: string, domaine: string, fin: string) => `${initiale}***@${domaine}***${fin.slice(fin.lastIndexOf('.'))}`)
    .replace(IBAN, '[IBAN masqué]')
    .replace(NIR, '[NIR masqué]');
}

/** Strings of plain objects, arrays and errors; `req`/`res` have their own serializers, other objects are left alone. */
function masquerTout(valeur: unknown, profondeur = 0): unknown {
  if (typeof valeur === 'string') return masquerDonneesPersonnelles(valeur);
  if (!valeur || typeof valeur !== 'object' || profondeur > 8) return valeur;
  if (Array.isArray(valeur)) return valeur.map((v) => masquerTout(v, profondeur + 1));
  if (valeur instanceof Error) {
    const erreur = new Error(masquerDonneesPersonnelles(valeur.message));
    erreur.name = valeur.name;
    erreur.stack = masquerDonneesPersonnelles(valeur.stack ?? '');
    for (const [k, v] of Object.entries(valeur)) Object.assign(erreur, { [k]: masquerTout(v, profondeur + 1) });
    return erreur;
  }
  const prototype = Object.getPrototypeOf(valeur);
  if (prototype !== Object.prototype && prototype !== null) return valeur;
  return Object.fromEntries(Object.entries(valeur).map(([k, v]) => [k, k === 'req' || k === 'res' ? v : masquerTout(v, profondeur + 1)]));
}

export function optionsJournal(config: Pick<Config, 'logLevel'>, destination?: Writable): Exclude<FastifyServerOptions['logger'], boolean | undefined> {
  return {
    level: config.logLevel,
    ...(destination ? { stream: destination } : {}),
    redact: { paths: CHEMINS_MASQUES, censor: MASQUE },
    serializers: {
      req: (req: { method: string; url: string; id: string; ip?: string; socket?: { remoteAddress?: string } }) => ({
        id: req.id,
        method: req.method,
        url: masquerDonneesPersonnelles(req.url),
        remoteAddress: req.ip ?? req.socket?.remoteAddress,
      }),
    },
    formatters: {
      log: (objet: Record<string, unknown>) => masquerTout(objet) as Record<string, unknown>,
    },
    hooks: {
      logMethod(args: unknown[], method: (...a: unknown[]) => void) {
        method.apply(this, args.map((a) => (typeof a === 'string' || a instanceof Error ? masquerTout(a) : a)));
      },
    },
  };
}
