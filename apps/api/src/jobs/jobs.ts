import type PgBoss from 'pg-boss';
import type { Config } from '../config/env';
import type { Database } from '../db/database';
import type { Mailer } from '../mail/mailer';
import type { Job } from '../plugins/job';
import { appliquerRegleSilenceJob } from './appliquer-regle-silence';
import { envoyerEmailJob } from './envoyer-email';
import { purgerArchivesJob } from './purger-archives';
import { purgerSessionsJob } from './purger-sessions';
import { relancerBrouillonsJob } from './relancer-brouillons';

/** Every background job of the application, registered by the server (inline worker) and by worker.ts. */
export function allJobs(config: Config, database: Database, mailer: Mailer, boss?: PgBoss): Job<object>[] {
  return [envoyerEmailJob(database, mailer, config.mailFrom), purgerSessionsJob(database), appliquerRegleSilenceJob(config, database, boss), relancerBrouillonsJob(config, database, boss), purgerArchivesJob(config, database, boss)];
}
