import { and, eq } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { customerListEntries } from '../../db/schema/customer-list.ts';
import { auditLog, organisations, partnerCustomers } from '../../db/schema/index.ts';
import type { DatabaseHandle } from '../../platform/db.ts';
import { type Browser, buildTestApp, signInAs } from '../../testing/app.ts';
import { createTestDatabase } from '../../testing/database.ts';
import { createOrganisation, createUser } from '../../testing/fixtures.ts';

/** ORG-1: the partner's own organisation, started once the terms are accepted. */

let handle: DatabaseHandle;
let app: FastifyInstance;
let clock: Awaited<ReturnType<typeof buildTestApp>>['clock'];
const ids: Record<string, string> = {};
const browsers = new Map<string, Browser>();
const url = '/api/v1/my-organisation';

async function as(email: string) {
  let browser = browsers.get(email);
  if (!browser) {
    browser = await signInAs(app, email);
    browsers.set(email, browser);
  }
  return browser;
}
const call = async (email: string, method: string, body?: unknown) => (await as(email)).request(method, url, body);
const ownOrganisations = async () =>
  handle.db.select().from(organisations).where(eq(organisations.isPartnerOwnOrganisation, true));

beforeAll(async () => {
  handle = await createTestDatabase();
  ({ app, clock } = await buildTestApp(handle.db));
  const db = handle.db;
  const vendor = await createOrganisation(db, { kind: 'vendor' });
  await createUser(db, { organisationId: vendor.id, roles: ['vendor_operator'], email: 'op@v.test' });
  const p1 = await createOrganisation(db, { kind: 'partner', name: 'Partner One' });
  const p2 = await createOrganisation(db, { kind: 'partner', name: 'Partner Two' });
  await createUser(db, { organisationId: p1.id, roles: ['partner_full_admin'], email: 'full@p1.test' });
  await createUser(db, { organisationId: p1.id, roles: ['partner_read_only_admin'], email: 'ro@p1.test' });
  await createUser(db, { organisationId: p2.id, roles: ['partner_full_admin'], email: 'full@p2.test' });
  const customer = await createOrganisation(db, { kind: 'customer' });
  await createUser(db, { organisationId: customer.id, roles: ['customer_full_admin'], email: 'admin@c.test' });
  Object.assign(ids, { p1: p1.id });
});
afterAll(async () => {
  await app.close();
  await handle.close();
});

describe('start my organisation (ORG-1)', () => {
  it('is not started at first, with the plan overview of the guide', async () => {
    const body = (await call('full@p1.test', 'GET')).json();
    expect(body).toMatchObject({ status: 'not_started', customerId: null, mayStart: true });
    expect(body.plan).toMatchObject({ organisationName: 'Partner One', administratorEmail: 'full@p1.test' });
    expect(body.plan.services.map((s: { id: string }) => s.id)).toContain('messaging');
    expect((await call('ro@p1.test', 'GET')).json().mayStart).toBe(false);
  });

  it('refuses to continue until the terms are accepted, naming acceptTerms', async () => {
    for (const body of [{}, { acceptTerms: false }, { acceptTerms: 'yes' }]) {
      const response = await call('full@p1.test', 'POST', body);
      expect(response.statusCode, JSON.stringify(body)).toBe(400);
      expect(response.json().error.field).toBe('acceptTerms');
    }
    expect(await ownOrganisations()).toEqual([]);
  });

  it('is refused to a read-only administrator, the vendor and customers', async () => {
    expect((await call('ro@p1.test', 'POST', { acceptTerms: true })).statusCode).toBe(403);
    expect((await call('op@v.test', 'POST', { acceptTerms: true })).statusCode).toBe(403);
    expect((await call('admin@c.test', 'POST', { acceptTerms: true })).statusCode).toBe(403);
    expect((await call('admin@c.test', 'GET')).statusCode).toBe(403);
    expect(await ownOrganisations()).toEqual([]);
  });

  it('creates the own customer organisation with full administration, audited and listed', async () => {
    clock.advance(60 * 60 * 1000);
    const response = await call('full@p1.test', 'POST', { acceptTerms: true });
    expect(response.statusCode).toBe(201);
    const body = response.json();
    expect(body).toMatchObject({ status: 'started', mayStart: false, startedAt: clock.now().toISOString() });
    const [own] = await ownOrganisations();
    expect(own).toMatchObject({
      id: body.customerId,
      kind: 'customer',
      name: 'Partner One',
      termsAcceptedAt: clock.now(),
    });
    const [link] = await handle.db
      .select()
      .from(partnerCustomers)
      .where(and(eq(partnerCustomers.partnerId, ids.p1 ?? ''), eq(partnerCustomers.customerId, body.customerId)));
    expect(link).toMatchObject({ relationship: 'owner', adminLevel: 'full' });
    const audit = await handle.db.select().from(auditLog).where(eq(auditLog.action, 'organisation.own_started'));
    expect(audit).toHaveLength(1);
    const entries = await handle.db
      .select()
      .from(customerListEntries)
      .where(eq(customerListEntries.customerId, body.customerId));
    expect(entries.map((e) => e.partnerId)).toEqual([ids.p1]);
    const detail = (await (await as('full@p1.test')).request('GET', `/api/v1/customers/${body.customerId}`)).json();
    expect(detail).toMatchObject({ isPartnerOwnOrganisation: true, managedBy: 'owner', adminLevel: 'full' });
  });

  it('happens once; another partner neither sees it nor is affected', async () => {
    const again = await call('full@p1.test', 'POST', { acceptTerms: true });
    expect(again.statusCode).toBe(409);
    expect((await call('full@p2.test', 'GET')).json().status).toBe('not_started');
    const own = (await call('full@p1.test', 'GET')).json();
    const response = await (await as('full@p2.test')).request('GET', `/api/v1/customers/${own.customerId}`);
    expect(response.statusCode).toBe(404);
  });
});
