import { eq } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ManualClock } from '../../../domain/clock.ts';
import { emailOutbox } from '../../db/schema/index.ts';
import type { DatabaseHandle } from '../../platform/db.ts';
import { enqueueEmails } from '../../platform/mail/outbox.ts';
import { type Browser, buildTestApp, signInAs } from '../../testing/app.ts';
import { createTestDatabase } from '../../testing/database.ts';
import { createOrganisation, createUser, linkCustomer } from '../../testing/fixtures.ts';

/** NOT-1: the Sent mail API — vendor operators only; search, status filter, paging, one message. */

let handle: DatabaseHandle;
let app: FastifyInstance;
let partnerId: string;
const clock = new ManualClock('2026-11-21T09:00:00Z');

beforeAll(async () => {
  handle = await createTestDatabase();
  ({ app } = await buildTestApp(handle.db));
  const db = handle.db;
  const vendor = await createOrganisation(db, { kind: 'vendor' });
  await createUser(db, { organisationId: vendor.id, roles: ['vendor_operator'], email: 'op@v.test' });
  const partner = await createOrganisation(db, { kind: 'partner', name: 'Partner One' });
  partnerId = partner.id;
  const full = await createUser(db, {
    organisationId: partner.id,
    roles: ['partner_full_admin'],
    email: 'full@p.test',
  });
  await createUser(db, { organisationId: partner.id, roles: ['partner_read_only_admin'], email: 'ro@p.test' });
  const customer = await createOrganisation(db, { kind: 'customer' });
  await linkCustomer(db, { partnerId: partner.id, customerId: customer.id, createdByUserId: full.id });
  await createUser(db, { organisationId: customer.id, roles: ['customer_full_admin'], email: 'admin@c.test' });

  // 12 messages, 3 templates; the first two failed, the third sent, the rest pending.
  for (let i = 0; i < 12; i++) {
    clock.advance(60_000);
    await db.transaction((tx) =>
      enqueueEmails(tx, clock, [
        {
          organisationId: partner.id,
          to: i % 4 === 0 ? `alice${i}@example.test` : `bob${i}@example.test`,
          locale: i % 2 === 0 ? 'da' : 'en',
          template: ['trial.consent-request', 'trial.expiry-warning', 'administrator.invitation'][i % 3] ?? '',
          subject: `Subject ${i}`,
          textBody: `Line one of ${i}\nLine two`,
        },
      ]),
    );
  }
  const all = await db.select({ id: emailOutbox.id }).from(emailOutbox).orderBy(emailOutbox.id);
  for (const [index, row] of all.slice(0, 3).entries()) {
    await db
      .update(emailOutbox)
      .set(
        index < 2
          ? { status: 'failed', attempts: 8, lastError: '550 mailbox unavailable' }
          : { status: 'sent', attempts: 1, sentAt: clock.now() },
      )
      .where(eq(emailOutbox.id, row.id));
  }
});
afterAll(async () => {
  await app.close();
  await handle.close();
});

const browsers = new Map<string, Browser>();
/** Signs in once per user (sign-in is rate-limited), then GETs `url`. */
async function get(email: string, url: string) {
  let browser = browsers.get(email);
  if (!browser) {
    browser = await signInAs(app, email);
    browsers.set(email, browser);
  }
  return browser.request('GET', url);
}

describe('access (ROL, NOT-1)', () => {
  it('lets vendor operators read the list and a message', async () => {
    const list = await get('op@v.test', '/api/v1/sent-mail');
    expect(list.statusCode).toBe(200);
    const detail = await get('op@v.test', `/api/v1/sent-mail/${list.json().items[0].id}`);
    expect(detail.statusCode).toBe(200);
  });

  it.each(['full@p.test', 'ro@p.test', 'admin@c.test'])(
    'refuses %s with 403, list and message alike',
    async (email) => {
      const id = (await handle.db.select({ id: emailOutbox.id }).from(emailOutbox).limit(1))[0]?.id;
      const list = await get(email, '/api/v1/sent-mail');
      expect(list.statusCode).toBe(403);
      const detail = await get(email, `/api/v1/sent-mail/${id}`);
      expect(detail.statusCode).toBe(403);
      expect(JSON.stringify(detail.json())).not.toContain('Subject');
    },
  );

  it('asks anonymous callers to sign in', async () => {
    expect((await app.inject({ method: 'GET', url: '/api/v1/sent-mail' })).statusCode).toBe(401);
  });
});

