import path from 'node:path';
import { z } from 'zod';

/**
 * The whole configuration, read once from the environment. Nothing else reads process.env:
 * a wrong value stops the start with a message naming the variable.
 */
const booleen = z.enum(['true', 'false', '1', '0']).transform((v) => v === 'true' || v === '1');

export const EnvSchema = z
  .object({
    NODE_ENV: z.enum(['development', 'test', 'production']).default('development'),
    HOST: z.string().min(1).default('127.0.0.1'),
    PORT: z.coerce.number().int().min(1).max(65535).default(3000),
    PUBLIC_URL: z.url().optional(),
    DATABASE_URL: z
      .string()
      .regex(/^postgres(ql)?:\/\//, 'doit commencer par postgres:// ou postgresql://')
      .optional(),
    PG_DATA_DIR: z.string().min(1).default('data/postgres'),
    PG_PORT: z.coerce.number().int().min(1).max(65535).optional(),
    FILES_DIR: z.string().min(1).default('data/files'),
    APP_SECRET: z.string().min(32, 'doit faire au moins 32 caractères').optional(),
    SMTP_URL: z
      .string()
      .regex(/^smtps?:\/\//, 'doit commencer par smtp:// ou smtps://')
      .optional(),
    MAIL_FROM: z.string().min(3).default('Mes services en ligne <ne-pas-repondre@localhost>'),
    OPCO_NOM: z.string().min(1).default('Opco EP'),
    SUPPORT_TELEPHONE: z.string().min(1).default('09 70 838 837'),
    SUPPORT_HORAIRES: z.string().min(1).default('du lundi au vendredi de 5h à 23h'),
    DEMO_DATA: booleen.optional(),
    LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
    TRUST_PROXY: booleen.default(false),
    WORKER: z.enum(['inline', 'off']).default('inline'),
    /** The ClamAV daemon that scans every uploaded piece before it is stored; none: no scan. */
    CLAMD_URL: z
      .string()
      .regex(/^tcp:\/\/[^:/\s]+:\d{1,5}$/, 'doit être de la forme tcp://hôte:port (ex. tcp://127.0.0.1:3310)')
      .optional(),
  })
  .superRefine((env, ctx) => {
    if (env.NODE_ENV === 'production' && !env.APP_SECRET) {
      ctx.addIssue({
        code: 'custom',
        path: ['APP_SECRET'],
        message: 'obligatoire en production (32 caractères aléatoires au moins, ex. `openssl rand -hex 32`)',
      });
    }
    if (env.NODE_ENV === 'production' && env.DEMO_DATA === true) {
      ctx.addIssue({
        code: 'custom',
        path: ['DEMO_DATA'],
        message: 'les données de démonstration sont interdites en production',
      });
    }
  });

export type Env = z.output<typeof EnvSchema>;

export type Config = {
  env: Env['NODE_ENV'];
  host: string;
  port: number;
  publicUrl: string;
  databaseUrl: string | undefined;
  pgDataDir: string;
  pgPort: number | undefined;
  filesDir: string;
  appSecret: string;
  smtpUrl: string | undefined;
  mailFrom: string;
  opco: { nom: string; supportTelephone: string; supportHoraires: string };
  demoData: boolean;
  logLevel: Env['LOG_LEVEL'];
  trustProxy: boolean;
  inlineWorker: boolean;
  clamd: { host: string; port: number } | undefined;
};

/** Development-only secret: production refuses to start without APP_SECRET (see EnvSchema). */
const SECRET_DE_DEVELOPPEMENT = 'developpement-uniquement-ne-jamais-utiliser-en-production';

export class ConfigError extends Error {}

function adresseClamd(url: string): { host: string; port: number } {
  const { hostname, port } = new URL(url);
  return { host: hostname, port: Number(port) };
}

export function loadConfig(source: NodeJS.ProcessEnv = process.env, cwd = process.cwd()): Config {
  const entries = Object.fromEntries(
    Object.entries(source).filter(([, v]) => v !== undefined && v !== ''),
  );
  const parsed = EnvSchema.safeParse(entries);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `${i.path.join('.') || 'environnement'} : ${i.message}`);
    throw new ConfigError(`Configuration invalide — ${lines.join(' ; ')}`);
  }
  const e = parsed.data;
  return {
    env: e.NODE_ENV,
    host: e.HOST,
    port: e.PORT,
    publicUrl: (e.PUBLIC_URL ?? `http://localhost:${e.PORT}`).replace(/\/$/, ''),
    databaseUrl: e.DATABASE_URL,
    pgDataDir: path.resolve(cwd, e.PG_DATA_DIR),
    pgPort: e.PG_PORT,
    filesDir: path.resolve(cwd, e.FILES_DIR),
    appSecret: e.APP_SECRET ?? SECRET_DE_DEVELOPPEMENT,
    smtpUrl: e.SMTP_URL,
    mailFrom: e.MAIL_FROM,
    opco: { nom: e.OPCO_NOM, supportTelephone: e.SUPPORT_TELEPHONE, supportHoraires: e.SUPPORT_HORAIRES },
    demoData: e.DEMO_DATA ?? e.NODE_ENV !== 'production',
    logLevel: e.LOG_LEVEL,
    trustProxy: e.TRUST_PROXY,
    inlineWorker: e.WORKER === 'inline',
    clamd: e.CLAMD_URL ? adresseClamd(e.CLAMD_URL) : undefined,
  };
}
