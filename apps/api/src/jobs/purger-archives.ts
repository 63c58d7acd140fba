import type PgBoss from 'pg-boss';
import { z } from 'zod';
import type { Config } from '../config/env';
import type { Database } from '../db/database';
import { purgerArchives } from '../modules/rgpd/purger-archives';
import type { Job } from '../plugins/job';

export const PURGER_ARCHIVES = 'purger-archives';

/**
 * Daily (03:43 UTC), RGPD: archived dossiers (soldé, annulé, refusé) whose last change is older than
 * RETENTION_ARCHIVES_ANNEES are deleted with their pieces, messages, claims and files (docs/rgpd.md).
 */
export function purgerArchivesJob(config: Config, database: Database, boss: PgBoss | undefined): Job<Record<string, never>> {
  return {
    name: PURGER_ARCHIVES,
    payload: z.object({}).strict() as z.ZodType<Record<string, never>>,
    cron: '43 3 * * *',
    handle: async () => {
      await purgerArchives({ database, boss, config, now: new Date(), ip: 'minuterie' });
    },
  };
}
