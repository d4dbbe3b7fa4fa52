/**
 * `npm run test:first-run` (issue #10): the production-mode browser journey, e2e/production-first-run.spec.ts, on a
 * fresh PostgreSQL database beside DATABASE_URL's (created here, dropped after). It needs DATABASE_URL: on the
 * embedded database there is nothing to run, and that is a failure, never a pass. .ci/run calls it.
 */
import { spawnSync } from 'node:child_process';
import pg from 'pg';

const url = process.env.DATABASE_URL;
if (!url) {
  console.error('test:first-run needs DATABASE_URL (a PostgreSQL server): the journey runs in production mode on it.');
  process.exit(1);
}

async function adminQuery(statement: string) {
  const admin = new URL(url as string);
  admin.pathname = '/postgres';
  const client = new pg.Client({ connectionString: admin.toString() });
  await client.connect();
  try {
    await client.query(statement);
  } finally {
    await client.end();
  }
}

const name = `${new URL(url).pathname.slice(1)}_first_run`;
const journeyUrl = new URL(url);
journeyUrl.pathname = `/${name}`;
await adminQuery(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
await adminQuery(`CREATE DATABASE "${name}"`);
let status = 1;
try {
  const run = spawnSync('npx', ['playwright', 'test', 'e2e/production-first-run.spec.ts'], {
    stdio: 'inherit',
    env: { ...process.env, CHANNEL_HUB_FIRST_RUN_JOURNEY: '1', E2E_FIRST_RUN_DATABASE_URL: journeyUrl.toString() },
  });
  status = run.status ?? 1;
} finally {
  await adminQuery(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
}
process.exit(status);
