import { eq } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CustomerConsole } from '../../../domain/contracts/console.ts';
import { auditLog, partnerCustomers } from '../../db/schema/index.ts';
import type { DatabaseHandle } from '../../platform/db.ts';
import { type Browser, buildTestApp, signInAs, TEST_START } from '../../testing/app.ts';
import { addLicensedUsers, addSubscription, addTrial } from '../../testing/customer-data.ts';
import { createTestDatabase } from '../../testing/database.ts';
import { createOrganisation, createUser, linkCustomer } from '../../testing/fixtures.ts';

/** CUS-7 and ROL-3: launching a customer organisation, and its console for the customer and for partners. */

let handle: DatabaseHandle;
let app: FastifyInstance;
let clock: Awaited<ReturnType<typeof buildTestApp>>['clock'];
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
const call = async (email: string, method: string, url: string) => (await as(email)).request(method, url);
const consoleOf = async (email: string, customerId = ids.full) =>
  (await call(email, 'GET', `/api/v1/customers/${customerId}/console`)).json() as CustomerConsole;

beforeAll(async () => {
  handle = await createTestDatabase();
  ({ app, clock } = await buildTestApp(handle.db));
  const db = handle.db;
  const vendor = await createOrganisation(db, { kind: 'vendor', name: 'Vendor' });
  await createUser(db, { organisationId: vendor.id, roles: ['vendor_operator'], email: 'op@v.test' });
  const p1 = await createOrganisation(db, { kind: 'partner', name: 'Partner One' });
  const p2 = await createOrganisation(db, { kind: 'partner', name: 'Partner Two' });
  const full1 = await createUser(db, { organisationId: p1.id, roles: ['partner_full_admin'], email: 'full@p1.test' });
  await createUser(db, { organisationId: p1.id, roles: ['partner_read_only_admin'], email: 'ro@p1.test' });
  await createUser(db, { organisationId: p1.id, roles: ['sales_full_admin'], email: 'salesfull@p1.test' });
  const full2 = await createUser(db, { organisationId: p2.id, roles: ['partner_full_admin'], email: 'full@p2.test' });

  // One customer gave Partner One full administration, the other only provisioning administration (TRI-9).
  const fullCustomer = await createOrganisation(db, { kind: 'customer', name: 'Full Customer' });
  const provisioningCustomer = await createOrganisation(db, { kind: 'customer', name: 'Provisioning Customer' });
  await linkCustomer(db, { partnerId: p1.id, customerId: fullCustomer.id, createdByUserId: full1.id });
  await linkCustomer(db, { partnerId: p1.id, customerId: provisioningCustomer.id, createdByUserId: full1.id });
  await db
    .update(partnerCustomers)
    .set({ adminLevel: 'provisioning' })
    .where(eq(partnerCustomers.customerId, provisioningCustomer.id));
  await db.insert(partnerCustomers).values({
    partnerId: p2.id,
    customerId: fullCustomer.id,
    relationship: 'external_admin',
    createdAt: now,
  });
  await createUser(db, { organisationId: fullCustomer.id, roles: ['customer_full_admin'], email: 'admin@full.test' });
  await createUser(db, {
    organisationId: fullCustomer.id,
    roles: ['customer_read_only_admin'],
    email: 'readonly@full.test',
  });
  await createUser(db, { organisationId: fullCustomer.id, roles: [], email: 'user@full.test' });
  await createUser(db, {
    organisationId: provisioningCustomer.id,
    roles: ['customer_full_admin'],
    email: 'admin@prov.test',
  });

  const subscription = await addSubscription(db, {
    customerId: fullCustomer.id,
    sellerId: vendor.id,
    now,
    services: [{ serviceId: 'messaging', quantity: 3 }],
  });
  await addLicensedUsers(db, {
    customerId: fullCustomer.id,
    serviceId: 'messaging',
    subscriptionId: subscription.id,
    now,
    usedDaysAgo: [1, 2, 3, 4],
  });
  // Licences left on an ended subscription are no longer the customer's (neither counted nor shown).
  const ended = await addSubscription(db, {
    customerId: fullCustomer.id,
    sellerId: vendor.id,
    now,
    state: 'expired',
    services: [{ serviceId: 'translation', quantity: 5 }],
  });
  await addLicensedUsers(db, {
    customerId: fullCustomer.id,
    serviceId: 'translation',
    subscriptionId: ended.id,
    now,
    usedDaysAgo: [40],
  });
  const trial = await addTrial(db, {
    customerId: fullCustomer.id,
    partnerId: p1.id,
    requestedByUserId: full1.id,
    now,
    state: 'active',
    endsInDays: 20,
    serviceIds: ['calling'],
    licenceQuantity: 10,
  });
  await addLicensedUsers(db, {
    customerId: fullCustomer.id,
    serviceId: 'calling',
    trialId: trial.id,
    now,
    usedDaysAgo: [1],
  });
  await addTrial(db, {
    customerId: fullCustomer.id,
    partnerId: p1.id,
    requestedByUserId: full1.id,
    now,
    state: 'pending_consent',
    endsInDays: null,
    serviceIds: ['meetings'],
  });
  await addTrial(db, {
    customerId: fullCustomer.id,
    partnerId: p2.id,
    requestedByUserId: full2.id,
    now,
    state: 'pending_consent',
    endsInDays: null,
    serviceIds: ['translation'],
  });
  Object.assign(ids, { p1: p1.id, full: fullCustomer.id, provisioning: provisioningCustomer.id, full1: full1.id });
});
afterAll(async () => {
  await app.close();
  await handle.close();
});

