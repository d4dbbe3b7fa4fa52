import { randomUUID } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { eq, sql } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import { Webhook } from 'standardwebhooks';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { DAY_MS, type ManualClock } from '../../../domain/clock.ts';
import { isPrivateAddress, retrySpanMs, WEBHOOK_MAX_ATTEMPTS, webhookRetryDelayMs } from '../../../domain/webhooks.ts';
import { trials } from '../../db/schema/index.ts';
import { type DatabaseHandle, rowsOf } from '../../platform/db.ts';
import { ensureCatalogue } from '../../seed/catalogue.ts';
import { type Browser, buildTestApp, signInAs } from '../../testing/app.ts';
import { createTestDatabase } from '../../testing/database.ts';
import { createOrganisation, createUser } from '../../testing/fixtures.ts';
import { linkForConsentedTrial } from '../trials/trial-requests.queries.ts';
import { recordCustomerAdded, recordCustomersChanged } from './change-events.ts';
import { deliverDueWebhooks } from './deliver-webhooks.ts';
import { postWebhook } from './webhook-http.ts';

/** NOT-2, BEY-9: signed webhooks from the outbox to a real receiver on loopback, retries, disabling, replay, SSRF. */

interface Received {
  path: string;
  headers: Record<string, string>;
  body: string;
}

let handle: DatabaseHandle;
let app: FastifyInstance;
let clock: ManualClock;
let receiver: http.Server;
let base: string;
const received: Received[] = [];
/** Paths the receiver answers 500 on. */
const failing = new Set<string>();
const people = {} as Record<'op' | 'p1' | 'p2' | 'admin', Browser>;

const deliver = () => deliverDueWebhooks({ db: handle.db, clock });
const query = async <T>(statement: ReturnType<typeof sql>) => rowsOf<T>(await handle.db.execute(statement));
const at = (path: string) => received.filter((r) => r.path === path);

async function createEndpoint(who: Browser, path: string, eventTypes?: string[]) {
  const response = await who.request('POST', '/api/v1/webhooks/endpoints', {
    url: `${base}${path}`,
    description: `Receiver ${path}`,
    eventTypes: eventTypes ?? [
      'customer.created',
      'trial.state_changed',
      'provisioning.status_changed',
      'licence.over_assignment_started',
      'licence.over_assignment_ended',
    ],
  });
  expect(response.statusCode, response.body).toBe(201);
  return response.json() as { endpoint: { id: string }; secret: string };
}

/** Sessions expire while the clock moves days on: everybody signs in again after such a move. */
async function signInEverybody() {
  people.op = await signInAs(app, 'op@v.test');
  people.p1 = await signInAs(app, 'full@p1.test');
  people.p2 = await signInAs(app, 'full@p2.test');
  people.admin = await signInAs(app, 'admin@p1.test');
}

