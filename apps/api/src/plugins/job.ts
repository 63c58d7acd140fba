import type { z } from 'zod';

/** A background job: its queue name, the zod schema of its payload and its handler. */
export type Job<T extends object> = {
  name: string;
  payload: z.ZodType<T>;
  // Method syntax on purpose: a list of jobs of different payloads is a Job<object>[].
  handle(data: T): Promise<void>;
  /** For periodic jobs: a cron expression (UTC); pg-boss runs it once across all processes. */
  cron?: string;
};
