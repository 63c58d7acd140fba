import type PgBoss from 'pg-boss';
import { z } from 'zod';
import type { Config } from '../config/env';
import type { Database } from '../db/database';
import { appliquerReglesSilence } from '../modules/instruction/appliquer-regle-silence';
import type { Job } from '../plugins/job';

export const APPLIQUER_REGLE_SILENCE = 'appliquer-regle-silence';

/**
 * Every 5 minutes: the OPCO's silence 20 days after the complete file decides the apprenticeship
 * (refusal) and contrat pro / Pro-A (acceptance) requests nobody decided (D6224-2, D6325-1/-2). pg-boss
 * runs the schedule once across processes; each request is its own command, safe to run twice. The
 * queue is needed to send the e-mails when SMTP is set.
 */
export function appliquerRegleSilenceJob(config: Config, database: Database, boss: PgBoss | undefined): Job<Record<string, never>> {
  return {
    name: APPLIQUER_REGLE_SILENCE,
    payload: z.object({}).strict() as z.ZodType<Record<string, never>>,
    cron: '*/5 * * * *',
    handle: async () => {
      await appliquerReglesSilence({ database, boss, config, now: new Date(), ip: 'minuterie' });
    },
  };
}
