import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createProcessDatabase } from '../../testing/database.ts';
import type { ProcessDatabase } from '../../testing/server-process.ts';
import { describeIngestCrash, runIngestCrash } from './ingest-crash.scenario.ts';

/**
 * REL-3 for usage ingest: the real server, SIGKILLed with batches in flight and restarted; every batch without an
 * answer is sent again (and one answered batch too). Nothing is lost or doubled, the rollups equal a recount.
 */

let database: ProcessDatabase;
beforeAll(async () => {
  database = await createProcessDatabase();
});
afterAll(async () => {
  await database.close();
});

describe(`the server killed during ingest (${process.env.DATABASE_URL ? 'PostgreSQL' : 'PGlite data dir'})`, () => {
  it('after restart and resending what got no answer, stores every record once and the rollups equal a recount', async () => {
    const report = await runIngestCrash({ database, batches: 12, batchSize: 500, senders: 4 });
    console.log(describeIngestCrash(report));

    expect(report.interrupted).toBeGreaterThan(0);
    expect(report.answeredBeforeKill).toBeLessThan(report.batches);
    expect(report).toMatchObject({
      storedLegs: report.expectedLegs,
      distinctLegs: report.expectedLegs,
      rollupLegs: report.allLegs,
      mismatchedRollupRows: 0,
      ok: true,
    });
  }, 240_000);
});
