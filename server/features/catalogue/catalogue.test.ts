import { and, eq } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ManualClock } from '../../../domain/clock.ts';
import type { CatalogueResponse } from '../../../domain/contracts/catalogue.ts';
import { auditLog, services } from '../../db/schema/index.ts';
import type { DatabaseHandle } from '../../platform/db.ts';
import { buildTestApp } from '../../testing/app.ts';
import { createTestDatabase } from '../../testing/database.ts';
import { createOrganisation, createUser } from '../../testing/fixtures.ts';
import { browsersFor, buildChannel, newCustomerTrial } from '../trials/trials.fixtures.ts';

/** SPEC §1: the catalogue is data — vendor operators change it, the wizard and the trial checks read it. */

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

beforeAll(async () => {
  handle = await createTestDatabase();
  ({ app, clock } = await buildTestApp(handle.db));
  await buildChannel(handle.db);
});
afterAll(async () => {
  await app.close();
  await handle.close();
});

const catalogueOf = async (email: string, query = '') =>
  (await call(email, 'GET', `/api/v1/catalogue${query}`)).json() as CatalogueResponse;
const offeredForTrials = async (email: string) =>
  ((await call(email, 'GET', '/api/v1/trials/options')).json() as { services: { id: string }[] }).services.map(
    (s) => s.id,
  );

describe('reading the catalogue', () => {
  it('every signed-in user reads the offered services with editions, and device types, in catalogue order', async () => {
    for (const email of [operator, 'ro@p1.test', 'sales@p1.test']) {
      const response = await call(email, 'GET', '/api/v1/catalogue');
      expect(response.statusCode).toBe(200);
      const body = response.json() as CatalogueResponse;
      expect(body.services.map((s) => s.id).slice(0, 5)).toEqual([
        'messaging',
        'meetings',
        'meetings-enterprise',
        'meetings-1000',
        'meetings-assistant',
      ]);
      expect(body.services.find((s) => s.id === 'meetings-enterprise')?.parentServiceId).toBe('meetings');
      expect(body.deviceTypes.map((d) => d.id)).toContain('desk-phone');
    }
  });

  it('nobody signed out reads it', async () => {
    expect((await app.inject({ method: 'GET', url: '/api/v1/catalogue' })).statusCode).toBe(401);
  });
});

