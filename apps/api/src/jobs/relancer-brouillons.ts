import type PgBoss from 'pg-boss';
import { z } from 'zod';
import type { Config } from '../config/env';
import type { Database } from '../db/database';
import { traiterBrouillonsInactifs } from '../modules/rgpd/relancer-brouillons';
import type { Job } from '../plugins/job';

export const RELANCER_BROUILLONS = 'relancer-brouillons';

/**
 * Daily (03:23 UTC), RGPD: drafts untouched for 10 and 11 months get a reminder e-mail, and are deleted
 * at 12 months after both. pg-boss runs the schedule once across processes; each draft is its own
 * transaction, safe to run twice (docs/rgpd.md).
 */
export function relancerBrouillonsJob(config: Config, database: Database, boss: PgBoss | undefined): Job<Record<string, never>> {
  return {
    name: RELANCER_BROUILLONS,
    payload: z.object({}).strict() as z.ZodType<Record<string, never>>,
    cron: '23 3 * * *',
    handle: async () => {
      await traiterBrouillonsInactifs({ database, boss, config, now: new Date(), ip: 'minuterie' });
    },
  };
}
