import path from 'node:path';
import { z } from 'zod';
import { installerCleDeChiffrement } from '../db/chiffrement';

/**
 * The whole configuration, read once from the environment. Nothing else reads process.env:
 * a wrong value stops the start with a message naming the variable.
 */
/** The S3 variables that go together; S3_REGION has a default. */
const VARIABLES_S3 = ['S3_ENDPOINT', 'S3_BUCKET', 'S3_ACCESS_KEY_ID', 'S3_SECRET_ACCESS_KEY'] as const;

/** Development-only secret: production refuses to start without APP_SECRET, or with this one (see EnvSchema). */
const SECRET_DE_DEVELOPPEMENT = 'developpement-uniquement-ne-jamais-utiliser-en-production';
/** The placeholders of docs/exploitation.md, compose.yaml and the like. */
const SECRET_D_EXEMPLE = /change[-_ ]?me|a-remplacer|remplacez|exemple|example|secret-de-demo/i;

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
    /** Key of the encryption at rest of NIR/IBAN in requests (db/chiffrement.ts): 32 bytes in hex. */
    DONNEES_CLE: z
      .string()
      .regex(/^[0-9a-fA-F]{64}$/, 'doit faire 32 octets en hexadécimal (64 caractères, ex. `openssl rand -hex 32`)')
      .optional(),
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
    /** Bearer token for GET /metrics (Prometheus); none: /metrics answers the local machine only. */
    METRICS_TOKEN: z.string().min(32, 'doit faire au moins 32 caractères (ex. `openssl rand -hex 32`)').optional(),
    WORKER: z.enum(['inline', 'off']).default('inline'),
    /** RGPD: years an archived dossier (soldé, annulé, refusé) is kept after its last change; see docs/rgpd.md. */
    RETENTION_ARCHIVES_ANNEES: z.coerce.number().int().min(1, 'doit être d’au moins 1 an').max(100).default(10),
    /** The ClamAV daemon that scans every uploaded piece before it is stored; none: no scan. */
    CLAMD_URL: z
      .string()
      .regex(/^tcp:\/\/[^:/\s]+:\d{1,5}$/, 'doit être de la forme tcp://hôte:port (ex. tcp://127.0.0.1:3310)')
      .optional(),
    /** An S3-compatible object store for the uploaded files; none: FILES_DIR on the local disk. */
    S3_ENDPOINT: z
      .url({ protocol: /^https?$/, error: 'doit être une URL http(s) (ex. https://s3.fr-par.scw.cloud)' })
      .refine((url) => !/^https?:\/\/[^/]*@/.test(url), 'ne doit pas contenir d’identifiants : utilisez S3_ACCESS_KEY_ID et S3_SECRET_ACCESS_KEY')
      .optional(),
    S3_BUCKET: z
      .string()
      .regex(/^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/, 'doit être un nom de bucket S3 (3 à 63 caractères : minuscules, chiffres, points, tirets)')
      .optional(),
    S3_REGION: z.string().min(1).optional(),
    S3_ACCESS_KEY_ID: z.string().min(1).optional(),
    S3_SECRET_ACCESS_KEY: z.string().min(1).optional(),
  })
  .superRefine((env, ctx) => {
    if (env.NODE_ENV === 'production' && !env.APP_SECRET) {
      ctx.addIssue({
        code: 'custom',
        path: ['APP_SECRET'],
        message: 'obligatoire en production (32 caractères aléatoires au moins, ex. `openssl rand -hex 32`)',
      });
    }
    if (env.NODE_ENV === 'production' && !env.DONNEES_CLE) {
      ctx.addIssue({ code: 'custom', path: ['DONNEES_CLE'], message: 'obligatoire en production : la clé de chiffrement du NIR au repos (ex. `openssl rand -hex 32`), à conserver avec les sauvegardes' });
    }
    // A secret copied from the documentation or the development default is no secret.
    for (const nom of ['APP_SECRET', 'METRICS_TOKEN'] as const) {
      const valeur = env[nom];
      if (env.NODE_ENV === 'production' && valeur && (valeur === SECRET_DE_DEVELOPPEMENT || SECRET_D_EXEMPLE.test(valeur))) {
        ctx.addIssue({ code: 'custom', path: [nom], message: 'valeur par défaut ou d’exemple refusée en production : générez-en une, ex. `openssl rand -hex 32`' });
      }
    }
    if (env.NODE_ENV === 'production' && env.DEMO_DATA === true) {
      ctx.addIssue({
        code: 'custom',
        path: ['DEMO_DATA'],
        message: 'les données de démonstration sont interdites en production',
      });
    }
    // Half an S3 configuration would silently keep the files on the local disk: all or none.
    const s3Defini = VARIABLES_S3.some((nom) => env[nom] !== undefined) || env.S3_REGION !== undefined;
    for (const nom of VARIABLES_S3) {
      if (s3Defini && env[nom] === undefined) {
        ctx.addIssue({ code: 'custom', path: [nom], message: `obligatoire dès qu’une variable S3_ est définie (${VARIABLES_S3.join(', ')})` });
      }
    }
  });

