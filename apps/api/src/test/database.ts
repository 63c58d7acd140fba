import { randomBytes } from 'node:crypto';
import { afterAll, inject } from 'vitest';
import { connect, ensureDatabase, type Database } from '../db/database';

/** A fresh, migrated database for this test file, copied from the suite's template (fast: file copy). */
export async function testDatabase(): Promise<Database> {
  const serverUrl = inject('pgServerUrl');
  const template = inject('pgTemplate');
  const name = `mse_t_${template.split('_').pop()}_${randomBytes(5).toString('hex')}`;
  const url = await ensureDatabase(serverUrl, name, template);
  const database = connect(url, 5);
  afterAll(async () => {
    await database.close();
  });
  return database;
}
