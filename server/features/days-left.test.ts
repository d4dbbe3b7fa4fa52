import { eq } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DAY_MS } from '../../domain/clock.ts';
import type { CustomerConsole } from '../../domain/contracts/console.ts';
import type { CustomerSubscriptionsResponse } from '../../domain/contracts/customer-detail.ts';
import type { CustomerListResponse } from '../../domain/contracts/customers.ts';
import type {
  ConsentListResponse,
  ExtensionListResponse,
  TrialDetail,
  TrialListResponse,
} from '../../domain/contracts/trials.ts';
import { organisations, trials } from '../db/schema/index.ts';
import type { DatabaseHandle } from '../platform/db.ts';
import { type Browser, buildTestApp, signInAs, TEST_START } from '../testing/app.ts';
import { addSubscription, addTrial } from '../testing/customer-data.ts';
import { createTestDatabase } from '../testing/database.ts';
import { createOrganisation, createUser, linkCustomer } from '../testing/fixtures.ts';
import { refreshCustomerListEntries } from './customers/refresh-customer-list.ts';

/**
 * every "days left" in a response is counted in whole days of the partner's time zone. The test clock
 * stands at TEST_START, 09:00 UTC on 21 November 2026: 22:00 on the 21st in Auckland, 01:00 on the 21st in
 * Los Angeles. Each end below falls on a different calendar day in UTC than in the partner's zone, so a count
 * in UTC (what the web used to do) would be one day off.
 */

const now = new Date(TEST_START);
const HOUR_MS = 60 * 60 * 1000;
/** Days and hours after now, as an instant. */
const fromNow = (days: number, hours = 0) => new Date(now.getTime() + days * DAY_MS + hours * HOUR_MS);

let handle: DatabaseHandle;
let app: FastifyInstance;
const ids: Record<string, string> = {};
const browsers = new Map<string, Browser>();

async function get<T>(email: string, url: string): Promise<T> {
  let browser = browsers.get(email);
  if (!browser) {
    browser = await signInAs(app, email);
    browsers.set(email, browser);
  }
  const response = await browser.request('GET', url);
  expect(response.statusCode, response.body).toBe(200);
  return response.json() as T;
}

async function partnerIn(timeZone: string, email: string) {
  const partner = await createOrganisation(handle.db, { kind: 'partner', name: `Partner in ${timeZone}` });
  await handle.db.update(organisations).set({ timeZone }).where(eq(organisations.id, partner.id));
  const user = await createUser(handle.db, { organisationId: partner.id, roles: ['partner_full_admin'], email });
  return { partner, user };
}

beforeAll(async () => {
  handle = await createTestDatabase();
  ({ app } = await buildTestApp(handle.db));
  const db = handle.db;
  const vendor = await createOrganisation(db, { kind: 'vendor', name: 'Vendor' });
  await createUser(db, { organisationId: vendor.id, roles: ['vendor_operator'], email: 'op@v.test' });
  const auckland = await partnerIn('Pacific/Auckland', 'full@auckland.test');
  const losAngeles = await partnerIn('America/Los_Angeles', 'full@la.test');

  const customer = await createOrganisation(db, { kind: 'customer', name: 'Kiwi Customer' });
  await createUser(db, { organisationId: customer.id, roles: ['customer_full_admin'], email: 'admin@kiwi.test' });
  await linkCustomer(db, { partnerId: auckland.partner.id, customerId: customer.id });
  ids.customer = customer.id;
  // Ends 12:00 UTC on the 28th: 7 days in UTC, but 01:00 on the 29th in Auckland, 8 days.
  await addSubscription(db, {
    customerId: customer.id,
    sellerId: auckland.partner.id,
    now,
    autoRenew: false,
    endsInDays: 7 + 3 / 24,
    services: [{ serviceId: 'messaging', quantity: 10 }],
  });
  // Ends 12:00 UTC on the 26th: 6 days in Auckland (5 in UTC).
  const running = await addTrial(db, {
    customerId: customer.id,
    partnerId: auckland.partner.id,
    requestedByUserId: auckland.user.id,
    now,
    state: 'active',
    endsInDays: 5 + 3 / 24,
    serviceIds: ['meetings'],
  });
  ids.running = running.id;
  // Requested 12:00 UTC on the 19th: lapses ten days later, 12:00 UTC on the 29th (8 days in UTC), which is
  // 01:00 on the 30th in Auckland, 9 days.
  const pending = await addTrial(db, {
    customerId: customer.id,
    partnerId: auckland.partner.id,
    requestedByUserId: auckland.user.id,
    now,
    state: 'pending_consent',
    endsInDays: null,
    serviceIds: ['calling'],
  });
  await db
    .update(trials)
    .set({ consentRequestedAt: fromNow(-2, 3) })
    .where(eq(trials.id, pending.id));

  const californian = await createOrganisation(db, { kind: 'customer', name: 'Golden Customer' });
  await linkCustomer(db, { partnerId: losAngeles.partner.id, customerId: californian.id });
  // Ends 07:00 UTC on the 28th: 7 days in UTC, but 23:00 on the 27th in Los Angeles, 6 days. Devices: started
  // 80 days before the end, so one more extension brings it to 110 days, under TRI-12's cap of 120.
  const deviceTrial = await addTrial(db, {
    customerId: californian.id,
    partnerId: losAngeles.partner.id,
    requestedByUserId: losAngeles.user.id,
    now,
    state: 'active',
    endsInDays: 7 - 2 / 24,
    serviceIds: ['devices'],
  });
  await db
    .update(trials)
    .set({ startsAt: fromNow(-73, -2) })
    .where(eq(trials.id, deviceTrial.id));
  ids.deviceTrial = deviceTrial.id;
  await refreshCustomerListEntries(db);
});
afterAll(async () => {
  await app.close();
  await handle.close();
});

