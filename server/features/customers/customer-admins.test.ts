import { and, eq } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog, customerAdminAssignments, partnerCustomers } from '../../db/schema/index.ts';
import type { DatabaseHandle } from '../../platform/db.ts';
import { type Browser, buildTestApp, signInAs, TEST_START } from '../../testing/app.ts';
import { createTestDatabase } from '../../testing/database.ts';
import { createOrganisation, createUser, linkCustomer } from '../../testing/fixtures.ts';

/** DET-4: who may assign and unassign partner admins, what it changes, and that it is audited. */

let handle: DatabaseHandle;
let app: FastifyInstance;
const ids: Record<string, string> = {};
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
const adminUrl = (userId: string, customer = ids.customer) => `/api/v1/customers/${customer}/admins/${userId}`;

async function assignedUserIds(partnerId: string) {
  const rows = await handle.db
    .select({ userId: customerAdminAssignments.userId })
    .from(customerAdminAssignments)
    .where(
      and(
        eq(customerAdminAssignments.partnerId, partnerId),
        eq(customerAdminAssignments.customerId, ids.customer ?? ''),
      ),
    );
  return rows.map((r) => r.userId).sort();
}
const auditCount = async (action: string) =>
  (await handle.db.select().from(auditLog).where(eq(auditLog.action, action))).length;

beforeAll(async () => {
  handle = await createTestDatabase();
  ({ app } = await buildTestApp(handle.db));
  const db = handle.db;
  const vendor = await createOrganisation(db, { kind: 'vendor' });
  await createUser(db, { organisationId: vendor.id, roles: ['vendor_operator'], email: 'op@v.test' });
  const p1 = await createOrganisation(db, { kind: 'partner', name: 'Partner One' });
  const p2 = await createOrganisation(db, { kind: 'partner', name: 'Partner Two' });
  const full1 = await createUser(db, { organisationId: p1.id, roles: ['partner_full_admin'], email: 'full@p1.test' });
  const admin1 = await createUser(db, { organisationId: p1.id, roles: ['partner_admin'], email: 'admin@p1.test' });
  const ro1 = await createUser(db, { organisationId: p1.id, roles: ['partner_read_only_admin'], email: 'ro@p1.test' });
  const sales1 = await createUser(db, { organisationId: p1.id, roles: ['sales_admin'], email: 'sales@p1.test' });
  await createUser(db, { organisationId: p1.id, roles: ['sales_full_admin'], email: 'salesfull@p1.test' });
  const full2 = await createUser(db, { organisationId: p2.id, roles: ['partner_full_admin'], email: 'full@p2.test' });
  const customer = await createOrganisation(db, { kind: 'customer', name: 'Customer' });
  await linkCustomer(db, {
    partnerId: p1.id,
    customerId: customer.id,
    createdByUserId: full1.id,
    assignedUserId: admin1.id,
  });
  await db.insert(partnerCustomers).values({
    partnerId: p2.id,
    customerId: customer.id,
    relationship: 'external_admin',
    createdAt: new Date(TEST_START),
  });
  await createUser(db, { organisationId: customer.id, roles: ['customer_full_admin'], email: 'admin@c.test' });
  Object.assign(ids, {
    p1: p1.id,
    p2: p2.id,
    customer: customer.id,
    full1: full1.id,
    admin1: admin1.id,
    ro1: ro1.id,
    sales1: sales1.id,
    full2: full2.id,
  });
});
afterAll(async () => {
  await app.close();
  await handle.close();
});

describe('listing (DET-4)', () => {
  it('shows the assigned admins with roles, and who may still be assigned', async () => {
    const body = (await call('full@p1.test', 'GET', `/api/v1/customers/${ids.customer}/admins`)).json();
    expect(body.items).toMatchObject([
      { userId: ids.admin1, roles: ['partner_admin'], seesAllCustomers: false, partner: { name: 'Partner One' } },
    ]);
    expect(body.assignable.map((u: { email: string }) => u.email).sort()).toEqual([
      'full@p1.test',
      'ro@p1.test',
      'sales@p1.test',
      'salesfull@p1.test',
    ]);
  });

  it('offers a read-only administrator nothing to assign', async () => {
    const body = (await call('ro@p1.test', 'GET', `/api/v1/customers/${ids.customer}/admins`)).json();
    expect(body.items).toHaveLength(1);
    expect(body.assignable).toEqual([]);
  });
});

