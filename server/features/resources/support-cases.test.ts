import { eq } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ManualClock } from '../../../domain/clock.ts';
import type { SupportCase, SupportCaseListResponse } from '../../../domain/contracts/resources.ts';
import { auditLog, helpdeskRequests, users } from '../../db/schema/index.ts';
import type { DatabaseHandle } from '../../platform/db.ts';
import { buildTestApp } from '../../testing/app.ts';
import { createTestDatabase } from '../../testing/database.ts';
import { createOrganisation, createUser } from '../../testing/fixtures.ts';
import { browsersFor, buildChannel, outbox } from '../trials/trials.fixtures.ts';

/** RES-2: the partner helpdesk — asked by partner users, answered and closed by vendor operators. */

let handle: DatabaseHandle;
let app: FastifyInstance;
let clock: ManualClock;
const { as } = browsersFor(
  () => app,
  () => handle.db,
  () => clock,
);
const call = async (email: string, method: string, url: string, body?: unknown) =>
  (await as(email)).request(method, url, body);
const operator = 'op@v.test';
const requester = 'sales@p1.test';
const colleague = 'full@p1.test';
const otherPartner = 'full@p2.test';
const customer = 'admin@c1.test';
const question = {
  product: 'calling',
  subject: 'Number porting stalls',
  description: 'The porting order for Fjord Logistics has waited for a week.',
};

beforeAll(async () => {
  handle = await createTestDatabase();
  ({ app, clock } = await buildTestApp(handle.db));
  await buildChannel(handle.db);
  const customerOne = await createOrganisation(handle.db, { kind: 'customer', name: 'Customer One' });
  await createUser(handle.db, { organisationId: customerOne.id, roles: ['customer_full_admin'], email: customer });
  await handle.db.update(users).set({ locale: 'da' }).where(eq(users.email, requester));
});
afterAll(async () => {
  await app.close();
  await handle.close();
});

const ask = async (email = requester, body: object = question) => {
  const response = await call(email, 'POST', '/api/v1/support-cases', body);
  expect(response.statusCode, response.body).toBe(201);
  return response.json() as SupportCase;
};
const queue = async (email: string, query = '') => {
  const response = await call(email, 'GET', `/api/v1/support-cases${query}`);
  expect(response.statusCode, response.body).toBe(200);
  return (response.json() as SupportCaseListResponse).items.map((c) => c.id);
};

describe('asking the helpdesk (RES-2)', () => {
  it('a partner user asks about Calling: a real case with a reference, audited, and the requester e-mailed', async () => {
    const asked = await ask();
    expect(asked).toMatchObject({ status: 'open', product: 'calling', subject: 'Number porting stalls', events: [] });
    expect(asked.reference).toMatch(/^HD-\d{4,}$/);
    expect(asked.requester.email).toBe(requester);
    const [stored] = await handle.db.select().from(helpdeskRequests).where(eq(helpdeskRequests.id, asked.id));
    expect(stored?.status).toBe('open');
    const [audit] = await handle.db.select().from(auditLog).where(eq(auditLog.targetId, asked.id));
    expect(audit?.action).toBe('support_case.created');
    const [mail] = await outbox(handle.db, 'helpdesk.received');
    expect(mail).toMatchObject({ to: requester, locale: 'da' });
    expect(mail?.subject).toContain(asked.reference);
    expect(mail?.body).toContain(`/resources?case=${asked.id}`);
  });

  it('asks about Calling and Contact Center only, naming the field when not', async () => {
    await ask(requester, { ...question, product: 'contact_center' });
    for (const [body, field] of [
      [{ ...question, product: 'meetings' }, 'product'],
      [{ ...question, subject: ' ' }, 'subject'],
      [{ ...question, description: 'short' }, 'description'],
    ] as const) {
      const before = (await handle.db.select().from(helpdeskRequests)).length;
      const response = await call(requester, 'POST', '/api/v1/support-cases', body);
      expect(response.statusCode, field).toBe(400);
      expect(response.json().error.field).toBe(field);
      expect((await handle.db.select().from(helpdeskRequests)).length).toBe(before);
    }
  });

  it('only partner users ask: operators and customers are refused', async () => {
    for (const email of [operator, customer]) {
      expect((await call(email, 'POST', '/api/v1/support-cases', question)).statusCode, email).toBe(403);
    }
  });
});

