import { z } from 'zod';
import type { Database } from '../db/database';
import { supprimerSessionsExpirees } from '../modules/identite/sessions.repository';
import type { Job } from '../plugins/job';

export const PURGER_SESSIONS = 'purger-sessions';

/** Hourly: expired sessions are useless and hold personal data (IP, browser). */
export function purgerSessionsJob(database: Database): Job<Record<string, never>> {
  return {
    name: PURGER_SESSIONS,
    payload: z.object({}).strict() as z.ZodType<Record<string, never>>,
    cron: '17 * * * *',
    handle: async () => {
      await supprimerSessionsExpirees(database.db, new Date());
    },
  };
}