describe('launching a customer organisation (CUS-7)', () => {
  it('is audit-logged with who and when, and returns the partner’s rights there', async () => {
    clock.advance(60 * 60 * 1000);
    const response = await call('full@p1.test', 'POST', `/api/v1/customers/${ids.full}/launch`);
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({
      customerId: ids.full,
      customerName: 'Full Customer',
      adminLevel: 'full',
      mayManageUsersAndLicences: true,
      launchedAt: clock.now().toISOString(),
    });
    const rows = await handle.db.select().from(auditLog).where(eq(auditLog.action, 'customer.launched'));
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      organisationId: ids.full,
      actorUserId: ids.full1,
      actorOrganisationId: ids.p1,
      targetType: 'customer',
      targetId: ids.full,
      at: clock.now(),
    });
  });

  it('returns provisioning administration where the customer gave only that (ROL-3)', async () => {
    const response = await call('full@p1.test', 'POST', `/api/v1/customers/${ids.provisioning}/launch`);
    expect(response.json()).toMatchObject({ adminLevel: 'provisioning', mayManageUsersAndLicences: false });
  });

  it('lets a read-only administrator in, read-only', async () => {
    const response = await call('ro@p1.test', 'POST', `/api/v1/customers/${ids.full}/launch`);
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({ adminLevel: 'full', mayManageUsersAndLicences: false });
  });

  it('is 404 for a customer out of scope, and 403 for the customer itself', async () => {
    expect((await call('full@p2.test', 'POST', `/api/v1/customers/${ids.provisioning}/launch`)).statusCode).toBe(404);
    expect((await call('admin@full.test', 'POST', `/api/v1/customers/${ids.full}/launch`)).statusCode).toBe(403);
    expect((await call('admin@full.test', 'POST', `/api/v1/customers/${ids.provisioning}/launch`)).statusCode).toBe(
      404,
    );
  });
});

describe('the console as the customer sees it', () => {
  it('shows services with licences, users with licences, admins and every pending trial request', async () => {
    const body = await consoleOf('admin@full.test');
    expect(body.viewer).toEqual({
      kind: 'customer',
      organisation: { id: ids.full, name: 'Full Customer' },
      adminLevel: 'full',
      mayManageUsersAndLicences: true,
    });
    expect(
      body.services.map(({ serviceId, bought, trial, assigned, available }) => ({
        serviceId,
        bought,
        trial,
        assigned,
        available,
      })),
    ).toEqual([
      { serviceId: 'messaging', bought: 3, trial: 0, assigned: 4, available: 0 },
      { serviceId: 'calling', bought: 0, trial: 10, assigned: 1, available: 9 },
    ]);
    // The overview's figure: assigned of bought and trial licences together, over the services above.
    expect(body.licences).toEqual({ total: 3 + 10, assigned: 4 + 1 });
    expect(body.users.total).toBe(3 + 4 + 1 + 1);
    expect(body.users.items.some((u) => u.licences.includes('translation'))).toBe(false);
    expect(body.users.items.filter((u) => u.licences.includes('messaging'))).toHaveLength(4);
    expect(body.admins.map((a) => [a.email, a.roles])).toEqual([
      ['admin@full.test', ['customer_full_admin']],
      ['readonly@full.test', ['customer_read_only_admin']],
    ]);
    expect(body.pendingTrialRequests.map((t) => [t.partner.name, t.services.map((s) => s.serviceId)])).toEqual([
      ['Partner One', ['meetings']],
      ['Partner Two', ['translation']],
    ]);
  });

  it('is read-only for the customer’s read-only administrator, and closed to plain users', async () => {
    expect((await consoleOf('readonly@full.test')).viewer.mayManageUsersAndLicences).toBe(false);
    expect((await call('user@full.test', 'GET', `/api/v1/customers/${ids.full}/console`)).statusCode).toBe(403);
    expect((await call('admin@prov.test', 'GET', `/api/v1/customers/${ids.full}/console`)).statusCode).toBe(404);
  });
});

describe('the console as a partner sees it', () => {
  it('carries the partner’s level, and only its own pending trial requests', async () => {
    const body = await consoleOf('full@p1.test');
    expect(body.viewer).toEqual({
      kind: 'partner',
      organisation: { id: ids.p1, name: 'Partner One' },
      adminLevel: 'full',
      mayManageUsersAndLicences: true,
    });
    expect(body.pendingTrialRequests.map((t) => t.partner.name)).toEqual(['Partner One']);
    expect(body.services).toHaveLength(2);
  });

  it('marks users and licences read-only under provisioning administration', async () => {
    const body = await consoleOf('full@p1.test', ids.provisioning);
    expect(body.viewer).toMatchObject({ adminLevel: 'provisioning', mayManageUsersAndLicences: false });
  });

  it('gives sales administrators no management of users and licences', async () => {
    expect((await consoleOf('salesfull@p1.test')).viewer.mayManageUsersAndLicences).toBe(false);
  });

  it('is open to the vendor with full rights, and 404 outside a partner’s scope', async () => {
    expect((await consoleOf('op@v.test', ids.provisioning)).viewer).toMatchObject({
      kind: 'vendor',
      adminLevel: 'full',
    });
    expect((await call('full@p2.test', 'GET', `/api/v1/customers/${ids.provisioning}/console`)).statusCode).toBe(404);
  });
});
