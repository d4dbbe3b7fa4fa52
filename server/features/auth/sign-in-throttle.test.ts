import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ManualClock } from '../../../domain/clock.ts';
import { signInThrottle } from '../../db/schema/index.ts';
import { loadConfig } from '../../platform/config.ts';
import type { DatabaseHandle } from '../../platform/db.ts';
import { buildTestApp } from '../../testing/app.ts';
import { createTestDatabase } from '../../testing/database.ts';
import { createOrganisation, createUser, TEST_PASSWORD } from '../../testing/fixtures.ts';
import { ADDRESS_FAILURES_PER_WINDOW, pruneSignInThrottle } from './sign-in-throttle.ts';

let handle: DatabaseHandle;
let app: FastifyInstance;
let clock: ManualClock;
const USER = 'real.user@partner.test';

beforeAll(async () => {
  handle = await createTestDatabase();
  ({ app, clock } = await buildTestApp(handle.db));
  const partner = await createOrganisation(handle.db, { kind: 'partner' });
  await createUser(handle.db, { organisationId: partner.id, roles: ['partner_full_admin'], email: USER });
});
afterAll(async () => {
  await app.close();
  await handle.close();
});

function signIn(
  target: FastifyInstance,
  from: string,
  email: string,
  password = 'Spring2026!',
  headers: Record<string, string> = {},
) {
  return target.inject({
    method: 'POST',
    url: '/api/v1/auth/sign-in',
    remoteAddress: from,
    headers,
    payload: { email, password },
  });
}

/** One password tried on many e-mails, each e-mail once (so the per-account limit never applies). */
async function spray(
  from: string,
  attempts: number,
  label: string,
  headers: () => Record<string, string> = () => ({}),
) {
  const answers = [];
  for (let i = 0; i < attempts; i++) {
    answers.push(await signIn(app, from, `${label}${i}@victims.test`, 'Spring2026!', headers()));
  }
  return answers;
}

describe('password spraying from one address', () => {
  it('gets 429 with Retry-After after the threshold, while the real user signs in from their own address', async () => {
    const answers = await spray('203.0.113.10', 59, 'spray');
    answers.push(await signIn(app, '203.0.113.10', USER));
    const statuses = answers.map((a) => a.statusCode);
    expect(statuses.slice(0, ADDRESS_FAILURES_PER_WINDOW)).toEqual(Array(ADDRESS_FAILURES_PER_WINDOW).fill(401));
    expect(statuses.slice(ADDRESS_FAILURES_PER_WINDOW)).toEqual(Array(60 - ADDRESS_FAILURES_PER_WINDOW).fill(429));
    const refused = answers[ADDRESS_FAILURES_PER_WINDOW];
    expect(refused?.headers['retry-after']).toBe('60');
    expect(refused?.json().error.code).toBe('rate_limited');
    // The sprayer's address waits even with the right password; the user's own address does not.
    expect((await signIn(app, '203.0.113.10', USER, TEST_PASSWORD)).statusCode).toBe(429);
    expect((await signIn(app, '198.51.100.20', USER, TEST_PASSWORD)).statusCode).toBe(200);
  });

  it('backs off 1, 2, 4 minutes: each block is twice as long, and lifts when it has passed on the clock', async () => {
    const waits: string[] = [];
    for (let round = 0; round < 3; round++) {
      const answers = await spray('203.0.113.11', ADDRESS_FAILURES_PER_WINDOW + 1, `backoff${round}-`);
      expect(answers.slice(0, -1).every((a) => a.statusCode === 401)).toBe(true);
      const refused = answers.at(-1);
      expect(refused?.statusCode).toBe(429);
      waits.push(String(refused?.headers['retry-after']));
      const seconds = Number(refused?.headers['retry-after']);
      clock.advance((seconds - 1) * 1000);
      expect((await signIn(app, '203.0.113.11', USER, TEST_PASSWORD)).statusCode).toBe(429);
      clock.advance(1000);
    }
    expect(waits).toEqual(['60', '120', '240']);
    expect((await signIn(app, '203.0.113.11', USER, TEST_PASSWORD)).statusCode).toBe(200);
  });

  it('forgets an address after a quiet day: the back-off starts again from one minute, and the row is pruned', async () => {
    await spray('203.0.113.12', ADDRESS_FAILURES_PER_WINDOW, 'quiet-a');
    clock.advance(60_000);
    await spray('203.0.113.12', ADDRESS_FAILURES_PER_WINDOW, 'quiet-b');
    clock.advance(25 * 3_600_000);
    expect(await pruneSignInThrottle(handle.db, clock)).toBeGreaterThan(0);
    const rows = await handle.db.select({ key: signInThrottle.key }).from(signInThrottle);
    expect(rows.map((r) => r.key)).not.toContain('address:203.0.113.12');
    const answers = await spray('203.0.113.12', ADDRESS_FAILURES_PER_WINDOW + 1, 'quiet-c');
    expect(answers.at(-1)?.headers['retry-after']).toBe('60');
  });

  it('is counted in the database: two server processes share one count', async () => {
    const other = await buildTestApp(handle.db);
    other.clock.moveTo(clock.now());
    const half = ADDRESS_FAILURES_PER_WINDOW / 2;
    for (let i = 0; i < half; i++) {
      expect((await signIn(app, '203.0.113.13', `shared-a${i}@victims.test`)).statusCode).toBe(401);
      expect((await signIn(other.app, '203.0.113.13', `shared-b${i}@victims.test`)).statusCode).toBe(401);
    }
    expect((await signIn(other.app, '203.0.113.13', 'shared-c@victims.test')).statusCode).toBe(429);
    expect((await signIn(app, '203.0.113.13', 'shared-d@victims.test')).statusCode).toBe(429);
    await other.app.close();
  });
});

