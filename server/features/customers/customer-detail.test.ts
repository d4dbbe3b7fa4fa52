import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type {
  CustomerSubscriptionsResponse,
  CustomerTrialsResponse,
} from '../../../domain/contracts/customer-detail.ts';
import { customerTags, partnerCustomers, tags } from '../../db/schema/index.ts';
import type { DatabaseHandle } from '../../platform/db.ts';
import { type Browser, buildTestApp, signInAs, TEST_START } from '../../testing/app.ts';
import { addInvoice, addLicensedUsers, addOrder, addSubscription, addTrial } from '../../testing/customer-data.ts';
import { createTestDatabase } from '../../testing/database.ts';
import { createOrganisation, createUser, linkCustomer } from '../../testing/fixtures.ts';

/** DET-1…DET-3 and the Activity tab on crafted data; tenancy (ROL-6) for every read of the detail page. */

let handle: DatabaseHandle;
let app: FastifyInstance;
const ids: Record<string, string> = {};
const now = new Date(TEST_START);
const browsers = new Map<string, Browser>();

async function as(email: string) {
  let browser = browsers.get(email);
  if (!browser) {
    browser = await signInAs(app, email);
    browsers.set(email, browser);
  }
  return browser;
}
const get = async (email: string, url: string) => (await as(email)).request('GET', url);

beforeAll(async () => {
  handle = await createTestDatabase();
  ({ app } = await buildTestApp(handle.db));
  const db = handle.db;
  const vendor = await createOrganisation(db, { kind: 'vendor', name: 'Vendor' });
  await createUser(db, { organisationId: vendor.id, roles: ['vendor_operator'], email: 'op@v.test' });
  const p1 = await createOrganisation(db, { kind: 'partner', name: 'Partner One' });
  const p2 = await createOrganisation(db, { kind: 'partner', name: 'Partner Two' });
  const full1 = await createUser(db, { organisationId: p1.id, roles: ['partner_full_admin'], email: 'full@p1.test' });
  const admin1 = await createUser(db, { organisationId: p1.id, roles: ['partner_admin'], email: 'admin@p1.test' });
  await createUser(db, { organisationId: p1.id, roles: ['partner_read_only_admin'], email: 'ro@p1.test' });
  const full2 = await createUser(db, { organisationId: p2.id, roles: ['partner_full_admin'], email: 'full@p2.test' });

  const shared = await createOrganisation(db, { kind: 'customer', name: 'Shared Customer' });
  const unassigned = await createOrganisation(db, { kind: 'customer', name: 'Unassigned Customer' });
  const foreign = await createOrganisation(db, { kind: 'customer', name: 'Foreign Customer' });
  await linkCustomer(db, {
    partnerId: p1.id,
    customerId: shared.id,
    createdByUserId: full1.id,
    assignedUserId: admin1.id,
  });
  await linkCustomer(db, { partnerId: p1.id, customerId: unassigned.id, createdByUserId: full1.id });
  await linkCustomer(db, { partnerId: p2.id, customerId: foreign.id, createdByUserId: full2.id });
  await db.insert(partnerCustomers).values({
    partnerId: p2.id,
    customerId: shared.id,
    relationship: 'external_admin',
    adminLevel: 'provisioning',
    createdAt: now,
  });
  await createUser(db, { organisationId: shared.id, roles: ['customer_full_admin'], email: 'admin@shared.test' });

  // Partner One's subscription: Messaging over licence, Meetings with room to spare.
  const own = await addSubscription(db, {
    customerId: shared.id,
    sellerId: p1.id,
    now,
    services: [
      { serviceId: 'messaging', quantity: 10 },
      { serviceId: 'meetings', quantity: 20, provisioningStatus: 'manual_partner' },
    ],
  });
  await addLicensedUsers(db, {
    customerId: shared.id,
    serviceId: 'messaging',
    subscriptionId: own.id,
    now,
    usedDaysAgo: [1, 2, 3, 4, 6.9, 8, 9, 30, null, null, null, null],
  });
  await addLicensedUsers(db, {
    customerId: shared.id,
    serviceId: 'meetings',
    subscriptionId: own.id,
    now,
    usedDaysAgo: [0.5, 1, 7, null],
  });
  await addInvoice(db, { customerId: shared.id, subscriptionId: own.id, now });
  await addOrder(db, { customerId: shared.id, subscriptionId: own.id, placedById: p1.id, now });
  // Bought directly from the vendor, and from Partner Two: not Partner One's to see in detail (INS-3).
  const direct = await addSubscription(db, {
    customerId: shared.id,
    sellerId: vendor.id,
    now,
    services: [{ serviceId: 'calling', quantity: 50 }],
  });
  await addOrder(db, { customerId: shared.id, subscriptionId: direct.id, placedById: vendor.id, now });
  await addSubscription(db, {
    customerId: shared.id,
    sellerId: p2.id,
    now,
    services: [{ serviceId: 'translation', quantity: 5 }],
  });

  await addTrial(db, {
    customerId: shared.id,
    partnerId: p1.id,
    requestedByUserId: full1.id,
    now,
    state: 'active',
    endsInDays: 10,
    serviceIds: ['contact-center'],
  });
  await addTrial(db, {
    customerId: shared.id,
    partnerId: p1.id,
    requestedByUserId: full1.id,
    now,
    state: 'cancelled',
    endsInDays: -40,
    serviceIds: ['calling'],
  });
  await addTrial(db, {
    customerId: shared.id,
    partnerId: p2.id,
    requestedByUserId: full2.id,
    now,
    state: 'pending_consent',
    endsInDays: null,
    serviceIds: ['devices'],
  });

  const [tag] = await db
    .insert(tags)
    .values({ partnerId: p1.id, name: 'Gold', colour: 'yellow', createdAt: now })
    .returning();
  await db
    .insert(customerTags)
    .values({ partnerId: p1.id, customerId: shared.id, tagId: tag?.id ?? '', createdAt: now });
  Object.assign(ids, {
    p1: p1.id,
    p2: p2.id,
    vendor: vendor.id,
    shared: shared.id,
    unassigned: unassigned.id,
    foreign: foreign.id,
    own: own.id,
    admin1: admin1.id,
  });
});
afterAll(async () => {
  await app.close();
  await handle.close();
});

