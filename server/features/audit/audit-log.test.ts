import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ManualClock } from '../../../domain/clock.ts';
import type { AuditLogEntry } from '../../../domain/contracts/audit.ts';
import type { Actor, OrganisationKind, Role } from '../../../domain/roles.ts';
import { type AuditEntry, recordAudit } from '../../platform/audit.ts';
import type { DatabaseHandle } from '../../platform/db.ts';
import { type Browser, buildTestApp, signInAs } from '../../testing/app.ts';
import { createTestDatabase } from '../../testing/database.ts';
import { createOrganisation, createUser, linkCustomer } from '../../testing/fixtures.ts';

/** NOT-4: the audit log, each role within its reach (audit.policy.ts), filtered, paged and exported. */
let handle: DatabaseHandle;
let app: FastifyInstance;
const ids: Record<string, string> = {};

beforeAll(async () => {
  handle = await createTestDatabase();
  ({ app } = await buildTestApp(handle.db));
  const db = handle.db;
  const vendor = await createOrganisation(db, { kind: 'vendor', name: 'Vendor' });
  const one = await createOrganisation(db, { kind: 'partner', name: 'Partner One' });
  const two = await createOrganisation(db, { kind: 'partner', name: 'Partner Two' });
  const mine = await createOrganisation(db, { kind: 'customer', name: 'Mine' });
  const salesOwn = await createOrganisation(db, { kind: 'customer', name: 'Sales own' });
  const theirs = await createOrganisation(db, { kind: 'customer', name: 'Theirs' });
  const user = async (
    organisationId: string,
    roles: Role[],
    email: string,
    organisationKind: OrganisationKind = 'partner',
  ): Promise<Actor> => {
    const created = await createUser(db, { organisationId, roles, email });
    return { userId: created.id, organisationId, roles, organisationKind, partnerTier: null };
  };
  const operator = await user(vendor.id, ['vendor_operator'], 'op@v.test', 'vendor');
  const full = await user(one.id, ['partner_full_admin'], 'full@p1.test');
  const sales = await user(one.id, ['sales_admin'], 'sales@p1.test');
  const other = await user(two.id, ['partner_full_admin'], 'full@p2.test');
  const customerAdmin = await user(mine.id, ['customer_full_admin'], 'admin@mine.test', 'customer');
  await createUser(db, { organisationId: mine.id, roles: ['customer_activity'], email: 'plain@mine.test' });
  await linkCustomer(db, { partnerId: one.id, customerId: mine.id, createdByUserId: full.userId });
  await linkCustomer(db, { partnerId: one.id, customerId: salesOwn.id, createdByUserId: sales.userId });
  await linkCustomer(db, { partnerId: two.id, customerId: theirs.id, createdByUserId: other.userId });
  // Partner Two also reaches Mine (a trial request, say): its work there is Partner Two's business.
  await linkCustomer(db, { partnerId: two.id, customerId: mine.id, createdByUserId: other.userId });
  Object.assign(ids, { one: one.id, two: two.id, mine: mine.id, salesOwn: salesOwn.id, full: full.userId });

  const clock = new ManualClock('2026-11-01T10:00:00Z');
  const write = async (actor: Actor | null, entry: AuditEntry) => {
    clock.advance(60_000);
    await recordAudit(db, clock, actor, entry);
  };
  const customerTarget = (id: string) => ({ targetType: 'customer', targetId: id });
  await write(full, {
    organisationId: one.id,
    action: 'tag.created',
    targetType: 'tag',
    targetId: 't1',
    after: { name: 'Gold' },
  });
  await write(full, { organisationId: one.id, action: 'customer.launched', ...customerTarget(mine.id) });
  await write(full, { organisationId: one.id, action: 'customer.admin_assigned', ...customerTarget(salesOwn.id) });
  await write(full, { organisationId: mine.id, action: 'trial.started', targetType: 'trial', targetId: 'tr1' });
  await write(sales, { organisationId: salesOwn.id, action: 'trial.started', targetType: 'trial', targetId: 'tr2' });
  await write(customerAdmin, {
    organisationId: mine.id,
    action: 'organisation.settings_changed',
    targetType: 'organisation',
    targetId: mine.id,
    before: { thresholdDays: 30 },
    after: { thresholdDays: 14 },
  });
  await write(other, { organisationId: mine.id, action: 'trial.started', targetType: 'trial', targetId: 'tr3' });
  await write(other, { organisationId: two.id, action: 'tag.created', targetType: 'tag', targetId: 't2' });
  await write(other, { organisationId: theirs.id, action: 'trial.started', targetType: 'trial', targetId: 'tr4' });
  await write(operator, {
    organisationId: mine.id,
    action: 'trial.extension_approved',
    targetType: 'trial',
    targetId: 'tr1',
  });
  await write(null, { organisationId: mine.id, action: 'trial.expired', targetType: 'trial', targetId: 'tr1' });
});
afterAll(async () => {
  await app.close();
  await handle.close();
});

const browsers = new Map<string, Browser>();
const as = async (email: string) => {
  if (!browsers.has(email)) browsers.set(email, await signInAs(app, email));
  return browsers.get(email) as Browser;
};
const entriesFor = async (email: string, query = '') => {
  const response = await (await as(email)).request('GET', `/api/v1/audit-log${query}`);
  expect(response.statusCode, response.body).toBe(200);
  return response.json().items as AuditLogEntry[];
};
const described = (items: AuditLogEntry[]) =>
  items.map((e) => `${e.organisation.name}: ${e.action} ${e.targetType} by ${e.actor?.email ?? 'system'}`);

