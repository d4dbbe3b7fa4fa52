import { randomUUID } from 'node:crypto';
import { and, eq, sql } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ManualClock } from '../../../domain/clock.ts';
import type { SubscriptionChangeResponse } from '../../../domain/contracts/subscriptions.ts';
import { envelopeSchema } from '../../../domain/webhook-events.ts';
import { orders, subscriptionServices, subscriptions } from '../../db/schema/index.ts';
import { type DatabaseHandle, rowsOf } from '../../platform/db.ts';
import { type Browser, buildTestApp, signInAs } from '../../testing/app.ts';
import { addLicensedUsers, addSubscription } from '../../testing/customer-data.ts';
import { createTestDatabase } from '../../testing/database.ts';
import { createOrganisation, createUser, linkCustomer } from '../../testing/fixtures.ts';
import { refreshCustomerListEntries } from '../customers/refresh-customer-list.ts';
import { insertEndpoint } from '../webhooks/webhooks.queries.ts';

/**
 * Issue #14: a vendor operator changes, suspends, reinstates and renews subscriptions — each change's effect on
 * crafted data, its one webhook event (none when refused or rolled back), its order, the customer list, and who
 * may: only vendor operators; another customer's or an unknown subscription is not found.
 */

let handle: DatabaseHandle;
let app: FastifyInstance;
let clock: ManualClock;
const people = {} as Record<'op' | 'p1', Browser>;
const ids = {} as Record<
  'customer' | 'foreignCustomer' | 'foreignSubscription' | 'p1' | 'p1Endpoint' | 'p2Endpoint',
  string
>;

const query = async <T>(statement: ReturnType<typeof sql>) => rowsOf<T>(await handle.db.execute(statement));
const url = (subscriptionId: string, action = '', customerId = ids.customer) =>
  `/api/v1/customers/${customerId}/subscriptions/${subscriptionId}${action ? `/${action}` : ''}`;

/** A fresh subscription of the customer: Messaging 10 (8 assigned) and Meetings 20, ending in 200 days. */
async function freshSubscription(options: { state?: 'active' | 'cancelled' | 'expired'; autoRenew?: boolean } = {}) {
  const row = await addSubscription(handle.db, {
    customerId: ids.customer,
    sellerId: ids.p1,
    now: clock.now(),
    state: options.state,
    autoRenew: options.autoRenew ?? true,
    services: [
      { serviceId: 'messaging', quantity: 10 },
      { serviceId: 'meetings', quantity: 20 },
    ],
  });
  await addLicensedUsers(handle.db, {
    customerId: ids.customer,
    serviceId: 'messaging',
    subscriptionId: row.id,
    now: clock.now(),
    usedDaysAgo: [1, 2, 3, 4, 5, 6, null, null],
  });
  await handle.db.transaction((tx) => refreshCustomerListEntries(tx, [ids.customer]));
  return row;
}

async function stored(subscriptionId: string) {
  const [row] = await handle.db
    .select()
    .from(subscriptions)
    .where(and(eq(subscriptions.customerId, ids.customer), eq(subscriptions.id, subscriptionId)));
  if (!row) throw new Error('no such subscription');
  const services = await handle.db
    .select({ serviceId: subscriptionServices.serviceId, quantity: subscriptionServices.quantity })
    .from(subscriptionServices)
    .where(eq(subscriptionServices.subscriptionId, subscriptionId))
    .orderBy(subscriptionServices.serviceId);
  const written = await handle.db.select().from(orders).where(eq(orders.subscriptionId, subscriptionId));
  return { row, services, orders: written };
}

/** The subscription events recorded about one subscription, oldest first. */
async function eventsOf(subscriptionId: string) {
  return query<{ type: string; version: number; data: Record<string, unknown> }>(sql`
    select type, version, data from webhook_events
    where type like 'subscription.%' and data -> 'subscription' ->> 'id' = ${subscriptionId}
    order by occurred_at, id`);
}

const auditOf = (subscriptionId: string) =>
  query<{ action: string }>(sql`select action from audit_log
    where target_type = 'subscription' and target_id = ${subscriptionId} order by at, id`);

async function listedStatuses(): Promise<string[]> {
  const response = await people.p1.request('GET', '/api/v1/customers?limit=50');
  expect(response.statusCode, response.body).toBe(200);
  const item = (response.json().items as { id: string; statuses: string[] }[]).find((c) => c.id === ids.customer);
  return item?.statuses ?? [];
}

