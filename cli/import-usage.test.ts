import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ManualClock } from '../domain/clock.ts';
import { type DatabaseHandle, rowsOf } from '../server/platform/db.ts';
import { TEST_START } from '../server/testing/app.ts';
import { createTestDatabase } from '../server/testing/database.ts';
import { createOrganisation, createUser, linkCustomer } from '../server/testing/fixtures.ts';
import { importActor, importUsageFile, recordFromCsv } from './import-usage.ts';

/** `channel-hub import` (CAL-8, X-2): batches of 1,000 through the ingest use case, errors by file position. */

let handle: DatabaseHandle;
const clock = new ManualClock(TEST_START);
const dir = mkdtempSync(path.join(tmpdir(), 'ch-import-'));
let customerId = '';
let otherCustomerId = '';

const leg = (i: number, customer = customerId) => ({
  id: `leg-${i}`,
  customerId: customer,
  callId: `call-${i}`,
  startedAt: '2026-11-20T10:00:00Z',
  durationSeconds: 60,
  endpointType: 'web',
});

beforeAll(async () => {
  handle = await createTestDatabase();
  const vendor = await createOrganisation(handle.db, { kind: 'vendor' });
  await createUser(handle.db, { organisationId: vendor.id, roles: ['vendor_operator'] });
  const partner = await createOrganisation(handle.db, { kind: 'partner' });
  await createUser(handle.db, { organisationId: partner.id, roles: ['partner_full_admin'], email: 'full@p.test' });
  const customer = await createOrganisation(handle.db, { kind: 'customer' });
  const other = await createOrganisation(handle.db, { kind: 'customer' });
  await linkCustomer(handle.db, { partnerId: partner.id, customerId: customer.id });
  customerId = customer.id;
  otherCustomerId = other.id;
});
afterAll(async () => {
  await handle.close();
});

describe('importing a file', () => {
  it('imports NDJSON in batches of 1,000, reports a bad record by its position, and is idempotent', async () => {
    const lines = Array.from({ length: 2_500 }, (_, i) => JSON.stringify(leg(i)));
    lines[1_700] = JSON.stringify({ ...leg(1_700), endpointType: 'pager' });
    const file = path.join(dir, 'calls.ndjson');
    writeFileSync(file, `${lines.join('\n')}\n`);
    const progress: string[] = [];
    const actor = await importActor(handle.db);
    const options = { kind: 'calls' as const, file, format: 'ndjson' as const, actor };
    const totals = await importUsageFile({ db: handle.db, clock }, options, (line) => progress.push(line));
    expect(totals).toMatchObject({ received: 2_500, accepted: 2_499, duplicates: 0, rejected: 1 });
    expect(totals.errors).toEqual([expect.objectContaining({ index: 1_700, field: 'endpointType' })]);
    expect(progress).toHaveLength(3);
    expect(progress.at(-1)).toContain('100 %');
    const again = await importUsageFile({ db: handle.db, clock }, options);
    expect(again).toMatchObject({ accepted: 0, duplicates: 2_499 });
    const [row] = rowsOf<{ n: number }>(
      await handle.db.execute(sql`select sum(legs)::int as n from call_quality_weekly`),
    );
    expect(row?.n).toBe(2_499);
  });

  it('imports CSV with the nested fields flattened, as a partner limited to its customers', async () => {
    const file = path.join(dir, 'calls.csv');
    writeFileSync(
      file,
      [
        'id,customerId,callId,startedAt,durationSeconds,endpointType,mos,features,queueId,queueOutcome,queueWaitSeconds',
        `csv-1,${customerId},c1,2026-11-20T10:00:00Z,60,web,4.1,hold;transfer,q1,answered,12`,
        `csv-2,${otherCustomerId},c2,2026-11-20T10:00:00Z,60,web,,,,,`,
      ].join('\n'),
    );
    const actor = await importActor(handle.db, 'full@p.test');
    const totals = await importUsageFile({ db: handle.db, clock }, { kind: 'calls', file, format: 'csv', actor });
    expect(totals).toMatchObject({ accepted: 1, rejected: 1 });
    expect(totals.errors).toEqual([expect.objectContaining({ index: 1, field: 'customerId' })]);
    const [stored] = rowsOf<{ features: string[]; queue_wait_seconds: number }>(
      await handle.db.execute(sql`select features, queue_wait_seconds from call_legs where id = 'csv-1'`),
    );
    expect(stored).toEqual({ features: ['hold', 'transfer'], queue_wait_seconds: 12 });
  });

  it('turns a CSV row into the API’s record shape', () => {
    expect(recordFromCsv({ id: 'x', mos: '', durationMinutes: '5', queueId: '' })).toEqual({
      id: 'x',
      durationMinutes: 5,
    });
  });
});
