import { and, eq } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ManualClock } from '../../../domain/clock.ts';
import type { Resource, ResourceListResponse } from '../../../domain/contracts/resources.ts';
import { auditLog, resources } from '../../db/schema/index.ts';
import type { DatabaseHandle } from '../../platform/db.ts';
import { buildTestApp } from '../../testing/app.ts';
import { createTestDatabase } from '../../testing/database.ts';
import { createOrganisation, createUser } from '../../testing/fixtures.ts';
import { browsersFor, buildChannel } from '../trials/trials.fixtures.ts';

/** RES-1: the resources library — searched in each resource's language, filtered, written by operators only. */

let handle: DatabaseHandle;
let app: FastifyInstance;
let clock: ManualClock;
const { as, advanceDays } = browsersFor(
  () => app,
  () => handle.db,
  () => clock,
);
const call = async (email: string, method: string, url: string, body?: unknown) =>
  (await as(email)).request(method, url, body);
const operator = 'op@v.test';
const partner = 'full@p1.test';
const customer = 'admin@c1.test';

const english = {
  title: 'Licence adoption playbook',
  summary: 'Turning bought seats into used ones.',
  body: '## Why it matters\n\nCustomers with **unused licences** renew less often. Run an adoption workshop.',
  url: 'https://resources.vendor.test/adoption',
  type: 'playbook',
  products: ['calling'],
  language: 'en',
  featured: true,
};
const danish = {
  title: 'Kom godt i gang',
  summary: 'Første skridt for nye partnere.',
  body: 'Her forklarer vi, hvordan kunderne kører deres prøveperioder, og hvad de skal huske.',
  type: 'guide',
  products: ['meetings'],
  language: 'da',
  quickLink: true,
};
const ids: Record<string, string> = {};

beforeAll(async () => {
  handle = await createTestDatabase();
  ({ app, clock } = await buildTestApp(handle.db));
  await buildChannel(handle.db);
  // A customer's administrator, to show that customers read the library too.
  const customerOne = await createOrganisation(handle.db, { kind: 'customer', name: 'Customer One' });
  await createUser(handle.db, { organisationId: customerOne.id, roles: ['customer_full_admin'], email: customer });
  for (const [key, body] of Object.entries({ english, danish })) {
    const response = await call(operator, 'POST', '/api/v1/resources', body);
    expect(response.statusCode, response.body).toBe(201);
    ids[key] = (response.json() as Resource).id;
    await advanceDays(1);
  }
});
afterAll(async () => {
  await app.close();
  await handle.close();
});

const list = async (email: string, query: string) => {
  const response = await call(email, 'GET', `/api/v1/resources?${query}`);
  expect(response.statusCode, response.body).toBe(200);
  return response.json() as ResourceListResponse;
};
const titles = (body: ResourceListResponse) => body.items.map((r) => r.title);

describe('searching the library (RES-1)', () => {
  it('finds an English resource by a word of its body, stemmed in English', async () => {
    expect(titles(await list(partner, 'q=licence'))).toEqual(['Licence adoption playbook']);
    expect(titles(await list(partner, 'q=workshops'))).toEqual(['Licence adoption playbook']);
  });

  it('finds a Danish resource by a word of its body, stemmed in Danish', async () => {
    expect(titles(await list(partner, 'q=prøveperiode'))).toEqual(['Kom godt i gang']);
    expect(titles(await list(partner, 'q=kunder'))).toEqual(['Kom godt i gang']);
  });

  it('finds nothing for a word no resource holds, and ranks a title match first', async () => {
    expect((await list(partner, 'q=zebra')).total).toBe(0);
    await call(operator, 'POST', '/api/v1/resources', {
      ...english,
      title: 'Workshop checklist',
      summary: 'For the adoption workshop.',
      body: 'Licence counts help.',
      featured: false,
    });
    expect(titles(await list(partner, 'q=licence')).slice(0, 2)).toEqual([
      'Licence adoption playbook',
      'Workshop checklist',
    ]);
  });

  it('filters by type, product, language, featured and quick link', async () => {
    expect(titles(await list(partner, 'type=guide'))).toEqual(['Kom godt i gang']);
    expect(titles(await list(partner, 'product=meetings'))).toEqual(['Kom godt i gang']);
    expect(titles(await list(partner, 'product=calling,meetings&language=da'))).toEqual(['Kom godt i gang']);
    expect(titles(await list(partner, 'featured=true'))).toEqual(['Licence adoption playbook']);
    expect(titles(await list(partner, 'quickLink=true'))).toEqual(['Kom godt i gang']);
  });

  it('pages with a cursor through every match exactly once', async () => {
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const page: ResourceListResponse = await list(partner, `limit=1${cursor ? `&cursor=${cursor}` : ''}`);
      seen.push(...page.items.map((r) => r.id));
      cursor = page.nextCursor;
    } while (cursor);
    expect(seen).toHaveLength((await list(partner, '')).total);
    expect(new Set(seen).size).toBe(seen.length);
    const searched: string[] = [];
    cursor = null;
    do {
      const page: ResourceListResponse = await list(partner, `q=licence&limit=1${cursor ? `&cursor=${cursor}` : ''}`);
      searched.push(...page.items.map((r) => r.title));
      cursor = page.nextCursor;
    } while (cursor);
    expect(searched).toEqual(['Licence adoption playbook', 'Workshop checklist']);
  });

  it('is read by everybody signed in, customers too, and by nobody signed out', async () => {
    expect((await list(customer, 'q=licence')).total).toBeGreaterThan(0);
    const one = await call(customer, 'GET', `/api/v1/resources/${ids.english}`);
    expect(one.statusCode).toBe(200);
    expect((one.json() as Resource).body).toContain('**unused licences**');
    expect((await app.inject({ method: 'GET', url: '/api/v1/resources' })).statusCode).toBe(401);
  });

  it('refuses unknown filters and cursors, naming the field', async () => {
    for (const [query, field] of [
      ['type=poem', 'querystring.type'],
      ['language=sv', 'querystring.language'],
      ['cursor=bm90LWEtY3Vyc29y', 'cursor'],
    ]) {
      const response = await call(partner, 'GET', `/api/v1/resources?${query}`);
      expect(response.statusCode, query).toBe(400);
      expect(response.json().error.field, query).toBe(field);
    }
  });
});

