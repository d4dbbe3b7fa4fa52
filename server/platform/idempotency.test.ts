import { and, eq } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ManualClock } from '../../domain/clock.ts';
import { idempotencyKeys, tags } from '../db/schema/index.ts';
import { idempotencyCleanupJob } from '../jobs/idempotency-cleanup.job.ts';
import { type Browser, buildTestApp, signInAs } from '../testing/app.ts';
import { createTestDatabase } from '../testing/database.ts';
import { createOrganisation, createUser } from '../testing/fixtures.ts';
import type { Config } from './config.ts';
import type { DatabaseHandle } from './db.ts';
import { canonicalJson, requestHash } from './idempotency.ts';

/** ARCHITECTURE.md, Writes: creating POSTs accept an `Idempotency-Key` (docs/API.md, Idempotency). */
let handle: DatabaseHandle;
let app: FastifyInstance;
let clock: ManualClock;
let config: Config;
let partnerId: string;
let userId: string;
let full: Browser;
let colleague: Browser;

beforeAll(async () => {
  handle = await createTestDatabase();
  ({ app, clock, config } = await buildTestApp(handle.db));
  const partner = await createOrganisation(handle.db, { kind: 'partner' });
  partnerId = partner.id;
  ({ id: userId } = await createUser(handle.db, {
    organisationId: partner.id,
    roles: ['partner_full_admin'],
    email: 'idem@p.test',
  }));
  await createUser(handle.db, { organisationId: partner.id, roles: ['partner_full_admin'], email: 'other@p.test' });
  full = await signInAs(app, 'idem@p.test');
  colleague = await signInAs(app, 'other@p.test');
});
afterAll(async () => {
  await app.close();
  await handle.close();
});

const tagsNamed = async (name: string) =>
  handle.db
    .select()
    .from(tags)
    .where(and(eq(tags.partnerId, partnerId), eq(tags.name, name)));
const withKey = (key: string) => ({ 'idempotency-key': key });