export type Env = z.output<typeof EnvSchema>;

/**
 * The object store, when there is one. The keys are always given to the client explicitly, so the AWS
 * SDK never falls back to ~/.aws or an instance's metadata: the secret comes from this environment only.
 */
export type ConfigS3 = { endpoint: string; bucket: string; region: string; accessKeyId: string; secretAccessKey: string };

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
  /** Absent in development and tests: db/chiffrement.ts then uses its development key. */
  donneesCle: string | undefined;
  smtpUrl: string | undefined;
  mailFrom: string;
  opco: { nom: string; supportTelephone: string; supportHoraires: string };
  demoData: boolean;
  logLevel: Env['LOG_LEVEL'];
  trustProxy: boolean;
  metricsToken: string | undefined;
  inlineWorker: boolean;
  /** RGPD: years an archived dossier is kept after its last change (RETENTION_ARCHIVES_ANNEES). */
  retentionArchivesAnnees: number;
  clamd: { host: string; port: number } | undefined;
  s3: ConfigS3 | undefined;
};


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
  // Every process that reads the configuration (server, worker, command-line tools) encrypts and decrypts
  // the NIR with the same key: installed here, before any query.
  if (e.DONNEES_CLE) installerCleDeChiffrement(e.DONNEES_CLE);
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
    donneesCle: e.DONNEES_CLE,
    smtpUrl: e.SMTP_URL,
    mailFrom: e.MAIL_FROM,
    opco: { nom: e.OPCO_NOM, supportTelephone: e.SUPPORT_TELEPHONE, supportHoraires: e.SUPPORT_HORAIRES },
    demoData: e.DEMO_DATA ?? e.NODE_ENV !== 'production',
    logLevel: e.LOG_LEVEL,
    trustProxy: e.TRUST_PROXY,
    metricsToken: e.METRICS_TOKEN,
    inlineWorker: e.WORKER === 'inline',
    retentionArchivesAnnees: e.RETENTION_ARCHIVES_ANNEES,
    clamd: e.CLAMD_URL ? adresseClamd(e.CLAMD_URL) : undefined,
    s3:
      e.S3_ENDPOINT && e.S3_BUCKET && e.S3_ACCESS_KEY_ID && e.S3_SECRET_ACCESS_KEY
        ? {
            endpoint: e.S3_ENDPOINT.replace(/\/$/, ''),
            bucket: e.S3_BUCKET,
            region: e.S3_REGION ?? 'us-east-1',
            accessKeyId: e.S3_ACCESS_KEY_ID,
            secretAccessKey: e.S3_SECRET_ACCESS_KEY,
          }
        : undefined,
  };
}
