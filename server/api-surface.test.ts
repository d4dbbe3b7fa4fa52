import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from './platform/db.ts';
import { buildTestApp, signInAs } from './testing/app.ts';
import { createTestDatabase } from './testing/database.ts';
import { createOrganisation, createUser } from './testing/fixtures.ts';

/**
 * Checks over every endpoint the OpenAPI document lists, so a new endpoint is covered the day it is
 * added: nobody reaches it without signing in (ROL-6), and malformed input never causes a 5xx (X-5, REL-2).
 */
let handle: DatabaseHandle;
let app: FastifyInstance;
type Operation = { method: string; path: string; public: boolean };
let operations: Operation[];

const PUBLIC = new Set([
  'POST /api/v1/auth/sign-in',
  'POST /api/v1/auth/sign-in-method',
  'GET /api/v1/auth/sso/start',
  'GET /api/v1/auth/sso/callback',
  'GET /api/v1/health',
  'GET /api/v1/ready',
  // Issue #10: reached with a one-time link, before anyone can sign in.
  'GET /api/v1/setup/{token}',
  'POST /api/v1/setup/{token}',
  'GET /api/v1/invitations/{token}',
  'POST /api/v1/invitations/{token}/accept',
  'POST /api/v1/invitations/{token}/renewal-request',
  'POST /api/v1/auth/two-factor',
  'POST /api/v1/auth/two-factor/enrolment',
  'POST /api/v1/auth/password-reset',
  'GET /api/v1/password-resets/{token}',
  'POST /api/v1/password-resets/{token}',
]);
const FOREIGN_UUID = '00000000-0000-4000-8000-00000000dead';
const junkBodies: unknown[] = [
  null,
  'not json at all',
  [],
  { unexpected: { nested: [1, 2, 3] } },
  { email: 42, password: false, locale: ['en'], advanceDays: 'soon', expiringSoonDays: 1e300 },
];

beforeAll(async () => {
  handle = await createTestDatabase();
  ({ app } = await buildTestApp(handle.db));
  const vendor = await createOrganisation(handle.db, { kind: 'vendor' });
  await createUser(handle.db, { organisationId: vendor.id, roles: ['vendor_operator'], email: 'op@v.test' });
  await app.ready();
  const document = app.swagger() as { paths: Record<string, Record<string, unknown>> };
  operations = Object.entries(document.paths).flatMap(([path, methods]) =>
    Object.keys(methods).map((method) => ({
      method: method.toUpperCase(),
      path,
      public: PUBLIC.has(`${method.toUpperCase()} ${path}`),
    })),
  );
});
afterAll(async () => {
  await app.close();
  await handle.close();
});

const concrete = (path: string, id: string) => path.replace(/\{[^}]+\}/g, id);

describe('every endpoint', () => {
  it('is described in the OpenAPI document', () => {
    expect(operations.length).toBeGreaterThanOrEqual(8);
    expect(operations.map((o) => `${o.method} ${o.path}`)).toContain('GET /api/v1/me');
  });

  it('answers 401 to a caller who has not signed in', async () => {
    for (const operation of operations.filter((o) => !o.public)) {
      const response = await app.inject({
        method: operation.method as 'GET',
        url: concrete(operation.path, FOREIGN_UUID),
      });
      expect(response.statusCode, `${operation.method} ${operation.path}`).toBe(401);
    }
  });

  // Every operation × three ids × the junk bodies: it grows with the API, past vitest's 30 s default on a busy machine.
  it('never answers 5xx to malformed input, signed in or not', async () => {
    const operator = await signInAs(app, 'op@v.test');
    for (const operation of operations) {
      for (const id of [FOREIGN_UUID, 'not-an-id', "'; drop table users; --"]) {
        for (const body of operation.method === 'GET' ? [undefined] : junkBodies) {
          const url = `${concrete(operation.path, encodeURIComponent(id))}?limit=-1&sort=%00&q=${'x'.repeat(5000)}`;
          const headers: Record<string, string> =
            typeof body === 'string' ? { 'content-type': 'application/json' } : {};
          const response = await operator.request(operation.method, url, body, headers);
          expect(response.statusCode, `${operation.method} ${url.slice(0, 80)} ${JSON.stringify(body)}`).toBeLessThan(
            500,
          );
          if (response.statusCode >= 400) expect(Object.keys(response.json())).toEqual(['error']);
        }
      }
    }
    // Its work grows with every operation of the API (several hundred requests): more than the default 30 s on a
    // loaded two-core machine.
  }, 180_000);
});