beforeAll(async () => {
  handle = await createTestDatabase();
  ({ app, clock } = await buildTestApp(handle.db));
  const db = handle.db;
  const vendor = await createOrganisation(db, { kind: 'vendor', name: 'Vendor' });
  await createUser(db, { organisationId: vendor.id, roles: ['vendor_operator'], email: 'op@v.test' });
  const p1 = await createOrganisation(db, { kind: 'partner', name: 'Partner One' });
  const p2 = await createOrganisation(db, { kind: 'partner', name: 'Partner Two' });
  const full1 = await createUser(db, { organisationId: p1.id, roles: ['partner_full_admin'], email: 'full@p1.test' });
  const customer = await createOrganisation(db, { kind: 'customer', name: 'Lifecycle Customer' });
  const foreign = await createOrganisation(db, { kind: 'customer', name: 'Foreign Customer' });
  await linkCustomer(db, { partnerId: p1.id, customerId: customer.id, createdByUserId: full1.id });
  await linkCustomer(db, { partnerId: p2.id, customerId: foreign.id });
  Object.assign(ids, { customer: customer.id, foreignCustomer: foreign.id, p1: p1.id });
  const foreignSubscription = await addSubscription(db, {
    customerId: foreign.id,
    sellerId: p2.id,
    now: clock.now(),
    services: [{ serviceId: 'calling', quantity: 5 }],
  });
  ids.foreignSubscription = foreignSubscription.id;
  // Each partner's endpoint for the subscription events: only the customer's own partner is sent its events.
  for (const [key, organisationId] of [
    ['p1Endpoint', p1.id],
    ['p2Endpoint', p2.id],
  ] as const) {
    const endpoint = await insertEndpoint(db, {
      organisationId,
      url: `https://hooks.example.com/${key}`,
      eventTypes: ['subscription.changed', 'subscription.suspended', 'subscription.renewed'],
      secret: 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw',
      createdAt: clock.now(),
      updatedAt: clock.now(),
    });
    ids[key] = endpoint.id;
  }
  people.op = await signInAs(app, 'op@v.test');
  people.p1 = await signInAs(app, 'full@p1.test');
});
afterAll(async () => {
  await app.close();
  await handle.close();
});