describe('Idempotency-Key', () => {
  it('answers a repeat with the first response and does the work once', async () => {
    const first = await full.request('POST', '/api/v1/tags', { name: 'Once', colour: 'blue' }, withKey('k-once'));
    expect(first.statusCode).toBe(201);
    // The same body with its fields in another order is the same request.
    const repeat = await full.request('POST', '/api/v1/tags', { colour: 'blue', name: 'Once' }, withKey('k-once'));
    expect(repeat.statusCode).toBe(201);
    expect(repeat.headers['idempotent-replayed']).toBe('true');
    expect(repeat.json()).toEqual(first.json());
    expect(await tagsNamed('Once')).toHaveLength(1);
  });

  it('refuses the same key with another body (422) and changes nothing', async () => {
    await full.request('POST', '/api/v1/tags', { name: 'First body', colour: 'blue' }, withKey('k-body'));
    const other = await full.request(
      'POST',
      '/api/v1/tags',
      { name: 'Second body', colour: 'blue' },
      withKey('k-body'),
    );
    expect(other.statusCode).toBe(422);
    expect(other.json().error).toMatchObject({ code: 'idempotency_key_reused', field: 'headers.idempotency-key' });
    expect(await tagsNamed('Second body')).toEqual([]);
  });

  it('keeps keys per caller: a colleague’s same key is a request of its own', async () => {
    await full.request('POST', '/api/v1/tags', { name: 'Mine', colour: 'blue' }, withKey('k-shared'));
    const theirs = await colleague.request(
      'POST',
      '/api/v1/tags',
      { name: 'Theirs', colour: 'red' },
      withKey('k-shared'),
    );
    expect(theirs.statusCode).toBe(201);
    expect(theirs.headers['idempotent-replayed']).toBeUndefined();
    expect(await tagsNamed('Theirs')).toHaveLength(1);
  });

  it('keeps API tokens’ keys apart from their user’s', async () => {
    const created = await full.request('POST', '/api/v1/api-tokens', { name: 'Sync' }, withKey('k-token'));
    expect(created.statusCode).toBe(201);
    const bearer = { authorization: `Bearer ${created.json().secret}` };
    const asToken = await app.inject({
      method: 'POST',
      url: '/api/v1/api-tokens',
      payload: { name: 'Sync' },
      headers: { ...bearer, ...withKey('k-token') },
    });
    expect(asToken.statusCode).toBe(201);
    expect(asToken.json().token.id).not.toBe(created.json().token.id);
    const again = await app.inject({
      method: 'POST',
      url: '/api/v1/api-tokens',
      payload: { name: 'Sync' },
      headers: { ...bearer, ...withKey('k-token') },
    });
    expect(again.json().token.id).toBe(asToken.json().token.id);
  });

  it('answers 409 while the first request with the key is still in flight', async () => {
    const body = { name: 'In flight', colour: 'blue' };
    await handle.db.insert(idempotencyKeys).values({
      caller: `user:${userId}`,
      key: 'k-flight',
      requestHash: requestHash('POST', '/api/v1/tags', body),
      createdAt: clock.now(),
      expiresAt: new Date(clock.now().getTime() + 86_400_000),
    });
    const duplicate = await full.request('POST', '/api/v1/tags', body, withKey('k-flight'));
    expect(duplicate.statusCode).toBe(409);
    expect(duplicate.json().error.code).toBe('idempotency_in_flight');
    expect(await tagsNamed('In flight')).toEqual([]);
  });

  it('releases the key when the request fails, so a corrected retry may use it', async () => {
    const refused = await full.request('POST', '/api/v1/tags', { name: 'Once', colour: 'blue' }, withKey('k-dup'));
    expect(refused.statusCode).toBe(409);
    const rows = await handle.db.select().from(idempotencyKeys).where(eq(idempotencyKeys.key, 'k-dup'));
    expect(rows).toEqual([]);
  });

  it('refuses a malformed key with a 400 naming the header', async () => {
    const response = await full.request('POST', '/api/v1/tags', { name: 'Bad key', colour: 'blue' }, withKey(' '));
    expect(response.statusCode).toBe(400);
    expect(response.json().error.field).toBe('headers.idempotency-key');
    expect(await tagsNamed('Bad key')).toEqual([]);
  });

  it('keeps a key 24 hours: then the request is new, and the cleanup job forgets the key', async () => {
    const body = { name: 'Daily', colour: 'blue' };
    expect((await full.request('POST', '/api/v1/tags', body, withKey('k-expiry'))).statusCode).toBe(201);
    clock.advance(23 * 3_600_000);
    // Sessions idle out sooner than keys: the same user signs in again, and the key is still theirs.
    const later = await signInAs(app, 'idem@p.test');
    const repeat = await later.request('POST', '/api/v1/tags', body, withKey('k-expiry'));
    expect(repeat.headers['idempotent-replayed']).toBe('true');
    clock.advance(3_600_000);
    // A day later the key is free again: the request runs (and meets the existing tag's name).
    const afterExpiry = await later.request('POST', '/api/v1/tags', body, withKey('k-expiry'));
    expect(afterExpiry.headers['idempotent-replayed']).toBeUndefined();
    expect(afterExpiry.statusCode).toBe(409);

    await later.request('POST', '/api/v1/tags', { name: 'Kept', colour: 'blue' }, withKey('k-kept'));
    clock.advance(24 * 3_600_000);
    await idempotencyCleanupJob.run({ db: handle.db, clock, config });
    const left = await handle.db.select({ key: idempotencyKeys.key }).from(idempotencyKeys);
    expect(left.map((row) => row.key)).not.toContain('k-kept');
    expect(left.length).toBe(0);
  });
});

describe('canonicalJson', () => {
  it('sorts keys at every depth and drops undefined fields', () => {
    expect(canonicalJson({ b: [{ d: 1, c: 2 }], a: undefined, e: null })).toBe('{"b":[{"c":2,"d":1}],"e":null}');
  });
});