describe('the list', () => {
  it('shows every message newest first with status, attempts and the template list', async () => {
    const body = (await get('op@v.test', '/api/v1/sent-mail')).json();
    expect(body.total).toBe(12);
    expect(body.items).toHaveLength(12);
    expect(body.items[0]).toMatchObject({ to: 'bob11@example.test', subject: 'Subject 11', status: 'pending' });
    expect(body.items.at(-1)).toMatchObject({ status: 'failed', attempts: 8, lastError: '550 mailbox unavailable' });
    expect(body.templates).toEqual(['administrator.invitation', 'trial.consent-request', 'trial.expiry-warning']);
    expect(body.smtpConfigured).toBe(false);
    expect(body.nextCursor).toBeNull();
  });

  it('searches by recipient and by template', async () => {
    const byRecipient = (await get('op@v.test', '/api/v1/sent-mail?q=ALICE')).json();
    expect(byRecipient.items.map((m: { to: string }) => m.to)).toEqual([
      'alice8@example.test',
      'alice4@example.test',
      'alice0@example.test',
    ]);
    const byTemplate = (await get('op@v.test', '/api/v1/sent-mail?q=expiry')).json();
    expect(byTemplate.total).toBe(4);
    expect(byTemplate.items.every((m: { template: string }) => m.template === 'trial.expiry-warning')).toBe(true);
    const exact = (await get('op@v.test', '/api/v1/sent-mail?template=administrator.invitation')).json();
    expect(exact.total).toBe(4);
    const wildcard = (await get('op@v.test', '/api/v1/sent-mail?q=%25')).json();
    expect(wildcard.total).toBe(0);
  });

  it('filters by status', async () => {
    const failedOrSent = (await get('op@v.test', '/api/v1/sent-mail?status=failed,sent')).json();
    expect(failedOrSent.items.map((m: { status: string }) => m.status).sort()).toEqual(['failed', 'failed', 'sent']);
    const pending = (await get('op@v.test', '/api/v1/sent-mail?status=pending')).json();
    expect(pending.total).toBe(9);
    expect(pending.items[0].nextAttemptAt).toEqual(expect.any(String));
  });

  it('pages with a cursor, never repeating or skipping a message', async () => {
    const seen: string[] = [];
    let url = '/api/v1/sent-mail?limit=5';
    for (let page = 0; page < 5; page++) {
      const body = (await get('op@v.test', url)).json();
      seen.push(...body.items.map((m: { id: string }) => m.id));
      expect(body.total).toBe(12);
      if (!body.nextCursor) break;
      url = `/api/v1/sent-mail?limit=5&cursor=${body.nextCursor}`;
    }
    expect(seen).toHaveLength(12);
    expect(new Set(seen).size).toBe(12);
    expect(seen.map(Number)).toEqual([...seen.map(Number)].sort((a, b) => b - a));
  });

  it.each([
    ['status=bounced', 'querystring.status'],
    ['limit=0', 'querystring.limit'],
    ['cursor=abc', 'querystring.cursor'],
    ['template=DROP%20TABLE', 'querystring.template'],
  ])('answers bad input (%s) with a 400 naming the field', async (query, field) => {
    const response = await get('op@v.test', `/api/v1/sent-mail?${query}`);
    expect(response.statusCode).toBe(400);
    expect(response.json().error.field).toBe(field);
  });
});

describe('one message', () => {
  it('shows its headers and text body', async () => {
    const [row] = await handle.db.select().from(emailOutbox).orderBy(emailOutbox.id).limit(1);
    const body = (await get('op@v.test', `/api/v1/sent-mail/${row?.id}`)).json();
    expect(body).toMatchObject({
      id: String(row?.id),
      messageId: row?.messageId,
      from: 'Channel Hub <no-reply@channel-hub.local>',
      to: 'alice0@example.test',
      subject: 'Subject 0',
      locale: 'da',
      template: 'trial.consent-request',
      organisation: { id: partnerId, name: 'Partner One' },
      textBody: 'Line one of 0\nLine two',
      status: 'failed',
    });
  });

  it('is a 404 for an unknown id and a 400 for a malformed one', async () => {
    expect((await get('op@v.test', '/api/v1/sent-mail/999999')).statusCode).toBe(404);
    const bad = await get('op@v.test', '/api/v1/sent-mail/abc');
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.field).toBe('params.id');
  });

  it('says whether an SMTP server is configured', async () => {
    const { app: withSmtp } = await buildTestApp(handle.db, { smtpUrl: 'smtp://127.0.0.1:2525' });
    try {
      const browser = await signInAs(withSmtp, 'op@v.test');
      expect((await browser.request('GET', '/api/v1/sent-mail?limit=1')).json().smtpConfigured).toBe(true);
    } finally {
      await withSmtp.close();
    }
  });
});