describe('assigning and unassigning', () => {
  it('is refused to read-only and sales administrators, changing nothing', async () => {
    expect((await call('ro@p1.test', 'PUT', adminUrl(ids.sales1 as string))).statusCode).toBe(403);
    // A sales full administrator sees every customer but assigns nobody; a sales administrator sees none here.
    expect((await call('salesfull@p1.test', 'PUT', adminUrl(ids.sales1 as string))).statusCode).toBe(403);
    expect((await call('sales@p1.test', 'PUT', adminUrl(ids.sales1 as string))).statusCode).toBe(404);
    expect((await call('ro@p1.test', 'DELETE', adminUrl(ids.admin1 as string))).statusCode).toBe(403);
    expect((await call('admin@c.test', 'PUT', adminUrl(ids.sales1 as string))).statusCode).toBe(403);
    expect(await assignedUserIds(ids.p1 as string)).toEqual([ids.admin1]);
  });

  it('lets a partner administrator assign a colleague, once, with an audit row', async () => {
    const response = await call('admin@p1.test', 'PUT', adminUrl(ids.sales1 as string));
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({ userId: ids.sales1, roles: ['sales_admin'], assignedBy: 'admin@p1.test' });
    expect(await auditCount('customer.admin_assigned')).toBe(1);
    expect((await call('admin@p1.test', 'PUT', adminUrl(ids.sales1 as string))).statusCode).toBe(200);
    expect(await auditCount('customer.admin_assigned')).toBe(1);
    expect(await assignedUserIds(ids.p1 as string)).toEqual([ids.admin1, ids.sales1].sort());
  });

  it('gives the assigned sales administrator the customer (ROL-2)', async () => {
    expect((await call('sales@p1.test', 'GET', `/api/v1/customers/${ids.customer}`)).statusCode).toBe(200);
  });

  it('treats another partner’s user as not found', async () => {
    expect((await call('full@p1.test', 'PUT', adminUrl(ids.full2 as string))).statusCode).toBe(404);
    expect((await call('full@p2.test', 'DELETE', adminUrl(ids.admin1 as string))).statusCode).toBe(404);
    expect(await assignedUserIds(ids.p1 as string)).toEqual([ids.admin1, ids.sales1].sort());
  });

  it('keeps each partner’s assignments to itself', async () => {
    expect((await call('full@p2.test', 'PUT', adminUrl(ids.full2 as string))).statusCode).toBe(200);
    const partnerTwo = (await call('full@p2.test', 'GET', `/api/v1/customers/${ids.customer}/admins`)).json();
    expect(partnerTwo.items.map((u: { userId: string }) => u.userId)).toEqual([ids.full2]);
    const vendor = (await call('op@v.test', 'GET', `/api/v1/customers/${ids.customer}/admins`)).json();
    expect(vendor.items).toHaveLength(3);
  });

  it('unassigns with an audit row; unassigning again changes nothing', async () => {
    expect((await call('full@p1.test', 'DELETE', adminUrl(ids.sales1 as string))).statusCode).toBe(204);
    expect((await call('full@p1.test', 'DELETE', adminUrl(ids.sales1 as string))).statusCode).toBe(204);
    expect(await auditCount('customer.admin_unassigned')).toBe(1);
    expect((await call('sales@p1.test', 'GET', `/api/v1/customers/${ids.customer}`)).statusCode).toBe(404);
  });

  it('lets a vendor operator assign a linked partner’s admin', async () => {
    expect((await call('op@v.test', 'PUT', adminUrl(ids.ro1 as string))).statusCode).toBe(200);
    expect(await assignedUserIds(ids.p1 as string)).toContain(ids.ro1);
  });

  it('a partner administrator who unassigns itself loses the customer', async () => {
    expect((await call('admin@p1.test', 'DELETE', adminUrl(ids.admin1 as string))).statusCode).toBe(204);
    expect((await call('admin@p1.test', 'GET', `/api/v1/customers/${ids.customer}/admins`)).statusCode).toBe(404);
  });

  it('names a malformed user id', async () => {
    const response = await call('full@p1.test', 'PUT', adminUrl('nobody'));
    expect(response.statusCode).toBe(400);
    expect(response.json().error.field).toBe('params.userId');
  });
});