describe('changing the catalogue', () => {
  it('an operator adds a trialable service: audited, listed, and offered by the wizard', async () => {
    const response = await call(operator, 'POST', '/api/v1/catalogue/services', {
      id: 'whiteboard',
      name: '  Whiteboard ',
      licenceUnit: 'user',
      trialable: true,
    });
    expect(response.statusCode).toBe(201);
    expect(response.json()).toMatchObject({ id: 'whiteboard', name: 'Whiteboard', active: true, isDevice: false });
    const last = (await catalogueOf('sales@p1.test')).services.at(-1);
    expect(last?.id).toBe('whiteboard');
    expect(await offeredForTrials('sales@p1.test')).toContain('whiteboard');
    const audit = await handle.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'catalogue.service_created'), eq(auditLog.targetId, 'whiteboard')));
    expect(audit).toHaveLength(1);
  });

  it('a taken id is a 409 naming the field; a bad id a 400 naming it', async () => {
    const taken = await call(operator, 'POST', '/api/v1/catalogue/services', {
      id: 'messaging',
      name: 'Another',
      licenceUnit: 'user',
      trialable: true,
    });
    expect(taken.statusCode).toBe(409);
    expect(taken.json().error.field).toBe('id');
    const bad = await call(operator, 'POST', '/api/v1/catalogue/services', {
      id: 'Not A Slug',
      name: 'Another',
      licenceUnit: 'user',
      trialable: true,
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.field).toBe('id');
  });

  it('an edition belongs to a top-level service, never to an edition; a service with editions stays top-level', async () => {
    const edition = await call(operator, 'POST', '/api/v1/catalogue/services', {
      id: 'whiteboard-pro',
      name: 'Whiteboard Pro edition',
      parentServiceId: 'whiteboard',
      licenceUnit: 'user',
      trialable: false,
    });
    expect(edition.statusCode).toBe(201);
    for (const [url, body] of [
      [
        '/api/v1/catalogue/services',
        { id: 'deeper', name: 'Deeper', parentServiceId: 'whiteboard-pro', licenceUnit: 'user', trialable: true },
      ],
      [
        '/api/v1/catalogue/services',
        { id: 'orphan', name: 'Orphan', parentServiceId: 'no-such', licenceUnit: 'user', trialable: true },
      ],
      ['/api/v1/catalogue/services/whiteboard', { parentServiceId: 'meetings' }],
      ['/api/v1/catalogue/services/calling', { parentServiceId: 'calling' }],
    ] as const) {
      const response = await call(operator, url.endsWith('services') ? 'POST' : 'PATCH', url, body);
      expect(response.statusCode, url).toBe(400);
      expect(response.json().error.field).toBe('parentServiceId');
    }
    const [row] = await handle.db.select().from(services).where(eq(services.id, 'whiteboard'));
    expect(row?.parentServiceId).toBeNull();
  });

  it('an operator edits name, unit, trialable and order; only what changed is audited', async () => {
    const response = await call(operator, 'PATCH', '/api/v1/catalogue/services/whiteboard', {
      name: 'Whiteboards',
      licenceUnit: 'board',
      sortOrder: 0,
    });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({ name: 'Whiteboards', licenceUnit: 'board', sortOrder: 0 });
    expect((await catalogueOf('ro@p1.test')).services[0]?.id).toBe('whiteboard');
    const [audit] = await handle.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'catalogue.service_updated'), eq(auditLog.targetId, 'whiteboard')));
    // Created after the nine demo services: tenth.
    expect(audit?.before).toEqual({ name: 'Whiteboard', licenceUnit: 'user', sortOrder: 10 });
    expect(audit?.after).toEqual({ name: 'Whiteboards', licenceUnit: 'board', sortOrder: 0 });
  });

  it('a service made untrialable is no longer offered for trials, and a trial request naming it is refused', async () => {
    await call(operator, 'PATCH', '/api/v1/catalogue/services/whiteboard', { trialable: false });
    expect(await offeredForTrials('sales@p1.test')).not.toContain('whiteboard');
    const response = await call(
      'sales@p1.test',
      'POST',
      '/api/v1/trials',
      newCustomerTrial({ services: ['messaging', 'whiteboard'] }),
    );
    expect(response.statusCode).toBe(400);
    expect(response.json().error.field).toBe('services.1');
    await call(operator, 'PATCH', '/api/v1/catalogue/services/whiteboard', { trialable: true });
  });

  it('retiring keeps the row but offers it nowhere new; a trial request naming it is refused with the field; restoring offers it again', async () => {
    const started = await call(
      'sales@p1.test',
      'POST',
      '/api/v1/trials',
      newCustomerTrial({ services: ['whiteboard'] }),
    );
    expect(started.statusCode).toBe(201);
    const retired = await call(operator, 'PATCH', '/api/v1/catalogue/services/whiteboard', { active: false });
    expect(retired.statusCode).toBe(200);
    expect(retired.json().active).toBe(false);

    expect((await catalogueOf('sales@p1.test')).services.map((s) => s.id)).not.toContain('whiteboard');
    // Its edition goes with it: nothing under a retired service is offered.
    expect((await catalogueOf('sales@p1.test')).services.map((s) => s.id)).not.toContain('whiteboard-pro');
    const everything = await catalogueOf(operator, '?includeRetired=true');
    expect(everything.services.find((s) => s.id === 'whiteboard')).toMatchObject({ active: false });
    expect(await offeredForTrials('sales@p1.test')).not.toContain('whiteboard');

    const refused = await call(
      'sales@p1.test',
      'POST',
      '/api/v1/trials',
      newCustomerTrial({ services: ['whiteboard'] }),
    );
    expect(refused.statusCode).toBe(400);
    expect(refused.json().error).toMatchObject({ field: 'services.0' });
    expect(refused.json().error.message).toContain('retired');

    // The trial that holds it keeps it: an edit of its quantity still passes.
    const { trial } = started.json() as { trial: { id: string; version: number } };
    const edited = await call('sales@p1.test', 'PATCH', `/api/v1/trials/${trial.id}`, {
      version: trial.version,
      licenceQuantity: 30,
    });
    expect(edited.statusCode).toBe(200);
    // Another trial cannot take it on.
    const other = await call('sales@p1.test', 'POST', '/api/v1/trials', newCustomerTrial({ services: ['messaging'] }));
    const otherTrial = (other.json() as { trial: { id: string; version: number } }).trial;
    const added = await call('sales@p1.test', 'PATCH', `/api/v1/trials/${otherTrial.id}`, {
      version: otherTrial.version,
      services: ['messaging', 'whiteboard'],
    });
    expect(added.statusCode).toBe(400);
    expect(added.json().error.field).toBe('services.1');

    // Nor does the look-up of an existing customer offer it (TRI-4).
    const customer = await createOrganisation(handle.db, { kind: 'customer', name: 'Lookup Customer' });
    await createUser(handle.db, {
      organisationId: customer.id,
      roles: ['customer_full_admin'],
      email: 'admin@lookup.test',
    });
    const lookup = await call('sales@p1.test', 'GET', '/api/v1/trials/customer-lookup?email=admin@lookup.test');
    const choosable = (lookup.json() as { choosableServices: { serviceId: string }[] }).choosableServices;
    expect(choosable.map((c) => c.serviceId)).toContain('messaging');
    expect(choosable.map((c) => c.serviceId)).not.toContain('whiteboard');

    const [audit] = await handle.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'catalogue.service_retired'), eq(auditLog.targetId, 'whiteboard')));
    expect(audit?.after).toEqual({ active: false });

    await call(operator, 'PATCH', '/api/v1/catalogue/services/whiteboard', { active: true });
    expect(await offeredForTrials('sales@p1.test')).toContain('whiteboard');
  });

  it('device types: added, offered to device trials, retired ones refused for shipping', async () => {
    const created = await call(operator, 'POST', '/api/v1/catalogue/device-types', { id: 'speaker', name: 'Speaker' });
    expect(created.statusCode).toBe(201);
    const options = (await call('sales@p1.test', 'GET', '/api/v1/trials/options')).json() as {
      deviceTypes: { id: string }[];
    };
    expect(options.deviceTypes.map((d) => d.id)).toContain('speaker');
    expect(
      (await call(operator, 'PATCH', '/api/v1/catalogue/device-types/speaker', { active: false })).statusCode,
    ).toBe(200);
    expect((await catalogueOf('sales@p1.test')).deviceTypes.map((d) => d.id)).not.toContain('speaker');
    const refused = await call(
      'sales@p1.test',
      'POST',
      '/api/v1/trials',
      newCustomerTrial({
        services: ['devices'],
        devices: { mode: 'ship', items: [{ deviceTypeId: 'speaker', quantity: 2 }] },
      }),
    );
    expect(refused.statusCode).toBe(400);
    expect(refused.json().error.field).toBe('devices.items.0.deviceTypeId');
  });

  it('only vendor operators change it; an unknown id is a 404', async () => {
    for (const email of ['full@p1.test', 'sales@p1.test', 'ro@p1.test']) {
      const create = await call(email, 'POST', '/api/v1/catalogue/services', {
        id: 'sneaky',
        name: 'Sneaky',
        licenceUnit: 'user',
        trialable: true,
      });
      expect(create.statusCode, email).toBe(403);
      expect((await call(email, 'PATCH', '/api/v1/catalogue/services/messaging', { active: false })).statusCode).toBe(
        403,
      );
      expect((await call(email, 'POST', '/api/v1/catalogue/device-types', { id: 'x', name: 'X' })).statusCode).toBe(
        403,
      );
      expect((await call(email, 'PATCH', '/api/v1/catalogue/device-types/headset', { name: 'X' })).statusCode).toBe(
        403,
      );
    }
    const [messaging] = await handle.db.select().from(services).where(eq(services.id, 'messaging'));
    expect(messaging?.active).toBe(true);
    expect((await call(operator, 'PATCH', '/api/v1/catalogue/services/no-such', { name: 'X' })).statusCode).toBe(404);
    expect((await call(operator, 'PATCH', '/api/v1/catalogue/device-types/no-such', { name: 'X' })).statusCode).toBe(
      404,
    );
  });
});
