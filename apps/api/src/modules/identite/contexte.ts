import type { FastifyRequest } from 'fastify';
import type { AppDeps } from '../../app';
import type PgBoss from 'pg-boss';
import type { Config } from '../../config/env';
import type { Database } from '../../db/database';

/** What an identity command needs: the database, the job queue (e-mails), the configuration, the time. */
export type Contexte = { database: Database; boss?: PgBoss; config: Config; now: Date; ip: string };

export function contexte(deps: AppDeps, request: FastifyRequest): Contexte {
  return { database: deps.database, boss: deps.boss, config: deps.config, now: deps.now(), ip: request.ip };
}