describe('changing quantities and auto-renew', () => {
  it('writes the quantities, auto-renew and an order of kind change, and sends subscription.changed once', async () => {
    const subscription = await freshSubscription();
    const response = await people.op.request('PATCH', url(subscription.id), {
      version: 1,
      services: [
        { serviceId: 'messaging', quantity: 5 },
        { serviceId: 'meetings', quantity: 20 },
      ],
      autoRenew: false,
    });
    expect(response.statusCode, response.body).toBe(200);
    const body = response.json() as SubscriptionChangeResponse;
    expect(new Map(body.subscription.services.map((s) => [s.serviceId, s.bought]))).toEqual(
      new Map([
        ['meetings', 20],
        ['messaging', 5],
      ]),
    );
    expect(body.subscription).toMatchObject({ autoRenew: false, version: 2 });
    expect(body.order).toMatchObject({ kind: 'change', status: 'completed' });

    const after = await stored(subscription.id);
    expect(after.row).toMatchObject({ autoRenew: false, version: 2, state: 'active' });
    expect(after.services).toEqual([
      { serviceId: 'meetings', quantity: 20 },
      { serviceId: 'messaging', quantity: 5 },
    ]);
    expect(after.orders.map((o) => [o.kind, o.lines])).toEqual([
      [
        'change',
        [
          { serviceId: 'meetings', quantity: 20 },
          { serviceId: 'messaging', quantity: 5 },
        ],
      ],
    ]);
    const events = await eventsOf(subscription.id);
    expect(events.map((e) => e.type)).toEqual(['subscription.changed']);
    const event = events[0];
    expect(() => envelopeSchema('subscription.changed', 1).shape.data.parse(event?.data)).not.toThrow();
    expect(event?.data).toMatchObject({
      subscription: {
        id: subscription.id,
        state: 'active',
        autoRenew: false,
        services: [
          { serviceId: 'meetings', quantity: 20 },
          { serviceId: 'messaging', quantity: 5 },
        ],
      },
      customer: { id: ids.customer },
      sellerOrganisationId: ids.p1,
    });
    expect((await auditOf(subscription.id)).map((a) => a.action)).toEqual(['subscription.changed']);
    // 8 Messaging licences assigned, 5 bought now: over licence in the list, and the over-assignment event.
    expect(await listedStatuses()).toContain('over_licence');
    const [overAssignment] = await query<{ n: number }>(sql`select count(*)::int as n from webhook_events
      where type = 'licence.over_assignment_started' and customer_id = ${ids.customer} and data ->> 'serviceId' = 'messaging'`);
    expect(overAssignment?.n).toBe(1);
  });

  it('gives the analytics the new licence total at once', async () => {
    const subscription = await freshSubscription();
    const response = await people.op.request('PATCH', url(subscription.id), {
      version: 1,
      services: [{ serviceId: 'meetings', quantity: 35 }],
    });
    expect(response.statusCode, response.body).toBe(200);
    const [tail] = await query<{ total: number }>(sql`select total from licence_weekly_tail
      where subscription_id = ${subscription.id} and service_id = 'meetings'`);
    expect(tail?.total).toBe(35);
  });

  it('writes and sends nothing for a change that changes nothing', async () => {
    const subscription = await freshSubscription();
    const response = await people.op.request('PATCH', url(subscription.id), {
      version: 1,
      services: [{ serviceId: 'messaging', quantity: 10 }],
      autoRenew: true,
    });
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json().order).toBeNull();
    const after = await stored(subscription.id);
    expect(after.row.version).toBe(1);
    expect(after.orders).toEqual([]);
    expect(await eventsOf(subscription.id)).toEqual([]);
  });

  it('refuses bad input naming the field, and writes nothing', async () => {
    const subscription = await freshSubscription();
    const cases: [unknown, string][] = [
      [{ version: 1, services: [{ serviceId: 'messaging', quantity: 0 }] }, 'services.0.quantity'],
      [{ version: 1, services: [{ serviceId: 'calling', quantity: 5 }] }, 'services.0.serviceId'],
      [
        {
          version: 1,
          services: [
            { serviceId: 'messaging', quantity: 5 },
            { serviceId: 'messaging', quantity: 6 },
          ],
        },
        'services.1.serviceId',
      ],
      [{ version: 1, autoRenew: 'no' }, 'autoRenew'],
    ];
    for (const [body, field] of cases) {
      const response = await people.op.request('PATCH', url(subscription.id), body);
      expect(response.statusCode, response.body).toBe(400);
      expect(response.json().error.field, response.body).toContain(field);
    }
    const stale = await people.op.request('PATCH', url(subscription.id), { version: 7, autoRenew: false });
    expect(stale.statusCode).toBe(409);
    const after = await stored(subscription.id);
    expect(after.row.version).toBe(1);
    expect(after.services.map((s) => s.quantity)).toEqual([20, 10]);
    expect(after.orders).toEqual([]);
    expect(await eventsOf(subscription.id)).toEqual([]);
    expect(await auditOf(subscription.id)).toEqual([]);
  });

  it('refuses to change a cancelled subscription (409 on state)', async () => {
    const subscription = await freshSubscription({ state: 'cancelled' });
    const response = await people.op.request('PATCH', url(subscription.id), { version: 1, autoRenew: false });
    expect(response.statusCode).toBe(409);
    expect(response.json().error).toMatchObject({ code: 'invalid_state', field: 'state' });
    expect(await eventsOf(subscription.id)).toEqual([]);
  });
});