beforeAll(async () => {
  handle = await createTestDatabase();
  ({ app, clock } = await buildTestApp(handle.db));
  await ensureCatalogue(handle.db);
  const vendor = await createOrganisation(handle.db, { kind: 'vendor' });
  await createUser(handle.db, { organisationId: vendor.id, roles: ['vendor_operator'], email: 'op@v.test' });
  for (const name of ['p1', 'p2']) {
    const partner = await createOrganisation(handle.db, { kind: 'partner' });
    await createUser(handle.db, {
      organisationId: partner.id,
      roles: ['partner_full_admin'],
      email: `full@${name}.test`,
    });
  }
  const p1 = await createOrganisation(handle.db, { kind: 'partner' });
  await createUser(handle.db, { organisationId: p1.id, roles: ['partner_admin'], email: 'admin@p1.test' });
  await signInEverybody();
  receiver = http.createServer((request, response) => {
    let body = '';
    request.on('data', (chunk) => {
      body += chunk;
    });
    request.on('end', () => {
      const path = request.url ?? '';
      received.push({ path, headers: request.headers as Record<string, string>, body });
      response.statusCode = failing.has(path) ? 500 : 204;
      response.end(failing.has(path) ? 'receiver is down' : '');
    });
  });
  await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}`;
});
afterAll(async () => {
  await new Promise((resolve) => receiver.close(resolve));
  await app.close();
  await handle.close();
});
beforeEach(() => {
  received.length = 0;
});

describe('SSRF protection', () => {
  it('classifies loopback, link-local and private addresses, and only them', () => {
    for (const a of [
      '127.0.0.1',
      '10.1.2.3',
      '172.16.0.1',
      '192.168.1.1',
      '169.254.169.254',
      '::1',
      'fe80::1',
      'fd00::1',
      '::ffff:127.0.0.1',
      '0.0.0.0',
    ]) {
      expect(isPrivateAddress(a), a).toBe(true);
    }
    for (const a of ['8.8.8.8', '172.32.0.1', '2a00:1450::1']) expect(isPrivateAddress(a), a).toBe(false);
  });

  it('refuses a private endpoint URL and a name resolving to loopback unless the operator allows them', async () => {
    const refused = await people.p1.request('POST', '/api/v1/webhooks/endpoints', {
      url: `${base}/nope`,
      eventTypes: ['customer.created'],
    });
    expect(refused.statusCode).toBe(400);
    expect(refused.json().error.field).toBe('url');
    const port = (receiver.address() as AddressInfo).port;
    const byName = await postWebhook(`http://localhost:${port}/dns`, {}, '{}', false, Date.now);
    expect(byName.error).toMatch(/Refused/);
    expect(at('/dns')).toHaveLength(0);
    expect(
      (await people.p1.request('PUT', '/api/v1/webhooks/settings', { allowPrivateAddresses: true })).statusCode,
    ).toBe(403);
    const allowed = await people.op.request('PUT', '/api/v1/webhooks/settings', { allowPrivateAddresses: true });
    expect(allowed.json()).toEqual({ allowPrivateAddresses: true });
  });
});

describe('events', () => {
  it('signs each change’s events once, for the partner of the customer only, verified by the standard verifier', async () => {
    const mine = await createEndpoint(people.p1, '/p1');
    await createEndpoint(people.p2, '/p2');
    const vendorEndpoint = await createEndpoint(people.op, '/vendor', ['customer.created']);
    expect(mine.secret).toMatch(/^whsec_/);
    expect(JSON.stringify((await people.p1.request('GET', '/api/v1/webhooks/endpoints')).json())).not.toContain(
      mine.secret,
    );
    const trial = await people.p1.request('POST', '/api/v1/trials', {
      companyName: 'Hooked Ltd',
      adminEmail: 'admin@hooked.test',
      vertical: 'Transportation and logistics',
      country: 'DK',
      supportedLocationAcknowledged: true,
      services: ['messaging'],
      licenceQuantity: 1,
      durationDays: 30,
      setup: 'later',
    });
    expect(trial.statusCode, trial.body).toBe(201);
    await deliver();
    const types = at('/p1').map((r) => JSON.parse(r.body).type);
    expect(types.filter((t) => t === 'customer.created')).toHaveLength(1);
    expect(types.filter((t) => t === 'trial.state_changed')).toHaveLength(1);
    expect(at('/p2')).toHaveLength(0);
    expect(at('/vendor').map((r) => JSON.parse(r.body).type)).toEqual(['customer.created']);
    for (const request of at('/p1')) {
      const event = new Webhook(mine.secret).verify(request.body, request.headers) as { id: string; version: number };
      expect(event.version).toBe(1);
      expect(request.headers['webhook-id']).toMatch(/^msg_/);
    }
    expect(() =>
      new Webhook(vendorEndpoint.secret).verify(at('/p1')[0]?.body ?? '', at('/p1')[0]?.headers ?? {}),
    ).toThrow();
    // A second run sends nothing more: each delivery was marked delivered.
    received.length = 0;
    await deliver();
    expect(received).toHaveLength(0);
  });

  it('records over-assignment starting and ending once each, for the customer’s partner', async () => {
    const [customer] = await query<{ id: string }>(sql`select id from organisations where name = 'Hooked Ltd'`);
    const token = await people.p1.request('POST', '/api/v1/api-tokens', { name: 'usage' });
    const secret = token.json().secret as string;
    // Each batch a second after the one before: a user's assignment and unassignment at one instant have no order.
    let batch = 0;
    const send = (action: 'assign' | 'unassign', users: string[]) => {
      const occurredAt = new Date(clock.now().getTime() - 60_000 + ++batch * 1000).toISOString();
      return app.inject({
        method: 'POST',
        url: '/api/v1/usage/licence-assignments',
        headers: { authorization: `Bearer ${secret}` },
        payload: users.map((userId) => ({
          id: randomUUID(),
          customerId: customer?.id,
          userId,
          serviceId: 'messaging',
          action,
          occurredAt,
        })),
      });
    };
    const users = [randomUUID(), randomUUID()];
    expect((await send('assign', users)).json().accepted).toBe(2);
    const third = randomUUID();
    await send('assign', [third]);
    await send('unassign', [...users, third]);
    await deliver();
    const types = at('/p1').map((r) => JSON.parse(r.body).type);
    expect(types.sort()).toEqual(['licence.over_assignment_ended', 'licence.over_assignment_started']);
    expect(at('/p2')).toHaveLength(0);
  });

  it('sends nothing for a rolled-back change', async () => {
    const [customer] = await query<{ id: string; partner_id: string }>(
      sql`select o.id, pc.partner_id from organisations o join partner_customers pc on pc.customer_id = o.id
        where o.name = 'Hooked Ltd'`,
    );
    const before = await query<{ n: number }>(sql`select count(*)::int as n from webhook_events`);
    await expect(
      handle.db.transaction(async (tx) => {
        await recordCustomerAdded(tx, clock, {
          partnerId: customer?.partner_id as string,
          customer: { id: customer?.id as string, name: 'Hooked Ltd' },
        });
        throw new Error('the change fails');
      }),
    ).rejects.toThrow('the change fails');
    expect(await query<{ n: number }>(sql`select count(*)::int as n from webhook_events`)).toEqual(before);
    await deliver();
    expect(received).toHaveLength(0);
  });
});

