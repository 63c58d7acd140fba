import { defineConfig } from 'drizzle-kit';

export default defineConfig({
  dialect: 'postgresql',
  // One file per area (schema.ts, schema-aide.ts…) so that parallel work does not edit the same file.
  schema: './apps/api/src/db/schema*.ts',
  out: './apps/api/drizzle',
  casing: 'snake_case',
});
