/**
 * `npm test`: every check of the project, in order — types, lint and format, unit and integration tests
 * (vitest, on PGlite or on PostgreSQL when DATABASE_URL is set), then the browser journeys in Debian's
 * Chromium against a server on a fresh database. Without Chromium the browser tests are reported as not
 * run, with how to install it; under CI that is a failure.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { chromiumPath } from '../e2e/support/chromium.ts';

const results: { step: string; ok: boolean | 'not run' }[] = [];

function run(step: string, command: string, args: string[], env: NodeJS.ProcessEnv = {}): boolean {
  console.log(`\n=== ${step}: ${command} ${args.join(' ')}`);
  const outcome = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  const ok = outcome.status === 0;
  results.push({ step, ok });
  return ok;
}

async function adminQuery(url: string, statement: string) {
  const admin = new URL(url);
  admin.pathname = '/postgres';
  const client = new pg.Client({ connectionString: admin.toString() });
  await client.connect();
  try {
    await client.query(statement);
  } finally {
    await client.end();
  }
}

async function browserTests() {
  if (!chromiumPath()) {
    console.log('\n=== browser tests: NOT RUN — Chromium is not installed.');
    console.log('    Install it with: apt-get update && apt-get install -y chromium');
    results.push({ step: 'browser tests', ok: process.env.CI ? false : 'not run' });
    return;
  }
  // CI builds the web once for the browser runs it starts side by side (CHANNEL_HUB_WEB_BUILD=done).
  if (process.env.CHANNEL_HUB_WEB_BUILD === 'done') console.log('\n=== web build: done by the caller');
  else if (!run('web build', 'npx', ['vite', 'build', '--logLevel', 'warn'])) return;
  const scratch = mkdtempSync(path.join(os.tmpdir(), 'channel-hub-e2e-'));
  const env: NodeJS.ProcessEnv = { E2E_OUTPUT_DIR: process.env.E2E_OUTPUT_DIR ?? path.resolve('test-results') };
  const url = process.env.DATABASE_URL;
  let e2eDatabase: string | undefined;
  if (url) {
    e2eDatabase = `${new URL(url).pathname.slice(1)}_e2e`;
    await adminQuery(url, `DROP DATABASE IF EXISTS "${e2eDatabase}" WITH (FORCE)`);
    await adminQuery(url, `CREATE DATABASE "${e2eDatabase}"`);
    const e2eUrl = new URL(url);
    e2eUrl.pathname = `/${e2eDatabase}`;
    env.E2E_DATABASE_URL = e2eUrl.toString();
  } else {
    env.E2E_DATA_DIR = path.join(scratch, 'data');
  }
  // CI runs the accessibility sweep once, on the embedded database, as a run of its own (playwright.config.ts).
  const sweep = process.env.CHANNEL_HUB_A11Y_SWEEP;
  if (sweep === 'done') console.log('\n=== accessibility sweep (e2e/accessibility.spec.ts): run by the caller');
  try {
    run(sweep === 'only' ? 'accessibility sweep' : 'browser tests', 'npx', ['playwright', 'test'], env);
    // Issue #10: the first run in production mode, on a PostgreSQL database of its own (scripts/first-run-journey.ts).
    if (sweep === 'only') console.log('\n=== other browser tests and the first-run journey: run by the caller');
    else if (url) run('first-run journey (production mode)', 'npx', ['tsx', 'scripts/first-run-journey.ts']);
    else console.log('\n=== first-run journey (production mode): runs on PostgreSQL only (DATABASE_URL)');
  } finally {
    if (url && e2eDatabase) await adminQuery(url, `DROP DATABASE IF EXISTS "${e2eDatabase}" WITH (FORCE)`);
    rmSync(scratch, { recursive: true, force: true });
  }
}

const database = process.env.DATABASE_URL ? 'PostgreSQL (DATABASE_URL)' : 'the embedded database (PGlite)';
console.log(`Channel Hub tests on ${database}`);
// CI runs the suite once per database and the static checks once before (CHANNEL_HUB_STATIC_CHECKS=done).
if (process.env.CHANNEL_HUB_STATIC_CHECKS === 'done') console.log('\n=== type check and lint: run once by the caller');
else {
  run('type check', 'npx', ['tsc', '--noEmit', '-p', '.']);
  run('lint and format', 'npx', ['biome', 'ci', '.']);
}
// CI overlaps the suites of its two databases (the browser tests leave a core idle), so it runs the steps apart.
if (process.env.CHANNEL_HUB_UNIT_TESTS === 'done') console.log('\n=== unit and integration tests: run by the caller');
else run('unit and integration tests', 'npx', ['vitest', 'run']);
if (!process.env.DATABASE_URL) {
  console.log(
    '    (server/**/*.postgres-test.ts — two hub processes on one database, the runtime database role — run only',
  );
  console.log('     with DATABASE_URL: the embedded database is opened by one process at a time and has no roles)');
}
if (process.env.CHANNEL_HUB_BROWSER_TESTS === 'later') console.log('\n=== browser tests: run by the caller, later');
else await browserTests();

console.log('\n=== summary');
for (const { step, ok } of results)
  console.log(`  ${ok === true ? 'passed ' : ok === false ? 'FAILED ' : 'not run'}  ${step}`);
const failed = results.filter((r) => r.ok === false).length;
const passed = results.filter((r) => r.ok === true).length;
console.log(`\nsteps: ${passed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);
