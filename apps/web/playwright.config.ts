import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { defineConfig } from '@playwright/test';

/**
 * Browser journeys against the real app (real PostgreSQL, embedded in a throw-away folder) in
 * Debian's Chromium: Playwright's own browser download is impossible on these machines.
 */
const PORT = Number(process.env.E2E_PORT ?? 3100);
const dataDir = process.env.E2E_DATA_DIR ?? fs.mkdtempSync(path.join(os.tmpdir(), 'mse-e2e-'));
process.env.E2E_DATA_DIR = dataDir;
fs.chmodSync(dataDir, 0o755);
const chromium = process.env.CHROME_PATH ?? '/usr/bin/chromium';
const SMTP_PORT = PORT + 25;
const root = path.resolve(import.meta.dirname, '../..');

export default defineConfig({
  testDir: './e2e',
  fullyParallel: false,
  workers: 1,
  retries: process.env.CI ? 1 : 0,
  timeout: 30_000,
  expect: { timeout: 7_000 },
  reporter: [['list']],
  // The payment-batch journey pays every accepted claim of the demo (and so closes dossiers of the demo
  // accounts): it runs after the other journeys, which count those accounts' rows.
  projects: [
    { name: 'parcours', testIgnore: /facturation\// },
    { name: 'paiements', testMatch: /facturation\/.*\.spec\.ts/, dependencies: ['parcours'] },
  ],
  use: {
    baseURL: `http://localhost:${PORT}`,
    locale: 'fr-FR',
    timezoneId: 'Europe/Paris',
    // As a person who asked for less motion: no modal is scanned by axe halfway through its fade-in.
    reducedMotion: 'reduce',
    trace: 'retain-on-failure',
    launchOptions: {
      executablePath: chromium,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    },
  },
  webServer: [
    {
      command: 'node --import tsx apps/web/e2e/support/smtp-capture.ts',
      cwd: root,
      port: SMTP_PORT,
      reuseExistingServer: false,
      gracefulShutdown: { signal: 'SIGTERM', timeout: 5_000 },
      env: { E2E_MAIL_DIR: path.join(dataDir, 'mails'), E2E_SMTP_PORT: String(SMTP_PORT) },
    },
    {
      command: 'node --import tsx apps/api/src/server.ts',
      cwd: root,
      url: `http://localhost:${PORT}/readyz`,
      timeout: 120_000,
      reuseExistingServer: false,
      // SIGTERM lets the app stop its PostgreSQL server; the default SIGKILL would leave it running.
      gracefulShutdown: { signal: 'SIGTERM', timeout: 15_000 },
      stdout: 'ignore',
      stderr: 'pipe',
      env: {
        PORT: String(PORT),
        NODE_ENV: 'development',
        PUBLIC_URL: `http://localhost:${PORT}`,
        PG_DATA_DIR: path.join(dataDir, 'postgres'),
        FILES_DIR: path.join(dataDir, 'files'),
        SMTP_URL: `smtp://127.0.0.1:${SMTP_PORT}`,
        LOG_LEVEL: 'warn',
      },
    },
  ],
});