describe('the header and overview (DET-1)', () => {
  it('shows statuses from the domain rules, owner, relationship, tags and licence totals', async () => {
    const response = await get('full@p1.test', `/api/v1/customers/${ids.shared}`);
    expect(response.statusCode).toBe(200);
    const detail = response.json();
    expect(detail).toMatchObject({
      name: 'Shared Customer',
      ownerPartner: { id: ids.p1, name: 'Partner One' },
      managedBy: 'owner',
      adminLevel: 'full',
      tags: [{ name: 'Gold', colour: 'yellow' }],
      counts: { liveSubscriptions: 3, ongoingTrials: 2, partnerAdmins: 1 },
      permissions: { assignAdmins: true, tag: true, launch: true, startTrial: true },
    });
    expect(detail.statuses).toEqual(['over_licence', 'expiring_soon', 'no_recent_activity', 'trial', 'subscription']);
    expect(detail.provisioningStatus).toBe('manual_partner');
    // INS-3: totals include licences bought from others; "used" = assigned and used within 7 days.
    expect(detail.licences).toEqual({ total: 10 + 20 + 50 + 5, assigned: 16, used: 8 });
    expect(detail.partners).toEqual([{ id: ids.p1, name: 'Partner One', relationship: 'owner', adminLevel: 'full' }]);
  });

  it('tells the external partner its own relationship and level, without the owner’s tags', async () => {
    const detail = (await get('full@p2.test', `/api/v1/customers/${ids.shared}`)).json();
    expect(detail).toMatchObject({ managedBy: 'external_admin', adminLevel: 'provisioning', tags: [] });
    expect(detail.counts.partnerAdmins).toBe(0);
  });

  it('offers a read-only administrator no change', async () => {
    const detail = (await get('ro@p1.test', `/api/v1/customers/${ids.shared}`)).json();
    expect(detail.permissions).toEqual({ assignAdmins: false, tag: false, launch: true, startTrial: false });
  });

  it('shows the vendor every partner link', async () => {
    const detail = (await get('op@v.test', `/api/v1/customers/${ids.shared}`)).json();
    expect(detail.managedBy).toBeNull();
    expect(detail.partners.map((p: { name: string }) => p.name)).toEqual(['Partner One', 'Partner Two']);
  });
});

describe('the Subscriptions tab (DET-2, INS-3)', () => {
  it('computes bought, assigned, used and available per service, never below 0', async () => {
    const body: CustomerSubscriptionsResponse = (
      await get('full@p1.test', `/api/v1/customers/${ids.shared}/subscriptions`)
    ).json();
    expect(body.items.map((s) => s.id)).toEqual([ids.own]);
    const [subscription] = body.items;
    expect(
      subscription?.services.map(({ serviceId, bought, assigned, used, available }) => ({
        serviceId,
        bought,
        assigned,
        used,
        available,
      })),
    ).toEqual([
      { serviceId: 'messaging', bought: 10, assigned: 12, used: 5, available: 0 },
      { serviceId: 'meetings', bought: 20, assigned: 4, used: 3, available: 16 },
    ]);
    expect(subscription).toMatchObject({
      seller: { name: 'Partner One' },
      status: 'active',
      provisioningStatus: 'manual_partner',
      renewsAt: subscription?.endsAt,
    });
    expect(subscription?.invoices).toHaveLength(1);
    expect(body.orders).toHaveLength(1);
    expect(body.orders[0]?.placedBy.name).toBe('Partner One');
    expect(body.otherSellersSubscriptions).toBe(2);
  });

  it('shows the vendor every subscription and order', async () => {
    const body: CustomerSubscriptionsResponse = (
      await get('op@v.test', `/api/v1/customers/${ids.shared}/subscriptions`)
    ).json();
    expect(body.items).toHaveLength(3);
    expect(body.orders).toHaveLength(2);
    expect(body.otherSellersSubscriptions).toBe(0);
  });

  it('shows the external partner only what it sold', async () => {
    const body: CustomerSubscriptionsResponse = (
      await get('full@p2.test', `/api/v1/customers/${ids.shared}/subscriptions`)
    ).json();
    expect(body.items.map((s) => s.seller.name)).toEqual(['Partner Two']);
    expect(body.orders).toEqual([]);
  });
});

