// `npm test`: every suite a user would trust, in order, then one closing line "N passed, N failed".
// Type-check and lint count as one check each; unit/API tests (vitest) and browser journeys
// (Playwright in Debian's Chromium) count their tests.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'mse-test-report-'));
const env = { ...process.env, PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD: '1' };
let passed = 0;
let failed = 0;
const lines = [];

function run(title, cmd, args, extraEnv = {}) {
  console.log(`\n━━━ ${title} ━━━`);
  const started = Date.now();
  const r = spawnSync(cmd, args, { stdio: 'inherit', env: { ...env, ...extraEnv } });
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  return { ok: r.status === 0, seconds };
}

function check(title, cmd, args) {
  const { ok, seconds } = run(title, cmd, args);
  if (ok) passed++;
  else failed++;
  lines.push(`${ok ? '✓' : '✗'} ${title} (${seconds} s)`);
}

check('Vérification des types (shared)', 'npx', ['tsc', '--noEmit', '-p', 'packages/shared']);
check('Vérification des types (api)', 'npx', ['tsc', '--noEmit', '-p', 'apps/api']);
check('Vérification des types (web)', 'npx', ['tsc', '--noEmit', '-p', 'apps/web']);
check('Lint', 'npx', ['eslint', '.', '--max-warnings', '0']);

const vitestReport = path.join(tmp, 'vitest.json');
{
  const { seconds } = run('Tests unitaires et API (PostgreSQL réel)', 'npx', ['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${vitestReport}`]);
  if (fs.existsSync(vitestReport)) {
    const r = JSON.parse(fs.readFileSync(vitestReport, 'utf8'));
    passed += r.numPassedTests;
    failed += r.numFailedTests + (r.numFailedTestSuites ?? 0);
    lines.push(`${r.numFailedTests + (r.numFailedTestSuites ?? 0) ? '✗' : '✓'} vitest : ${r.numPassedTests} réussis, ${r.numFailedTests} échoués, ${r.numFailedTestSuites ?? 0} fichiers en erreur (${seconds} s)`);
  } else {
    failed++;
    lines.push('✗ vitest : aucun rapport produit');
  }
}

const chromium = process.env.CHROME_PATH ?? '/usr/bin/chromium';
if (!fs.existsSync(chromium)) {
  const message = `CHROMIUM INTROUVABLE (${chromium}) : les parcours dans le navigateur ne sont PAS exécutés. Installez-le : apt-get install -y chromium (ou CHROME_PATH).`;
  console.error(`\n${'!'.repeat(100)}\n${message}\n${'!'.repeat(100)}`);
  lines.push(`✗ ${message}`);
  if (process.env.CI === 'true') failed++;
} else {
  check('Construction de l’application web', 'npx', ['vite', 'build', 'apps/web', '--logLevel', 'warn']);
  const pwReport = path.join(tmp, 'playwright.json');
  const { seconds } = run('Parcours dans le navigateur (Chromium + axe)', 'npx', ['playwright', 'test', '-c', 'apps/web/playwright.config.ts', '--reporter=list,json'], {
    PLAYWRIGHT_JSON_OUTPUT_NAME: pwReport,
  });
  if (fs.existsSync(pwReport)) {
    const { stats } = JSON.parse(fs.readFileSync(pwReport, 'utf8'));
    passed += stats.expected + stats.flaky;
    failed += stats.unexpected;
    lines.push(`${stats.unexpected ? '✗' : '✓'} parcours navigateur : ${stats.expected + stats.flaky} réussis (${stats.flaky} instables), ${stats.unexpected} échoués (${seconds} s)`);
  } else {
    failed++;
    lines.push('✗ parcours navigateur : aucun rapport produit');
  }
}

fs.rmSync(tmp, { recursive: true, force: true });
console.log(`\n━━━ Résumé ━━━\n${lines.join('\n')}\n`);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
