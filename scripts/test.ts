// npm test — everything: unit tests (Vitest), then the integration and end-to-end
// suites (Playwright: HTTP against the production server, and Chromium). With
// DATABASE_URL set they run in a scratch database on that server (dropped after);
// unset, in a fresh embedded database in a temporary folder.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createScratchDatabase, type ScratchDatabase } from './lib/scratch-database';

const run = (command: string, args: string[], env: NodeJS.ProcessEnv = process.env) =>
  spawnSync(command, args, { stdio: 'inherit', env }).status ?? 1;

const extraArgs = process.argv.slice(2);
const reportDir = mkdtempSync(path.join(tmpdir(), 'ivr-test-reports-'));
const vitestReport = path.join(reportDir, 'vitest.json');
const playwrightReport = path.join(reportDir, 'playwright.json');

/** Totals from both runners' JSON reports, for one closing line a CI can read. */
function totals() {
  const read = <T>(file: string): T | undefined => {
    try {
      return JSON.parse(readFileSync(file, 'utf8')) as T;
    } catch {
      return undefined;
    }
  };
  const unit = read<{ numPassedTests: number; numFailedTests: number; numPendingTests: number }>(vitestReport);
  const e2e = read<{ stats: { expected: number; unexpected: number; flaky: number; skipped: number } }>(playwrightReport);
  return {
    passed: (unit?.numPassedTests ?? 0) + (e2e ? e2e.stats.expected + e2e.stats.flaky : 0),
    failed: (unit?.numFailedTests ?? 0) + (e2e?.stats.unexpected ?? 0),
    skipped: (unit?.numPendingTests ?? 0) + (e2e?.stats.skipped ?? 0),
  };
}
let scratch: ScratchDatabase | undefined;
let dataDir: string | undefined;
const env: NodeJS.ProcessEnv = { ...process.env, NEXT_TELEMETRY_DISABLED: '1', PW_JSON_REPORT: playwrightReport };

try {
  if (process.env.DATABASE_URL) {
    scratch = await createScratchDatabase(process.env.DATABASE_URL, 'ivr_test');
    env.DATABASE_URL = scratch.url;
    console.log(`Tests use a scratch database on DATABASE_URL's server: ${new URL(scratch.url).pathname.slice(1)}`);
  } else {
    dataDir = mkdtempSync(path.join(tmpdir(), 'ivr-test-'));
    env.DATA_DIR = dataDir;
    console.log(`Tests use a fresh embedded database in ${dataDir} (set DATABASE_URL to use PostgreSQL)`);
  }

  const steps: Array<[string, () => number]> = [
    ['unit tests (vitest)', () => run('npx', ['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${vitestReport}`], env)],
    ['production build', () => run('npx', ['next', 'build'], env)],
    ['integration and end-to-end tests (playwright)', () => run('npx', ['playwright', 'test', ...extraArgs], env)],
  ];
  const failed: string[] = [];
  for (const [name, step] of steps) {
    console.log(`\n▶ ${name}`);
    if (step() !== 0) {
      failed.push(name);
      if (name === 'production build') break;
    }
  }
  console.log(failed.length ? `\n✗ Failed: ${failed.join(', ')}` : '\n✓ All test suites passed');
  const { passed, failed: failedTests, skipped } = totals();
  console.log(`${passed} passed, ${failedTests} failed, ${skipped} skipped`);
  if (passed === 0) failed.push('no test ran');
  process.exitCode = failed.length ? 1 : 0;
} finally {
  await scratch?.drop().catch((error: unknown) => console.warn(`Could not drop the scratch database: ${String(error)}`));
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  rmSync(reportDir, { recursive: true, force: true });
}