describe('the source address behind a proxy', () => {
  it('ignores X-Forwarded-For when no proxy is trusted', async () => {
    let n = 0;
    const answers = await spray('192.0.2.30', ADDRESS_FAILURES_PER_WINDOW + 1, 'spoof', () => ({
      'x-forwarded-for': `198.18.0.${++n}`,
    }));
    expect(answers.at(-1)?.statusCode).toBe(429);
  });

  it('honours X-Forwarded-For from a trusted proxy only', async () => {
    const proxied = await buildTestApp(handle.db, { trustedProxies: ['10.0.0.0/8'] });
    proxied.clock.moveTo(clock.now());
    for (let i = 0; i < ADDRESS_FAILURES_PER_WINDOW; i++) {
      const answer = await signIn(proxied.app, '10.1.2.3', `behind${i}@victims.test`, 'x', {
        'x-forwarded-for': '203.0.113.40',
      });
      expect(answer.statusCode).toBe(401);
    }
    const viaProxy = { 'x-forwarded-for': '203.0.113.40' };
    expect((await signIn(proxied.app, '10.1.2.3', USER, TEST_PASSWORD, viaProxy)).statusCode).toBe(429);
    // Another client behind the same proxy is another address.
    const otherClient = { 'x-forwarded-for': '198.51.100.41' };
    expect((await signIn(proxied.app, '10.1.2.3', USER, TEST_PASSWORD, otherClient)).statusCode).toBe(200);
    // A peer outside TRUST_PROXY is its own address, whatever X-Forwarded-For it sends.
    const untrusted = { 'x-forwarded-for': '198.51.100.42' };
    expect((await signIn(proxied.app, '203.0.113.40', USER, TEST_PASSWORD, untrusted)).statusCode).toBe(429);
    await proxied.app.close();
  });

  it('reads TRUST_PROXY as a list of addresses and CIDR blocks, and names the variable when it is not', () => {
    expect(loadConfig({ TRUST_PROXY: '10.0.0.0/8, ::1,loopback' }).trustedProxies).toEqual([
      '10.0.0.0/8',
      '::1',
      'loopback',
    ]);
    expect(loadConfig({}).trustedProxies).toEqual([]);
    expect(() => loadConfig({ TRUST_PROXY: '10.0.0.0/33' })).toThrow(/TRUST_PROXY/);
    expect(() => loadConfig({ TRUST_PROXY: 'proxy.internal' })).toThrow(/TRUST_PROXY/);
  });
});
