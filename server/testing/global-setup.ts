import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { migrateDatabase, openPglite, openPostgres } from '../platform/db.ts';
import { ensureCatalogue } from '../seed/catalogue.ts';

/**
 * Runs once per test run: migrates the template every test file copies (see createTestDatabase).
 * On PostgreSQL the template is DATABASE_URL's own database; on PGlite a data-dir dump in a temp folder.
 */
export default async function setup(): Promise<() => void> {
  const url = process.env.DATABASE_URL;
  if (url) {
    const handle = openPostgres(url, 1);
    await migrateDatabase(handle);
    await ensureCatalogue(handle.db);
    await handle.close();
    return () => {};
  }
  const handle = await openPglite(undefined);
  await migrateDatabase(handle);
  await ensureCatalogue(handle.db);
  if (handle.kind !== 'pglite') throw new Error('unreachable');
  const dump = await handle.pglite.dumpDataDir('none');
  await handle.close();
  const dir = mkdtempSync(path.join(os.tmpdir(), 'channel-hub-test-'));
  const file = path.join(dir, 'template.tar');
  writeFileSync(file, Buffer.from(await dump.arrayBuffer()));
  process.env.CHANNEL_HUB_TEST_TEMPLATE = file;
  return () => rmSync(dir, { recursive: true, force: true });
}