describe("days left in the partner's time zone (X-4)", () => {
  it('counts the next expiry on the customer list', async () => {
    const list = await get<CustomerListResponse>('full@auckland.test', '/api/v1/customers');
    const row = list.items.find((c) => c.id === ids.customer);
    expect(row?.nextExpiry).toBe(fromNow(5, 3).toISOString());
    expect(row?.nextExpiryDaysLeft).toBe(6);
  });

  it("counts a subscription's end on the customer's Subscriptions tab", async () => {
    const { items } = await get<CustomerSubscriptionsResponse>(
      'full@auckland.test',
      `/api/v1/customers/${ids.customer}/subscriptions`,
    );
    expect(items.map((s) => [s.endsAt, s.daysLeft])).toEqual([[fromNow(7, 3).toISOString(), 8]]);
  });

  it("counts a trial's end in the trial list and on the trial", async () => {
    const list = await get<TrialListResponse>('full@auckland.test', `/api/v1/trials?customerId=${ids.customer}`);
    expect(list.items.find((t) => t.id === ids.running)?.daysLeft).toBe(6);
    const trial = await get<TrialDetail>('full@auckland.test', `/api/v1/trials/${ids.running}`);
    expect(trial.daysLeft).toBe(6);
    expect(trial.extensionPreview?.newDaysLeft).toBe(36);

    const deviceTrial = await get<TrialDetail>('full@la.test', `/api/v1/trials/${ids.deviceTrial}`);
    expect(deviceTrial.daysLeft).toBe(6);
  });

  it('counts the days left to answer a consent request, for the customer and in its console', async () => {
    const consents = await get<ConsentListResponse>('admin@kiwi.test', '/api/v1/consents');
    expect(consents.items.map((c) => [c.respondBy, c.respondByDaysLeft])).toEqual([[fromNow(8, 3).toISOString(), 9]]);
    const console = await get<CustomerConsole>('full@auckland.test', `/api/v1/customers/${ids.customer}/console`);
    expect(console.pendingTrialRequests.map((r) => [r.respondBy, r.respondByDaysLeft])).toEqual([
      [fromNow(8, 3).toISOString(), 9],
    ]);
  });
});

describe('the lengths of a device trial (TRI-12)', () => {
  it('gives the latest end its extensions can reach: 120 days after the start', async () => {
    const trial = await get<TrialDetail>('full@la.test', `/api/v1/trials/${ids.deviceTrial}`);
    expect(trial.totalDays).toBe(80);
    expect(trial.deviceCapEndsAt).toBe(fromNow(47, -2).toISOString());
  });

  it('tells the vendor operator how long the trial would last with the extension it approves', async () => {
    const browser = await signInAs(app, 'full@la.test');
    const trial = await get<TrialDetail>('full@la.test', `/api/v1/trials/${ids.deviceTrial}`);
    const extended = await browser.request('POST', `/api/v1/trials/${ids.deviceTrial}/extend`, {
      version: trial.version,
    });
    expect(extended.statusCode, extended.body).toBe(200);
    const { items } = await get<ExtensionListResponse>('op@v.test', '/api/v1/trial-extensions');
    expect(items.map((e) => [e.trial.id, e.trial.totalDays, e.totalDaysAfter])).toEqual([[ids.deviceTrial, 80, 110]]);
  });
});