describe('suspending and reinstating', () => {
  it('suspends as unpaid, shows the customer as Suspended, and sends subscription.suspended once', async () => {
    const subscription = await freshSubscription();
    expect(await listedStatuses()).not.toContain('suspended');
    const response = await people.op.request('POST', url(subscription.id, 'suspend'), { version: 1 });
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json().subscription).toMatchObject({ state: 'suspended', billingState: 'unpaid', version: 2 });
    expect(response.json().order).toBeNull();
    const after = await stored(subscription.id);
    expect(after.row).toMatchObject({ state: 'suspended', billingState: 'unpaid' });
    expect(after.orders).toEqual([]);
    expect(await listedStatuses()).toContain('suspended');
    const events = await eventsOf(subscription.id);
    expect(events.map((e) => [e.type, (e.data.subscription as { state: string }).state])).toEqual([
      ['subscription.suspended', 'suspended'],
    ]);
    const deliveries = await query<{ endpoint_id: string; event_type: string }>(sql`
      select d.endpoint_id, d.event_type from webhook_deliveries d join webhook_events e on e.id = d.event_id
      where e.data -> 'subscription' ->> 'id' = ${subscription.id}`);
    expect(deliveries).toEqual([{ endpoint_id: ids.p1Endpoint, event_type: 'subscription.suspended' }]);

    // A second suspension makes no sense: refused on the state, nothing more sent.
    const again = await people.op.request('POST', url(subscription.id, 'suspend'), { version: 2 });
    expect(again.statusCode).toBe(409);
    expect(again.json().error).toMatchObject({ code: 'invalid_state', field: 'state' });
    expect(again.json().error.message).toMatch(/suspended already/);
    // Renewing waits for the reinstatement.
    expect((await people.op.request('POST', url(subscription.id, 'renew'), { version: 2 })).statusCode).toBe(409);
    expect(await eventsOf(subscription.id)).toHaveLength(1);

    // A minute later, so the events' order is their instants'.
    clock.advance(60_000);
    const reinstated = await people.op.request('POST', url(subscription.id, 'reinstate'), { version: 2 });
    expect(reinstated.statusCode, reinstated.body).toBe(200);
    expect((await stored(subscription.id)).row).toMatchObject({ state: 'active', billingState: 'paid', version: 3 });
    expect(await listedStatuses()).not.toContain('suspended');
    expect((await eventsOf(subscription.id)).map((e) => e.type)).toEqual([
      'subscription.suspended',
      'subscription.changed',
    ]);
    expect((await auditOf(subscription.id)).map((a) => a.action)).toEqual([
      'subscription.suspended',
      'subscription.reinstated',
    ]);
    // Reinstating an active subscription is refused.
    expect((await people.op.request('POST', url(subscription.id, 'reinstate'), { version: 3 })).statusCode).toBe(409);
  });

  it('reinstates an active subscription whose billing is unpaid: paid again, no longer Suspended', async () => {
    const subscription = await freshSubscription();
    await handle.db.update(subscriptions).set({ billingState: 'unpaid' }).where(eq(subscriptions.id, subscription.id));
    await handle.db.transaction((tx) => refreshCustomerListEntries(tx, [ids.customer]));
    expect(await listedStatuses()).toContain('suspended');
    const response = await people.op.request('POST', url(subscription.id, 'reinstate'), { version: 1 });
    expect(response.statusCode, response.body).toBe(200);
    expect((await stored(subscription.id)).row).toMatchObject({ state: 'active', billingState: 'paid' });
    expect(await listedStatuses()).not.toContain('suspended');
    expect((await eventsOf(subscription.id)).map((e) => e.type)).toEqual(['subscription.changed']);
  });

  it('lets one of two operators acting on the same version win; the other gets a conflict', async () => {
    const subscription = await freshSubscription();
    const [first, second] = await Promise.all([
      people.op.request('POST', url(subscription.id, 'suspend'), { version: 1 }),
      people.op.request('POST', url(subscription.id, 'suspend'), { version: 1 }),
    ]);
    expect([first?.statusCode, second?.statusCode].sort()).toEqual([200, 409]);
    expect(await eventsOf(subscription.id)).toHaveLength(1);
  });

  it('sends nothing when the change is rolled back', async () => {
    const subscription = await freshSubscription();
    // The customer list's refresh, after the event was recorded in the change's transaction, fails.
    await handle.db.execute(sql`create function fail_refresh() returns trigger language plpgsql as
      $$ begin raise exception 'the list refresh fails'; end $$`);
    await handle.db.execute(sql`create trigger fail_refresh before insert or update on customer_list_entries
      for each statement execute function fail_refresh()`);
    try {
      const response = await people.op.request('POST', url(subscription.id, 'suspend'), { version: 1 });
      expect(response.statusCode).toBe(500);
    } finally {
      await handle.db.execute(sql`drop trigger fail_refresh on customer_list_entries`);
      await handle.db.execute(sql`drop function fail_refresh()`);
    }
    expect((await stored(subscription.id)).row).toMatchObject({ state: 'active', version: 1 });
    expect(await eventsOf(subscription.id)).toEqual([]);
    expect(await auditOf(subscription.id)).toEqual([]);
  });
});

