import { drizzle } from 'drizzle-orm/node-postgres';
import type PgBoss from 'pg-boss';
import type pg from 'pg';
import type { Database, Db } from './database';
import * as schema from './schema';

export type Enqueue = <T extends object>(queue: string, data: T, options?: { startAfter?: Date; singletonKey?: string }) => Promise<void>;

export type Tx = { db: Db; client: pg.PoolClient; enqueue: Enqueue };

/**
 * Runs a command in one transaction. Jobs are inserted by pg-boss on the same connection, so they
 * exist if and only if the change is committed: a crash at any point loses nothing and runs nothing twice.
 */
export async function transaction<T>(database: Database, boss: PgBoss | undefined, fn: (tx: Tx) => Promise<T>): Promise<T> {
  const client = await database.pool.connect();
  try {
    await client.query('begin');
    const db = drizzle(client, { schema, casing: 'snake_case' }) as unknown as Db;
    const enqueue: Enqueue = async (queue, data, options) => {
      if (!boss) throw new Error(`job queue not started: cannot enqueue ${queue}`);
      await boss.send(queue, data, {
        ...options,
        retryLimit: 5,
        retryBackoff: true,
        // Every job here takes seconds: one held by a process that died (kill -9, crash) is retried after
        // 2 minutes rather than pg-boss's 15 (scripts/ops/crash-test.ts). Handlers are idempotent.
        expireInSeconds: 120,
        db: { executeSql: (text: string, values: unknown[]) => client.query(text, values) },
      });
    };
    const result = await fn({ db, client, enqueue });
    await client.query('commit');
    return result;
  } catch (error) {
    await client.query('rollback').catch(() => undefined);
    throw error;
  } finally {
    client.release();
  }
}
