import * as argon2 from '@node-rs/argon2';
import { eq } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { users } from '../../db/schema/index.ts';
import { loadConfig } from '../../platform/config.ts';
import type { DatabaseHandle } from '../../platform/db.ts';
import { buildTestApp } from '../../testing/app.ts';
import { createTestDatabase } from '../../testing/database.ts';
import { createOrganisation, createUser, TEST_PASSWORD } from '../../testing/fixtures.ts';

// The real argon2, watched: which hashes sign-in verifies against shows what each answer costs.
vi.mock('@node-rs/argon2', async (importOriginal) => {
  const actual = await importOriginal<typeof import('@node-rs/argon2')>();
  return { ...actual, verify: vi.fn(actual.verify) };
});
const verify = vi.mocked(argon2.verify);

let handle: DatabaseHandle;
let app: FastifyInstance;
let production: FastifyInstance;
let storedHash = '';

beforeAll(async () => {
  handle = await createTestDatabase();
  ({ app } = await buildTestApp(handle.db));
  const productionConfig = loadConfig({ NODE_ENV: 'production', CHANNEL_HUB_DEMO: '1', LOG_LEVEL: 'silent' });
  ({ app: production } = await buildTestApp(handle.db, productionConfig));
  const partner = await createOrganisation(handle.db, { kind: 'partner' });
  const user = await createUser(handle.db, {
    organisationId: partner.id,
    roles: ['partner_full_admin'],
    email: 'known@p.test',
  });
  storedHash = user.passwordHash ?? '';
  const disabled = await createUser(handle.db, { organisationId: partner.id, roles: [], email: 'disabled@p.test' });
  await handle.db.update(users).set({ status: 'disabled' }).where(eq(users.id, disabled.id));
});
afterAll(async () => {
  await app.close();
  await production.close();
  await handle.close();
});
// A block body: a function returned from beforeEach would be run as its cleanup.
beforeEach(() => {
  verify.mockClear();
});

const signIn = (target: FastifyInstance, email: string, password: string, from = '192.0.2.77') =>
  target.inject({ method: 'POST', url: '/api/v1/auth/sign-in', remoteAddress: from, payload: { email, password } });

/** `$argon2id$v=19$m=…,t=…,p=…`: the algorithm and the cost parameters, without salt and digest. */
const costOf = (hash: string) => hash.split('$').slice(1, 4).join('$');

describe('security headers (REL-5)', () => {
  it('send a strict content security policy, nosniff and no framing, on API answers and errors alike', async () => {
    for (const url of ['/api/v1/openapi.json', '/api/v1/me', '/api/v1/nowhere']) {
      const headers = (await app.inject({ method: 'GET', url })).headers;
      const csp = String(headers['content-security-policy']);
      expect(csp).toContain("default-src 'self'");
      expect(csp).toContain("script-src 'self'");
      expect(csp).toContain("frame-ancestors 'none'");
      expect(csp).toContain("object-src 'none'");
      expect(headers['x-content-type-options']).toBe('nosniff');
      expect(headers['x-frame-options']).toBe('SAMEORIGIN');
      expect(headers['x-powered-by']).toBeUndefined();
    }
  });

  it('in production (NODE_ENV=production) add HSTS and mark the session cookie Secure; in development neither', async () => {
    const secure = await signIn(production, 'known@p.test', TEST_PASSWORD);
    expect(secure.statusCode).toBe(200);
    expect(secure.headers['strict-transport-security']).toBe('max-age=31536000; includeSubDomains');
    expect(secure.cookies.find((c) => c.name === 'ch_session')).toMatchObject({
      secure: true,
      httpOnly: true,
      sameSite: 'Lax',
    });
    const development = await signIn(app, 'known@p.test', TEST_PASSWORD);
    expect(development.headers['strict-transport-security']).toBeUndefined();
    expect(development.cookies.find((c) => c.name === 'ch_session')?.secure).toBeUndefined();
  });
});

describe('account enumeration (REL-5)', () => {
  it('an unknown e-mail, a wrong password and a disabled account get the same answer', async () => {
    const answers = [
      await signIn(app, 'known@p.test', 'wrong password'),
      await signIn(app, 'nobody@p.test', 'wrong password'),
      await signIn(app, 'disabled@p.test', TEST_PASSWORD),
    ];
    for (const answer of answers) {
      expect(answer.statusCode).toBe(401);
      expect(answer.json()).toEqual(answers[0]?.json());
      expect(answer.cookies).toHaveLength(0);
    }
  });

  it('an unknown e-mail costs one argon2id verification with the stored hashes’ parameters, as a wrong password does', async () => {
    await signIn(app, 'known@p.test', 'wrong password');
    expect(verify).toHaveBeenCalledTimes(1);
    const [againstKnown] = verify.mock.calls[0] ?? [];
    expect(againstKnown).toBe(storedHash);
    verify.mockClear();
    await signIn(app, 'nobody@p.test', 'wrong password');
    expect(verify).toHaveBeenCalledTimes(1);
    const [againstDecoy] = verify.mock.calls[0] ?? [];
    expect(againstDecoy).not.toBe(storedHash);
    expect(costOf(String(againstDecoy))).toBe(costOf(storedHash));
    expect(costOf(storedHash)).toMatch(/^argon2id\$v=19\$m=\d+,t=\d+,p=\d+$/);
  });

  it('a throttled attempt verifies nothing, whether the e-mail exists or not', async () => {
    for (let i = 0; i < 10; i++) await signIn(app, 'known@p.test', 'guess', '192.0.2.78');
    verify.mockClear();
    expect((await signIn(app, 'known@p.test', TEST_PASSWORD, '192.0.2.78')).statusCode).toBe(429);
    expect(verify).not.toHaveBeenCalled();
  });
});