describe('renewing', () => {
  it('moves the end by the term, writes an order of kind renewal, and sends subscription.renewed once', async () => {
    const subscription = await freshSubscription({ autoRenew: false });
    const response = await people.op.request('POST', url(subscription.id, 'renew'), { version: 1 });
    expect(response.statusCode, response.body).toBe(200);
    const expectedEnd = new Date(subscription.endsAt);
    expectedEnd.setUTCFullYear(expectedEnd.getUTCFullYear() + 1);
    const after = await stored(subscription.id);
    expect(after.row.endsAt.toISOString()).toBe(expectedEnd.toISOString());
    expect(after.row).toMatchObject({ state: 'active', termMonths: 12, version: 2 });
    expect(after.orders.map((o) => [o.kind, o.lines])).toEqual([
      [
        'renewal',
        [
          { serviceId: 'meetings', quantity: 20 },
          { serviceId: 'messaging', quantity: 10 },
        ],
      ],
    ]);
    expect(response.json().subscription.endsAt).toBe(expectedEnd.toISOString());
    const events = await eventsOf(subscription.id);
    expect(events.map((e) => [e.type, (e.data.subscription as { endsAt: string }).endsAt])).toEqual([
      ['subscription.renewed', expectedEnd.toISOString()],
    ]);

    // A term given with the request becomes the subscription's.
    const longer = await people.op.request('POST', url(subscription.id, 'renew'), { version: 2, termMonths: 24 });
    expect(longer.statusCode, longer.body).toBe(200);
    expectedEnd.setUTCFullYear(expectedEnd.getUTCFullYear() + 2);
    expect((await stored(subscription.id)).row).toMatchObject({ endsAt: expectedEnd, termMonths: 24 });
    expect(longer.json().subscription.termMonths).toBe(24);
  });

  it('renews a lapsed term from now, on the clock', async () => {
    const subscription = await freshSubscription({ autoRenew: false });
    clock.advance(250 * 86_400_000);
    // Sessions expire while the clock moves days on.
    people.op = await signInAs(app, 'op@v.test');
    people.p1 = await signInAs(app, 'full@p1.test');
    const response = await people.op.request('POST', url(subscription.id, 'renew'), { version: 1 });
    expect(response.statusCode, response.body).toBe(200);
    const expectedEnd = clock.now();
    expectedEnd.setUTCFullYear(expectedEnd.getUTCFullYear() + 1);
    expect((await stored(subscription.id)).row.endsAt.toISOString()).toBe(expectedEnd.toISOString());
  });

  it('refuses to renew a cancelled or expired subscription, and sends nothing', async () => {
    for (const state of ['cancelled', 'expired'] as const) {
      const subscription = await freshSubscription({ state });
      const response = await people.op.request('POST', url(subscription.id, 'renew'), { version: 1 });
      expect(response.statusCode).toBe(409);
      expect(response.json().error).toMatchObject({ code: 'invalid_state', field: 'state' });
      expect((await stored(subscription.id)).orders).toEqual([]);
      expect(await eventsOf(subscription.id)).toEqual([]);
    }
    const subscription = await freshSubscription();
    const badTerm = await people.op.request('POST', url(subscription.id, 'renew'), { version: 1, termMonths: 7 });
    expect(badTerm.statusCode).toBe(400);
    expect(badTerm.json().error.field).toContain('termMonths');
  });
});

describe('who may', () => {
  const actions = (subscriptionId: string, customerId = ids.customer) =>
    [
      ['PATCH', url(subscriptionId, '', customerId), { version: 1, autoRenew: false }],
      ['POST', url(subscriptionId, 'suspend', customerId), { version: 1 }],
      ['POST', url(subscriptionId, 'reinstate', customerId), { version: 1 }],
      ['POST', url(subscriptionId, 'renew', customerId), { version: 1 }],
    ] as const;

  it('refuses a partner, even the one that sold the subscription (403), and writes nothing', async () => {
    const subscription = await freshSubscription();
    for (const [method, path, body] of actions(subscription.id)) {
      const response = await people.p1.request(method, path, body);
      expect(response.statusCode, `${method} ${path}`).toBe(403);
    }
    expect((await stored(subscription.id)).row.version).toBe(1);
    expect(await eventsOf(subscription.id)).toEqual([]);
  });

  it('finds no subscription of another customer, nor an unknown one (404)', async () => {
    for (const [method, path, body] of [
      ...actions(ids.foreignSubscription),
      ...actions(randomUUID()),
      ...actions(ids.foreignSubscription, randomUUID()),
    ]) {
      const response = await people.op.request(method, path, body);
      expect(response.statusCode, `${method} ${path}`).toBe(404);
    }
    expect(await eventsOf(ids.foreignSubscription)).toEqual([]);
  });
});
