import PgBoss from 'pg-boss';
import type { Job } from './job';

/** pg-boss on the application's own PostgreSQL: durable jobs and timers, no other server to run. */
export async function startQueue(url: string, onError: (error: Error) => void): Promise<PgBoss> {
  const boss = new PgBoss({ connectionString: url, schema: 'pgboss', max: 5 });
  boss.on('error', onError);
  await boss.start();
  return boss;
}

export async function createQueues(boss: PgBoss, jobs: Job<object>[]): Promise<void> {
  for (const job of jobs) {
    await boss.createQueue(job.name);
    if (job.cron) await boss.schedule(job.name, job.cron, {});
  }
}

export async function startWorkers(boss: PgBoss, jobs: Job<object>[]): Promise<void> {
  for (const job of jobs) {
    await boss.work<object>(job.name, { batchSize: 1, pollingIntervalSeconds: 1 }, async ([j]) => {
      if (j) await job.handle(job.payload.parse(j.data ?? {}));
    });
  }
}
