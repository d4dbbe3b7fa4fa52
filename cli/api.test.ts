import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../server/platform/db.ts';
import { buildTestApp, signInAs } from '../server/testing/app.ts';
import { createTestDatabase } from '../server/testing/database.ts';
import { createOrganisation, createUser, linkCustomer } from '../server/testing/fixtures.ts';
import { auditLogEntries, type HubClient, HubError, hubClient, pushUsage, whoAmI } from './api.ts';

/** `channel-hub api …` (NOT-3): the typed client against a hub listening on loopback, with an API token. */
let handle: DatabaseHandle;
let app: FastifyInstance;
let client: HubClient;
let url: string;
let customerId: string;
const dir = mkdtempSync(path.join(tmpdir(), 'ch-api-'));

beforeAll(async () => {
  handle = await createTestDatabase();
  ({ app } = await buildTestApp(handle.db));
  url = await app.listen({ host: '127.0.0.1', port: 0 });
  const partner = await createOrganisation(handle.db, { kind: 'partner', name: 'Api Partner' });
  await createUser(handle.db, { organisationId: partner.id, roles: ['partner_full_admin'], email: 'full@api.test' });
  const customer = await createOrganisation(handle.db, { kind: 'customer' });
  await linkCustomer(handle.db, { partnerId: partner.id, customerId: customer.id });
  customerId = customer.id;
  const browser = await signInAs(app, 'full@api.test');
  const created = await browser.request('POST', '/api/v1/api-tokens', { name: 'CLI' });
  client = hubClient({ url, token: created.json().secret });
});
afterAll(async () => {
  await app.close();
  await handle.close();
});

describe('channel-hub api', () => {
  it('says who the token acts as', async () => {
    expect(await whoAmI(client)).toMatchObject({ email: 'full@api.test', organisation: 'Api Partner' });
  });

  it('reads the token’s audit log page by page', async () => {
    const entries = [];
    for await (const entry of auditLogEntries(client, { action: 'api_token.', max: 10 })) entries.push(entry);
    expect(entries.map((e) => e.action)).toEqual(['api_token.created']);
  });

  it('pushes a usage file in batches, and a repeated push is replayed by its Idempotency-Keys', async () => {
    const file = path.join(dir, 'calls.ndjson');
    const legs = Array.from({ length: 5 }, (_, i) =>
      JSON.stringify({
        id: `leg-${i}`,
        customerId,
        callId: `call-${i}`,
        startedAt: '2026-11-20T10:00:00Z',
        durationSeconds: 60,
        endpointType: 'web',
      }),
    );
    writeFileSync(file, `${[...legs, 'not json'].join('\n')}\n`);
    const first = await pushUsage(client, { kind: 'calls', file, format: 'ndjson', batchSize: 2 });
    expect(first).toMatchObject({ received: 6, accepted: 5, duplicates: 0, rejected: 1 });
    expect(first.errors.map((e) => e.index)).toEqual([5]);
    // The same batches again: the hub answers the stored responses, so the totals are the first push's.
    const again = await pushUsage(client, { kind: 'calls', file, format: 'ndjson', batchSize: 2 });
    expect(again).toMatchObject({ received: 6, accepted: 5, duplicates: 0 });
  });

  it('reports a refusal with the hub’s message', async () => {
    const stranger = hubClient({ url, token: 'chp_not-a-token' });
    await expect(whoAmI(stranger)).rejects.toThrow(HubError);
    await expect(whoAmI(stranger)).rejects.toThrow(/401 invalid_token/);
  });
});
