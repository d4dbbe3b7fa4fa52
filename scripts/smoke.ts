/**
 * The install smoke test (#18): with whichever Node runs this script, starts the hub on a fresh embedded database
 * with the demo data, checks health, signs in a demo account and reads one customer list page, then stops it.
 * `.ci/run` runs it on the current Node LTS from the npm registry, in a fresh `npm ci --omit=dev` install.
 *
 *   node --import tsx scripts/smoke.ts
 */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { demoPassword } from '../server/seed/demo.ts';
import { HubClient, pgliteProcessDatabase, startServerProcess } from '../server/testing/server-process.ts';

const started = Date.now();
const elapsed = () => `${((Date.now() - started) / 1000).toFixed(1)} s`;
const dataDir = mkdtempSync(path.join(os.tmpdir(), 'channel-hub-smoke-'));
const database = pgliteProcessDatabase(dataDir, async () => rmSync(dataDir, { recursive: true, force: true }));
console.log(`smoke test on Node ${process.version}`);
const server = await startServerProcess({ database });
try {
  console.log(`  started at ${server.url} (${elapsed()})`);
  const health = await fetch(`${server.url}/api/v1/health`);
  if (health.status !== 200) throw new Error(`health answered ${health.status}`);
  console.log(`  health 200 (${elapsed()})`);
  const partner = await HubClient.signIn(server.url, 'full@partner1.demo', demoPassword);
  console.log(`  signed in as full@partner1.demo (${elapsed()})`);
  const list = await partner.ok<{ items: unknown[]; total: number }>('GET', '/api/v1/customers?limit=50');
  if (list.items.length === 0) throw new Error('the customer list is empty');
  console.log(`  customer list: ${list.items.length} of ${list.total} customers (${elapsed()})`);
} finally {
  await server.stop();
  await database.close();
}
console.log(`smoke test passed on Node ${process.version} in ${elapsed()}`);
