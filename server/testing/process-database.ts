import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openPglite } from '../platform/db.ts';
import { createTestDatabase } from './database.ts';

/**
 * A fresh migrated database that another process opens, as the environment it would be given: DATABASE_URL on
 * PostgreSQL, or CHANNEL_HUB_DATA for a PGlite data dir (which only one process at a time may open).
 */
export async function createProcessDatabase(): Promise<{ env: NodeJS.ProcessEnv; drop(): Promise<void> }> {
  if (process.env.DATABASE_URL) {
    const handle = await createTestDatabase();
    if (handle.kind !== 'postgres') throw new Error('expected PostgreSQL');
    const url = (handle.pool.options as { connectionString: string }).connectionString;
    return { env: { DATABASE_URL: url }, drop: () => handle.close() };
  }
  const template = process.env.CHANNEL_HUB_TEST_TEMPLATE;
  if (!template) throw new Error('CHANNEL_HUB_TEST_TEMPLATE is not set: run tests through vitest');
  const dir = mkdtempSync(path.join(os.tmpdir(), 'channel-hub-process-'));
  const handle = await openPglite(dir, new Blob([readFileSync(template)]));
  await handle.close();
  return { env: { CHANNEL_HUB_DATA: dir }, drop: async () => rmSync(dir, { recursive: true, force: true }) };
}