describe('customer changes', () => {
  const hooked = async () =>
    (
      await query<{ id: string; partner_id: string }>(
        sql`select o.id, pc.partner_id from organisations o join partner_customers pc on pc.customer_id = o.id
        where o.name = 'Hooked Ltd'`,
      )
    )[0] as { id: string; partner_id: string };
  const changes = (path: string) =>
    at(path).map((r) => JSON.parse(r.body) as { type: string; data: { changed: string[]; tags: string[] } });

  it('sends customer.changed once per tag change of a customer, to the customer’s partner only', async () => {
    await createEndpoint(people.p1, '/p1-changes', ['customer.changed']);
    await createEndpoint(people.p2, '/p2-changes', ['customer.changed']);
    const customer = await hooked();
    const tag = (await people.p1.request('POST', '/api/v1/tags', { name: 'Gold' })).json() as { id: string };
    const tagUrl = `/api/v1/customers/${customer.id}/tags/${tag.id}`;
    const step = async (method: 'PUT' | 'DELETE' | 'PATCH', url: string, body?: unknown) => {
      const response = await people.p1.request(method, url, body);
      expect(response.statusCode, response.body).toBeLessThan(300);
      received.length = 0;
      await deliver();
      return changes('/p1-changes');
    };
    const put = await step('PUT', tagUrl);
    expect(put.map((e) => [e.type, e.data.changed, e.data.tags])).toEqual([['customer.changed', ['tags'], ['Gold']]]);
    expect(changes('/p2-changes')).toEqual([]);
    // The same tag again changes nothing, so nothing is sent.
    expect(await step('PUT', tagUrl)).toEqual([]);
    expect((await step('PATCH', `/api/v1/tags/${tag.id}`, { name: 'Platinum' })).map((e) => e.data.tags)).toEqual([
      ['Platinum'],
    ]);
    expect(await step('PATCH', `/api/v1/tags/${tag.id}`, { colour: 'red' })).toEqual([]);
    expect((await step('DELETE', tagUrl)).map((e) => e.data.tags)).toEqual([[]]);
    await step('PUT', tagUrl);
    expect((await step('DELETE', `/api/v1/tags/${tag.id}`)).map((e) => e.data.tags)).toEqual([[]]);

    // Another partner cannot tag the customer, and hears of none of this.
    const theirs = (await people.p2.request('POST', '/api/v1/tags', { name: 'Theirs' })).json() as { id: string };
    const refused = await people.p2.request('PUT', `/api/v1/customers/${customer.id}/tags/${theirs.id}`);
    expect(refused.statusCode).toBe(404);
    received.length = 0;
    await deliver();
    expect(received).toHaveLength(0);
  });

  it('sends customer.changed once when a consent changes the partner’s level, and nothing when it stays', async () => {
    const customer = await hooked();
    const [trial] = await handle.db.select().from(trials).where(eq(trials.customerId, customer.id));
    if (!trial) throw new Error('Hooked Ltd has a trial');
    await handle.db.transaction((tx) => linkForConsentedTrial(tx, trial, 'provisioning', true, clock.now()));
    await deliver();
    expect(changes('/p1-changes').map((e) => [e.data.changed, (e.data as { adminLevel?: string }).adminLevel])).toEqual(
      [[['adminLevel'], 'provisioning']],
    );
    received.length = 0;
    await handle.db.transaction((tx) => linkForConsentedTrial(tx, trial, 'provisioning', true, clock.now()));
    await deliver();
    expect(received).toHaveLength(0);
    await handle.db.transaction((tx) => linkForConsentedTrial(tx, trial, 'full', true, clock.now()));
    await deliver();
    expect(changes('/p1-changes')).toHaveLength(1);
    expect(changes('/p2-changes')).toHaveLength(0);
  });

  it('sends nothing for a rolled-back customer change', async () => {
    const customer = await hooked();
    await expect(
      handle.db.transaction(async (tx) => {
        await recordCustomersChanged(tx, clock, {
          partnerId: customer.partner_id,
          customerIds: [customer.id],
          changed: 'tags',
        });
        throw new Error('the change fails');
      }),
    ).rejects.toThrow('the change fails');
    await deliver();
    expect(received).toHaveLength(0);
  });
});

