import { eq } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog, customerAdminAssignments, users } from '../../db/schema/index.ts';
import type { DatabaseHandle } from '../../platform/db.ts';
import { type Browser, buildTestApp, signInAs } from '../../testing/app.ts';
import { createTestDatabase } from '../../testing/database.ts';
import { createOrganisation, createUser, linkCustomer } from '../../testing/fixtures.ts';

/** ORG-2, ROL-7: listing, inviting, changing roles and removing administrators, with every rule. */

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
const call = async (email: string, method: string, url: string, body?: unknown) =>
  (await as(email)).request(method, url, body);
const rolesUrl = (userId: string | undefined) => `/api/v1/administrators/${userId}/roles`;
const userUrl = (userId: string | undefined) => `/api/v1/administrators/${userId}`;
const userRow = async (id: string | undefined) =>
  (
    await handle.db
      .select()
      .from(users)
      .where(eq(users.id, id ?? ''))
  ).at(0);
const userByEmail = async (email: string) => (await handle.db.select().from(users).where(eq(users.email, email))).at(0);
const auditActions = async () =>
  (await handle.db.select({ action: auditLog.action }).from(auditLog)).map((r) => r.action);

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
  await createUser(db, { organisationId: p1.id, roles: ['partner_read_only_admin'], email: 'ro@p1.test' });
  const full2 = await createUser(db, { organisationId: p2.id, roles: ['partner_full_admin'], email: 'full@p2.test' });
  const customer = await createOrganisation(db, { kind: 'customer', name: 'Customer' });
  await linkCustomer(db, {
    partnerId: p1.id,
    customerId: customer.id,
    createdByUserId: full1.id,
    assignedUserId: admin1.id,
  });
  const cAdmin = await createUser(db, {
    organisationId: customer.id,
    roles: ['customer_full_admin'],
    email: 'admin@c.test',
  });
  await createUser(db, { organisationId: customer.id, roles: [], email: 'user@c.test' });
  Object.assign(ids, { p1: p1.id, full1: full1.id, admin1: admin1.id, full2: full2.id, cAdmin: cAdmin.id });
});
afterAll(async () => {
  await app.close();
  await handle.close();
});

describe('the list (ORG-2)', () => {
  it('lists my organisation’s admins with roles and whether they see all customers', async () => {
    const response = await call('ro@p1.test', 'GET', '/api/v1/administrators');
    expect(response.statusCode).toBe(200);
    const body = response.json();
    expect(body).toMatchObject({ organisation: { name: 'Partner One', kind: 'partner' }, mayManage: false });
    expect(body.assignableRoles).toContain('sales_full_admin');
    expect(body.assignableRoles).not.toContain('customer_full_admin');
    const byEmail = Object.fromEntries(body.items.map((a: { email: string }) => [a.email, a]));
    expect(byEmail['full@p1.test']).toMatchObject({ roles: ['partner_full_admin'], seesAllCustomers: true });
    expect(byEmail['admin@p1.test']).toMatchObject({ seesAllCustomers: false, assignedCustomers: 1 });
    expect(byEmail['ro@p1.test'].isMe).toBe(true);
    expect(Object.keys(byEmail)).not.toContain('full@p2.test');
  });

  it('is closed to a customer’s plain user, and open to its administrators', async () => {
    expect((await call('user@c.test', 'GET', '/api/v1/administrators')).statusCode).toBe(403);
    const body = (await call('admin@c.test', 'GET', '/api/v1/administrators')).json();
    expect(body.items.map((a: { email: string }) => a.email)).toEqual(['admin@c.test']);
    expect(body.items[0].seesAllCustomers).toBeNull();
  });
});

describe('inviting', () => {
  const invite = { email: 'New.Admin@P1.test', name: 'New Admin', roles: ['sales_admin'] };

  it('is refused to everyone but full administrators', async () => {
    expect((await call('ro@p1.test', 'POST', '/api/v1/administrators', invite)).statusCode).toBe(403);
    expect((await call('admin@p1.test', 'POST', '/api/v1/administrators', invite)).statusCode).toBe(403);
  });

  it('creates an invited user with the roles, audited', async () => {
    const response = await call('full@p1.test', 'POST', '/api/v1/administrators', invite);
    expect(response.statusCode).toBe(201);
    const user = await userRow(response.json().id);
    expect(user).toMatchObject({ email: 'new.admin@p1.test', status: 'invited', organisationId: ids.p1 });
    const list = (await call('full@p1.test', 'GET', '/api/v1/administrators')).json();
    expect(list.items.find((a: { email: string }) => a.email === 'new.admin@p1.test')).toMatchObject({
      status: 'invited',
      roles: ['sales_admin'],
    });
    expect(await auditActions()).toContain('administrator.invited');
  });

  it('refuses an e-mail address already in use, in any organisation, with 409 naming email', async () => {
    for (const email of ['NEW.ADMIN@p1.test', 'full@p2.test']) {
      const response = await call('full@p1.test', 'POST', '/api/v1/administrators', { ...invite, email });
      expect(response.statusCode).toBe(409);
      expect(response.json().error.field).toBe('email');
    }
  });

  it('refuses roles of another kind of organisation with 400 naming roles', async () => {
    const wrongKind = await call('full@p1.test', 'POST', '/api/v1/administrators', {
      ...invite,
      email: 'x@p1.test',
      roles: ['customer_full_admin'],
    });
    expect(wrongKind.statusCode).toBe(400);
    expect(wrongKind.json().error.field).toBe('roles');
    const none = await call('full@p1.test', 'POST', '/api/v1/administrators', {
      ...invite,
      email: 'x@p1.test',
      roles: [],
    });
    expect(none.json().error.field).toBe('roles');
    const partnerRoleAtCustomer = await call('admin@c.test', 'POST', '/api/v1/administrators', {
      ...invite,
      email: 'x@c.test',
      roles: ['partner_admin'],
    });
    expect(partnerRoleAtCustomer.json().error.field).toBe('roles');
    const vendorGetsPartnerRole = await call('op@v.test', 'POST', '/api/v1/administrators', {
      ...invite,
      email: 'x@v.test',
      roles: ['partner_full_admin'],
    });
    expect(vendorGetsPartnerRole.json().error.field).toBe('roles');
    expect(await userByEmail('x@p1.test')).toBeUndefined();
  });
});

