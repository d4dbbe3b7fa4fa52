import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { type DatabaseHandle, openPglite, openPostgres } from '../platform/db.ts';
import { type ProcessDatabase, pgliteProcessDatabase, postgresProcessDatabase } from './server-process.ts';

/**
 * A fresh, migrated database for one test file, on the engine under test: PostgreSQL when DATABASE_URL
 * is set, otherwise PGlite. Both start from the template that vitest's global setup migrated once
 * (a PostgreSQL template database, or a PGlite data-dir dump), so no test file pays for migrations.
 */
export async function createTestDatabase(): Promise<DatabaseHandle> {
  const url = process.env.DATABASE_URL;
  if (!url) {
    const dump = process.env.CHANNEL_HUB_TEST_TEMPLATE;
    if (!dump) throw new Error('CHANNEL_HUB_TEST_TEMPLATE is not set: run tests through vitest (global setup)');
    const pglite = await openPglite(undefined, new Blob([readFileSync(dump)]));
    return pglite;
  }
  const template = new URL(url).pathname.slice(1);
  const name = `${template}_t${randomBytes(5).toString('hex')}`;
  await adminQuery(url, `CREATE DATABASE "${name}" TEMPLATE "${template}"`);
  const testUrl = new URL(url);
  testUrl.pathname = `/${name}`;
  const handle = openPostgres(testUrl.toString(), 5);
  return {
    ...handle,
    close: async () => {
      await handle.close();
      await adminQuery(url, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    },
  };
}

/**
 * A fresh, migrated database for a child process (a server or worker the test kills): a PostgreSQL database
 * copied from the template, or a PGlite data dir loaded from the template dump, removed again by `close`.
 */
export async function createProcessDatabase(): Promise<ProcessDatabase> {
  const url = process.env.DATABASE_URL;
  if (!url) {
    const dump = process.env.CHANNEL_HUB_TEST_TEMPLATE;
    if (!dump) throw new Error('CHANNEL_HUB_TEST_TEMPLATE is not set: run tests through vitest (global setup)');
    const dataDir = mkdtempSync(path.join(os.tmpdir(), 'channel-hub-process-'));
    const handle = await openPglite(dataDir, new Blob([readFileSync(dump)]));
    await handle.close();
    return pgliteProcessDatabase(dataDir, async () => rmSync(dataDir, { recursive: true, force: true }));
  }
  const template = new URL(url).pathname.slice(1);
  const name = `${template}_p${randomBytes(5).toString('hex')}`;
  await adminQuery(url, `CREATE DATABASE "${name}" TEMPLATE "${template}"`);
  const processUrl = new URL(url);
  processUrl.pathname = `/${name}`;
  return postgresProcessDatabase(processUrl.toString(), () =>
    adminQuery(url, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`),
  );
}

async function adminQuery(url: string, statement: string): Promise<void> {
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