describe('who sees a case (RES-2)', () => {
  it('is visible to the operators and to its requester only', async () => {
    const asked = await ask();
    expect(await queue(operator)).toContain(asked.id);
    expect(await queue(requester)).toContain(asked.id);
    expect((await call(requester, 'GET', `/api/v1/support-cases/${asked.id}`)).statusCode).toBe(200);
    expect((await call(operator, 'GET', `/api/v1/support-cases/${asked.id}`)).statusCode).toBe(200);
    // Not to the requester's colleague, not to another partner: not found. Customers are refused.
    for (const email of [colleague, otherPartner]) {
      expect(await queue(email)).not.toContain(asked.id);
      expect((await call(email, 'GET', `/api/v1/support-cases/${asked.id}`)).statusCode, email).toBe(404);
    }
    expect((await call(customer, 'GET', '/api/v1/support-cases')).statusCode).toBe(403);
    expect((await call(customer, 'GET', `/api/v1/support-cases/${asked.id}`)).statusCode).toBe(403);
  });

  it("the operators' queue filters by status and product and pages newest first", async () => {
    const contact = await ask(colleague, { ...question, product: 'contact_center', subject: 'Queue report' });
    const open = await queue(operator, '?status=open&product=contact_center');
    expect(open[0]).toBe(contact.id);
    expect(await queue(operator, '?product=calling')).not.toContain(contact.id);
    const all = await queue(operator);
    const paged: string[] = [];
    let cursor: string | null = null;
    do {
      const response = await call(operator, 'GET', `/api/v1/support-cases?limit=2${cursor ? `&cursor=${cursor}` : ''}`);
      const page = response.json() as SupportCaseListResponse;
      paged.push(...page.items.map((c) => c.id));
      cursor = page.nextCursor;
    } while (cursor);
    expect(paged).toEqual(all);
    const bad = await call(operator, 'GET', '/api/v1/support-cases?status=pending');
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.field).toBe('querystring.status');
  });
});

describe('answering and closing (RES-2)', () => {
  it('an operator answers: the case waits for the partner, the requester reads the answer and is e-mailed', async () => {
    const asked = await ask();
    const response = await call(operator, 'POST', `/api/v1/support-cases/${asked.id}/answers`, {
      body: 'Please send the letter of authorisation again.',
    });
    expect(response.statusCode, response.body).toBe(200);
    const mine = (await call(requester, 'GET', `/api/v1/support-cases/${asked.id}`)).json() as SupportCase;
    expect(mine.status).toBe('answered');
    expect(mine.events).toMatchObject([{ kind: 'answer', body: 'Please send the letter of authorisation again.' }]);
    const mails = (await outbox(handle.db, 'helpdesk.answered')).filter((m) => m.subject.includes(asked.reference));
    expect(mails).toHaveLength(1);
    expect(mails[0]).toMatchObject({ to: requester, locale: 'da' });
    expect(mails[0]?.body).toContain('> Please send the letter of authorisation again.');
    expect(await queue(operator, '?status=answered')).toContain(asked.id);
  });

  it('an operator closes a case with a note; a closed case takes no answer and is not closed twice', async () => {
    const asked = await ask();
    const closed = await call(operator, 'POST', `/api/v1/support-cases/${asked.id}/close`, {
      note: 'Solved by phone.',
    });
    expect(closed.statusCode, closed.body).toBe(200);
    expect((closed.json() as SupportCase).status).toBe('closed');
    expect((closed.json() as SupportCase).closedAt).toBe(clock.now().toISOString());
    const mails = (await outbox(handle.db, 'helpdesk.closed')).filter((m) => m.subject.includes(asked.reference));
    expect(mails).toHaveLength(1);
    const before = await handle.db.select().from(helpdeskRequests).where(eq(helpdeskRequests.id, asked.id));
    expect(
      (await call(operator, 'POST', `/api/v1/support-cases/${asked.id}/answers`, { body: 'Late answer' })).statusCode,
    ).toBe(409);
    expect((await call(operator, 'POST', `/api/v1/support-cases/${asked.id}/close`, {})).statusCode).toBe(409);
    expect(await handle.db.select().from(helpdeskRequests).where(eq(helpdeskRequests.id, asked.id))).toEqual(before);
    const actions = await handle.db
      .select({ action: auditLog.action })
      .from(auditLog)
      .where(eq(auditLog.targetId, asked.id));
    expect(actions.map((a) => a.action)).toEqual(['support_case.created', 'support_case.closed']);
  });

  it('partner users neither answer nor close, not even their own case', async () => {
    const asked = await ask();
    for (const email of [requester, colleague]) {
      expect((await call(email, 'POST', `/api/v1/support-cases/${asked.id}/answers`, { body: 'Me' })).statusCode).toBe(
        403,
      );
      expect((await call(email, 'POST', `/api/v1/support-cases/${asked.id}/close`, {})).statusCode).toBe(403);
    }
    const [row] = await handle.db.select().from(helpdeskRequests).where(eq(helpdeskRequests.id, asked.id));
    expect(row?.status).toBe('open');
  });

  it('an unknown case is not found', async () => {
    const id = crypto.randomUUID();
    expect((await call(operator, 'POST', `/api/v1/support-cases/${id}/answers`, { body: 'x' })).statusCode).toBe(404);
  });
});