describe('the Trials tab (DET-3)', () => {
  it('lists the partner’s own ongoing trials with days left, and its past trials', async () => {
    const body: CustomerTrialsResponse = (await get('full@p1.test', `/api/v1/customers/${ids.shared}/trials`)).json();
    expect(body.ongoing.map((t) => [t.state, t.daysLeft, t.services.map((s) => s.serviceId)])).toEqual([
      ['active', 10, ['contact-center']],
    ]);
    expect(body.ongoing[0]?.status).toBe('trial_expiring_30');
    expect(body.past.map((t) => t.state)).toEqual(['cancelled']);
  });

  it('keeps another partner’s trial to that partner (and the vendor)', async () => {
    const partnerTwo: CustomerTrialsResponse = (
      await get('full@p2.test', `/api/v1/customers/${ids.shared}/trials`)
    ).json();
    expect(partnerTwo.ongoing.map((t) => [t.state, t.daysLeft])).toEqual([['pending_consent', null]]);
    expect(partnerTwo.past).toEqual([]);
    const vendor: CustomerTrialsResponse = (await get('op@v.test', `/api/v1/customers/${ids.shared}/trials`)).json();
    expect(vendor.ongoing.length + vendor.past.length).toBe(3);
  });
});

describe('the Activity tab (NOT-4)', () => {
  it('lists the customer’s audit entries, newest first, each partner its own', async () => {
    const full = await as('full@p1.test');
    const assign = await full.request('DELETE', `/api/v1/customers/${ids.shared}/admins/${ids.admin1}`);
    expect(assign.statusCode).toBe(204);
    await full.request('POST', `/api/v1/customers/${ids.shared}/launch`);
    const entries = (await get('full@p1.test', `/api/v1/customers/${ids.shared}/activity`)).json().items;
    expect(entries.map((e: { action: string }) => e.action)).toEqual([
      'customer.launched',
      'customer.admin_unassigned',
    ]);
    expect(entries[0].actor).toEqual({ name: 'full@p1.test', email: 'full@p1.test', organisation: 'Partner One' });
    expect((await get('full@p2.test', `/api/v1/customers/${ids.shared}/activity`)).json().items).toEqual([]);
    expect((await get('op@v.test', `/api/v1/customers/${ids.shared}/activity`)).json().items).toHaveLength(2);
  });

  it('pages with `before`', async () => {
    const first = (await get('full@p1.test', `/api/v1/customers/${ids.shared}/activity?limit=1`)).json();
    expect(first.items).toHaveLength(1);
    expect(first.nextBefore).toBe(first.items[0].id);
    const second = (
      await get('full@p1.test', `/api/v1/customers/${ids.shared}/activity?limit=1&before=${first.nextBefore}`)
    ).json();
    expect(second.items[0].action).toBe('customer.admin_unassigned');
    expect(second.nextBefore).toBeNull();
  });
});

describe('tenancy of every read (ROL-2, ROL-6)', () => {
  const tabs = ['', '/subscriptions', '/trials', '/admins', '/activity', '/console'];

  it('reads another partner’s customer, and an unknown id, as 404', async () => {
    for (const tab of tabs) {
      expect((await get('full@p1.test', `/api/v1/customers/${ids.foreign}${tab}`)).statusCode, tab).toBe(404);
      expect((await get('full@p2.test', `/api/v1/customers/${ids.unassigned}${tab}`)).statusCode, tab).toBe(404);
      const unknown = '00000000-0000-4000-8000-000000000001';
      expect((await get('op@v.test', `/api/v1/customers/${unknown}${tab}`)).statusCode, tab).toBe(404);
    }
  });

  it('shows a partner administrator only the customers it is assigned to or created', async () => {
    for (const tab of tabs) {
      expect((await get('admin@p1.test', `/api/v1/customers/${ids.unassigned}${tab}`)).statusCode, tab).toBe(404);
      expect((await get('ro@p1.test', `/api/v1/customers/${ids.unassigned}${tab}`)).statusCode, tab).toBe(200);
    }
  });

  it('keeps a customer out of another customer, and out of the partner view of its own', async () => {
    for (const tab of tabs.filter((t) => t !== '/console')) {
      expect((await get('admin@shared.test', `/api/v1/customers/${ids.shared}${tab}`)).statusCode, tab).toBe(403);
      expect((await get('admin@shared.test', `/api/v1/customers/${ids.foreign}${tab}`)).statusCode, tab).toBe(404);
    }
  });

  it('names a malformed id or paging value', async () => {
    const bad = await get('full@p1.test', '/api/v1/customers/not-a-uuid/trials');
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.field).toBe('params.id');
    const paging = await get('full@p1.test', `/api/v1/customers/${ids.shared}/activity?limit=0`);
    expect(paging.json().error.field).toBe('querystring.limit');
  });
});
