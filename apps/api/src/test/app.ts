import type { FastifyInstance } from 'fastify';
import { afterAll } from 'vitest';
import type PgBoss from 'pg-boss';
import { buildApp } from '../app';
import { loadConfig, type Config } from '../config/env';
import type { Database } from '../db/database';
import { testDatabase } from './database';

export type TestContext = { app: FastifyInstance; database: Database; config: Config; clock: { now: Date } };

/** The real app on a real (fresh) PostgreSQL database, with a clock the test controls. */
export async function testApp(options: { env?: Record<string, string>; boss?: PgBoss; now?: Date } = {}): Promise<TestContext> {
  const database = await testDatabase();
  const config = loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent', ...options.env });
  const clock = { now: options.now ?? new Date('2026-11-22T09:00:00Z') };
  const app = await buildApp({ config, database, boss: options.boss, now: () => clock.now }, { logger: false });
  await app.ready();
  afterAll(() => app.close());
  return { app, database, config, clock };
}