describe('writing the library (RES-1)', () => {
  it('a partner cannot create, edit or retire resources, and nothing changes', async () => {
    const before = await handle.db.select().from(resources);
    for (const [method, url, body] of [
      ['POST', '/api/v1/resources', english],
      ['PATCH', `/api/v1/resources/${ids.english}`, { title: 'Mine now' }],
      ['DELETE', `/api/v1/resources/${ids.english}`, undefined],
    ] as const) {
      for (const email of [partner, 'ro@p1.test', customer]) {
        expect((await call(email, method, url, body)).statusCode, `${email} ${method}`).toBe(403);
      }
    }
    expect(await handle.db.select().from(resources)).toEqual(before);
  });

  it('an operator edits a resource: searchable by its new words at once, audited with before and after', async () => {
    const response = await call(operator, 'PATCH', `/api/v1/resources/${ids.english}`, {
      body: 'Run a hackathon with the customer.',
      featured: false,
    });
    expect(response.statusCode, response.body).toBe(200);
    expect(titles(await list(partner, 'q=hackathon'))).toEqual(['Licence adoption playbook']);
    expect(titles(await list(partner, 'featured=true'))).toEqual([]);
    const [audit] = await handle.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.targetId, ids.english as string), eq(auditLog.action, 'resource.updated')));
    expect(audit?.before).toMatchObject({ featured: true });
    expect(audit?.after).toMatchObject({ featured: false, body: 'Run a hackathon with the customer.' });
  });

  it('retiring hides a resource from everybody but operators; restoring brings it back', async () => {
    expect((await call(operator, 'DELETE', `/api/v1/resources/${ids.danish}`)).statusCode).toBe(200);
    expect((await list(partner, 'q=prøveperiode')).total).toBe(0);
    expect((await call(partner, 'GET', `/api/v1/resources/${ids.danish}`)).statusCode).toBe(404);
    expect((await call(partner, 'GET', '/api/v1/resources?includeRetired=true')).statusCode).toBe(403);
    const retired = await list(operator, 'includeRetired=true&language=da');
    expect(retired.items[0]?.retiredAt).not.toBeNull();
    expect((await call(operator, 'GET', `/api/v1/resources/${ids.danish}`)).statusCode).toBe(200);
    const restored = await call(operator, 'PATCH', `/api/v1/resources/${ids.danish}`, { retired: false });
    expect((restored.json() as Resource).retiredAt).toBeNull();
    expect(titles(await list(partner, 'q=prøveperiode'))).toEqual(['Kom godt i gang']);
    const actions = await handle.db
      .select({ action: auditLog.action })
      .from(auditLog)
      .where(eq(auditLog.targetId, ids.danish as string));
    expect(actions.map((a) => a.action)).toEqual(['resource.created', 'resource.retired', 'resource.restored']);
  });

  it('refuses bad input naming the field and stores nothing', async () => {
    const count = (await handle.db.select().from(resources)).length;
    for (const [patch, field] of [
      [{ products: ['no-such-product'] }, 'products'],
      [{ url: 'javascript:alert(1)' }, 'url'],
      [{ title: '  ' }, 'title'],
      [{ type: 'poem' }, 'type'],
      [{ language: 'sv' }, 'language'],
    ] as const) {
      const response = await call(operator, 'POST', '/api/v1/resources', { ...english, ...patch });
      expect(response.statusCode, field).toBe(400);
      expect(response.json().error.field, field).toBe(field);
    }
    expect((await handle.db.select().from(resources)).length).toBe(count);
    expect((await call(operator, 'PATCH', `/api/v1/resources/${crypto.randomUUID()}`, { title: 'x' })).statusCode).toBe(
      404,
    );
  });
});