describe('changing roles (ROL-7)', () => {
  it('sets the roles of a colleague, audited with before and after', async () => {
    const response = await call('full@p1.test', 'PUT', rolesUrl(ids.admin1), {
      roles: ['partner_admin', 'sales_admin'],
    });
    expect(response.statusCode).toBe(204);
    const [row] = await handle.db.select().from(auditLog).where(eq(auditLog.action, 'administrator.roles_changed'));
    expect(row).toMatchObject({
      before: { roles: ['partner_admin'] },
      after: { roles: ['partner_admin', 'sales_admin'] },
    });
  });

  it('never leaves the organisation without a full administrator', async () => {
    const response = await call('full@p1.test', 'PUT', rolesUrl(ids.full1), { roles: ['partner_admin'] });
    expect(response.statusCode).toBe(409);
    expect(response.json().error).toMatchObject({ code: 'last_full_administrator', field: 'roles' });
  });

  it('never lets a full administrator take away its own full-administrator role', async () => {
    expect(
      (await call('full@p1.test', 'PUT', rolesUrl(ids.admin1), { roles: ['partner_full_admin'] })).statusCode,
    ).toBe(204);
    const own = await call('full@p1.test', 'PUT', rolesUrl(ids.full1), { roles: ['partner_admin'] });
    expect(own.statusCode).toBe(409);
    expect(own.json().error.code).toBe('own_full_administrator_role');
    // Another full administrator may.
    expect(
      (await call('admin@p1.test', 'PUT', rolesUrl(ids.full1), { roles: ['partner_read_only_admin'] })).statusCode,
    ).toBe(204);
    expect(
      (await call('admin@p1.test', 'PUT', rolesUrl(ids.full1), { roles: ['partner_full_admin'] })).statusCode,
    ).toBe(204);
  });

  it('is refused to read-only administrators and 404 for another organisation’s user', async () => {
    expect((await call('ro@p1.test', 'PUT', rolesUrl(ids.admin1), { roles: ['partner_admin'] })).statusCode).toBe(403);
    expect((await call('full@p1.test', 'PUT', rolesUrl(ids.full2), { roles: ['partner_admin'] })).statusCode).toBe(404);
    expect((await call('full@p1.test', 'PUT', rolesUrl(ids.cAdmin), { roles: ['partner_admin'] })).statusCode).toBe(
      404,
    );
  });
});

describe('removing', () => {
  it('disables a partner admin: signed out, no roles, no customer assignments', async () => {
    const before = await as('admin@p1.test');
    expect((await before.request('GET', '/api/v1/administrators')).statusCode).toBe(200);
    expect((await call('full@p1.test', 'DELETE', userUrl(ids.admin1))).statusCode).toBe(204);
    expect((await userRow(ids.admin1))?.status).toBe('disabled');
    expect((await before.request('GET', '/api/v1/administrators')).statusCode).toBe(401);
    const assignments = await handle.db
      .select()
      .from(customerAdminAssignments)
      .where(eq(customerAdminAssignments.userId, ids.admin1 ?? ''));
    expect(assignments).toEqual([]);
    const list = (await call('full@p1.test', 'GET', '/api/v1/administrators')).json();
    expect(list.items.map((a: { email: string }) => a.email)).not.toContain('admin@p1.test');
    expect(await auditActions()).toContain('administrator.removed');
  });

  it('lets a removed admin be invited again, keeping its id', async () => {
    const response = await call('full@p1.test', 'POST', '/api/v1/administrators', {
      email: 'admin@p1.test',
      name: 'Back Again',
      roles: ['partner_read_only_admin'],
    });
    expect(response.statusCode).toBe(201);
    expect(response.json().id).toBe(ids.admin1);
    expect(await userRow(ids.admin1)).toMatchObject({ status: 'invited', name: 'Back Again' });
  });

  it('never removes oneself as the full administrator, nor a foreign user', async () => {
    const self = await call('full@p1.test', 'DELETE', userUrl(ids.full1));
    expect(self.statusCode).toBe(409);
    expect((await call('full@p1.test', 'DELETE', userUrl(ids.full2))).statusCode).toBe(404);
    expect((await call('ro@p1.test', 'DELETE', userUrl(ids.full1))).statusCode).toBe(403);
  });

  it('takes a customer admin’s roles, keeping the user in the organisation', async () => {
    const invited = await call('admin@c.test', 'POST', '/api/v1/administrators', {
      email: 'second@c.test',
      name: 'Second',
      roles: ['customer_read_only_admin'],
    });
    expect(invited.statusCode).toBe(201);
    expect((await call('admin@c.test', 'DELETE', userUrl(invited.json().id))).statusCode).toBe(204);
    expect((await userRow(invited.json().id))?.status).toBe('invited');
    const list = (await call('admin@c.test', 'GET', '/api/v1/administrators')).json();
    expect(list.items).toHaveLength(1);
  });
});