describe('the audit log’s scope per role (NOT-4)', () => {
  it('shows a vendor operator every entry, newest first', async () => {
    const items = await entriesFor('op@v.test');
    expect(items).toHaveLength(11);
    expect(described(items).slice(0, 2)).toEqual([
      'Mine: trial.expired trial by system',
      'Mine: trial.extension_approved trial by op@v.test',
    ]);
  });

  it('shows a partner its own entries and its customers’ — not another partner’s work there', async () => {
    expect(described(await entriesFor('full@p1.test'))).toEqual([
      'Mine: trial.expired trial by system',
      'Mine: trial.extension_approved trial by op@v.test',
      'Mine: organisation.settings_changed organisation by admin@mine.test',
      'Sales own: trial.started trial by sales@p1.test',
      'Mine: trial.started trial by full@p1.test',
      'Partner One: customer.admin_assigned customer by full@p1.test',
      'Partner One: customer.launched customer by full@p1.test',
      'Partner One: tag.created tag by full@p1.test',
    ]);
    // Partner Two reaches Mine too: it sees Mine's own, the vendor's and the system's entries, not Partner One's.
    expect(described(await entriesFor('full@p2.test'))).toEqual([
      'Mine: trial.expired trial by system',
      'Mine: trial.extension_approved trial by op@v.test',
      'Theirs: trial.started trial by full@p2.test',
      'Partner Two: tag.created tag by full@p2.test',
      'Mine: trial.started trial by full@p2.test',
      'Mine: organisation.settings_changed organisation by admin@mine.test',
    ]);
  });

  it('shows a sales administrator only its own customers’ entries (ROL-2)', async () => {
    expect(described(await entriesFor('sales@p1.test'))).toEqual([
      'Sales own: trial.started trial by sales@p1.test',
      'Partner One: customer.admin_assigned customer by full@p1.test',
      'Partner One: tag.created tag by full@p1.test',
    ]);
  });

  it('shows a customer’s administrator its own organisation’s entries, with before and after', async () => {
    const items = await entriesFor('admin@mine.test');
    expect(items.every((e) => e.organisation.id === ids.mine)).toBe(true);
    expect(items).toHaveLength(5);
    expect(items.find((e) => e.action === 'organisation.settings_changed')).toMatchObject({
      before: { thresholdDays: 30 },
      after: { thresholdDays: 14 },
      actor: { email: 'admin@mine.test', organisation: { name: 'Mine' } },
    });
  });

  it('refuses a customer’s user without an administrator role (403)', async () => {
    const response = await (await as('plain@mine.test')).request('GET', '/api/v1/audit-log');
    expect(response.statusCode).toBe(403);
    const exported = await (await as('plain@mine.test')).request('GET', '/api/v1/audit-log/export');
    expect(exported.statusCode).toBe(403);
  });
});

describe('the audit log’s filters, paging and export', () => {
  it('filters by actor, action (exact or a prefix), target and time range', async () => {
    expect(await entriesFor('op@v.test', `?actor=${ids.full}`)).toHaveLength(4);
    expect(described(await entriesFor('op@v.test', '?action=tag.created'))).toHaveLength(2);
    expect(await entriesFor('op@v.test', '?action=customer.')).toHaveLength(2);
    expect(await entriesFor('op@v.test', `?targetType=customer&targetId=${ids.mine}`)).toHaveLength(1);
    const window = await entriesFor('op@v.test', '?from=2026-11-01T10:02:00Z&to=2026-11-01T10:04:00Z');
    expect(window.map((e) => e.at)).toEqual(['2026-11-01T10:03:00.000Z', '2026-11-01T10:02:00.000Z']);
  });

  it('pages by cursor without repeating or skipping an entry', async () => {
    const seen: string[] = [];
    let cursor = '';
    for (let page = 0; page < 10; page++) {
      const response = await (await as('op@v.test')).request('GET', `/api/v1/audit-log?limit=4${cursor}`);
      const body = response.json();
      seen.push(...body.items.map((e: AuditLogEntry) => e.id));
      if (!body.nextCursor) break;
      cursor = `&cursor=${body.nextCursor}`;
    }
    expect(seen).toHaveLength(11);
    expect(new Set(seen).size).toBe(11);
  });

  it('refuses bad filters with a 400 naming the field', async () => {
    for (const [query, field] of [
      ['?from=yesterday', 'querystring.from'],
      ['?actor=nobody', 'querystring.actor'],
      ['?cursor=0', 'querystring.cursor'],
      ['?action=DROP%20TABLE', 'querystring.action'],
    ]) {
      const response = await (await as('op@v.test')).request('GET', `/api/v1/audit-log${query}`);
      expect(response.statusCode, query).toBe(400);
      expect(response.json().error.field, query).toBe(field);
    }
  });

  it('exports the caller’s reach with the filters as CSV and XLSX', async () => {
    const csv = await (await as('full@p2.test')).request('GET', '/api/v1/audit-log/export?action=trial.started');
    expect(csv.statusCode).toBe(200);
    expect(csv.headers['content-type']).toContain('text/csv');
    const lines = csv.body.trim().split(/\r?\n/);
    expect(lines[0]).toContain('When,Action,Actor');
    expect(lines).toHaveLength(3);
    const xlsx = await (await as('full@p2.test')).request('GET', '/api/v1/audit-log/export?format=xlsx');
    expect(xlsx.statusCode).toBe(200);
    expect(xlsx.rawPayload.subarray(0, 2).toString()).toBe('PK');
  });
});