describe('delivery', () => {
  it('retries with exponential backoff on the clock over at least 24 hours, then marks the delivery failed', async () => {
    expect(retrySpanMs()).toBeGreaterThanOrEqual(DAY_MS);
    const endpoint = await createEndpoint(people.p1, '/retry');
    failing.add('/retry');
    const test = await people.p1.request('POST', `/api/v1/webhooks/endpoints/${endpoint.endpoint.id}/test`);
    expect(test.statusCode).toBe(201);
    await deliver();
    expect(at('/retry')).toHaveLength(1);
    await deliver();
    expect(at('/retry')).toHaveLength(1);
    for (let attempt = 1; attempt < WEBHOOK_MAX_ATTEMPTS; attempt++) {
      clock.advance(webhookRetryDelayMs(attempt) - 1);
      await deliver();
      expect(at('/retry')).toHaveLength(attempt);
      clock.advance(1);
      await deliver();
      expect(at('/retry')).toHaveLength(attempt + 1);
    }
    await signInEverybody();
    const ids = new Set(at('/retry').map((r) => r.headers['webhook-id']));
    expect(ids.size).toBe(1);
    const log = await people.p1.request(
      'GET',
      `/api/v1/webhooks/endpoints/${endpoint.endpoint.id}/deliveries?status=failed`,
    );
    expect(log.json().items).toHaveLength(1);
    const detail = await people.p1.request(
      'GET',
      `/api/v1/webhooks/endpoints/${endpoint.endpoint.id}/deliveries/${log.json().items[0].id}`,
    );
    expect(detail.json().attemptLog).toHaveLength(WEBHOOK_MAX_ATTEMPTS);
    expect(detail.json().attemptLog[0]).toMatchObject({ responseStatus: 500, responseExcerpt: 'receiver is down' });

    // Replay: the failed delivery goes again, with the same webhook-id, and is delivered once the receiver is up.
    failing.delete('/retry');
    received.length = 0;
    const replay = await people.p1.request('POST', `/api/v1/webhooks/endpoints/${endpoint.endpoint.id}/replay-failed`, {
      since: '2020-01-01T00:00:00Z',
    });
    expect(replay.json()).toEqual({ replayed: 1, more: false });
    await deliver();
    expect(at('/retry').map((r) => r.headers['webhook-id'])).toEqual([...ids]);
    const after = await people.p1.request('GET', `/api/v1/webhooks/endpoints/${endpoint.endpoint.id}/deliveries`);
    expect(after.json().items[0].status).toBe('delivered');
    received.length = 0;
    const one = await people.p1.request(
      'POST',
      `/api/v1/webhooks/endpoints/${endpoint.endpoint.id}/deliveries/${after.json().items[0].id}/replay`,
    );
    expect(one.statusCode).toBe(200);
    await deliver();
    expect(at('/retry')).toHaveLength(1);
  });

  it('disables an endpoint failing for 5 days and e-mails its owner', async () => {
    const endpoint = await createEndpoint(people.p1, '/down');
    failing.add('/down');
    const url = `/api/v1/webhooks/endpoints/${endpoint.endpoint.id}`;
    await people.p1.request('POST', `${url}/test`);
    await deliver();
    clock.advance(2 * DAY_MS);
    await signInEverybody();
    await people.p1.request('POST', `${url}/test`);
    await deliver();
    expect((await people.p1.request('GET', url)).json().enabled).toBe(true);
    clock.advance(3 * DAY_MS);
    await signInEverybody();
    await people.p1.request('POST', `${url}/test`);
    await deliver();
    const disabled = (await people.p1.request('GET', url)).json();
    expect(disabled).toMatchObject({ enabled: false, disabledReason: 'failing' });
    const mails = await query<{ to_address: string }>(
      sql`select to_address from email_outbox where template = 'webhook.endpoint-disabled'`,
    );
    expect(mails.map((m) => m.to_address)).toEqual(['full@p1.test']);
    received.length = 0;
    await people.p1.request('POST', `${url}/test`);
    await deliver();
    expect(at('/down')).toHaveLength(0);
  });

  it('signs with both secrets during a rotation’s overlap, then with the new one only', async () => {
    const endpoint = await createEndpoint(people.p1, '/rotate');
    const url = `/api/v1/webhooks/endpoints/${endpoint.endpoint.id}`;
    const rotated = await people.p1.request('POST', `${url}/secret`);
    expect(rotated.statusCode).toBe(201);
    const next = rotated.json().secret as string;
    await people.p1.request('POST', `${url}/test`);
    await deliver();
    const [request] = at('/rotate');
    expect(request?.headers['webhook-signature']?.split(' ')).toHaveLength(2);
    expect(() => new Webhook(endpoint.secret).verify(request?.body ?? '', request?.headers ?? {})).not.toThrow();
    expect(() => new Webhook(next).verify(request?.body ?? '', request?.headers ?? {})).not.toThrow();
    clock.advance(DAY_MS + 1);
    await signInEverybody();
    received.length = 0;
    await people.p1.request('POST', `${url}/test`);
    await deliver();
    const [later] = at('/rotate');
    expect(() => new Webhook(endpoint.secret).verify(later?.body ?? '', later?.headers ?? {})).toThrow();
    expect(() => new Webhook(next).verify(later?.body ?? '', later?.headers ?? {})).not.toThrow();
  });

  it('keeps endpoints to their organisation and their managers', async () => {
    const endpoint = await createEndpoint(people.p1, '/own');
    const url = `/api/v1/webhooks/endpoints/${endpoint.endpoint.id}`;
    expect((await people.p2.request('GET', url)).statusCode).toBe(404);
    expect((await people.p2.request('POST', `${url}/test`)).statusCode).toBe(404);
    expect((await people.admin.request('GET', '/api/v1/webhooks/endpoints')).statusCode).toBe(403);
    const bad = await people.p1.request('POST', '/api/v1/webhooks/endpoints', {
      url: `${base}/x`,
      eventTypes: ['nope'],
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.field).toMatch(/eventTypes/);
  });
});
