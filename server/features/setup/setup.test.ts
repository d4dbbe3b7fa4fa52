import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { eq } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ManualClock } from '../../../domain/clock.ts';
import { auditLog, organisations, users } from '../../db/schema/index.ts';
import type { DatabaseHandle } from '../../platform/db.ts';
import { buildTestApp } from '../../testing/app.ts';
import { createProcessDatabase, createTestDatabase } from '../../testing/database.ts';
import { createOrganisation, createUser } from '../../testing/fixtures.ts';
import { issueSetupLink } from './issue-setup-link.ts';

/** Issue #10, the first run: the setup link (valid, expired, replaced, used), the page's API, and the CLI. */

let handle: DatabaseHandle;
let app: FastifyInstance;
let clock: ManualClock;
const PUBLIC_URL = 'https://hub.example.test';
const PASSWORD = 'a long first-run passphrase';

const issue = (operator = { email: 'ops@vendor.test', name: 'Olga Operator' }) =>
  issueSetupLink({ db: handle.db, clock, publicUrl: PUBLIC_URL }, operator);
const tokenOf = (url: string) => url.split('/').at(-1) ?? '';
const form = (overrides: Record<string, unknown> = {}) => ({
  organisationName: 'Acme Communications',
  country: 'DK',
  timeZone: 'Europe/Copenhagen',
  name: 'Olga Operator',
  email: 'ops@vendor.test',
  newPassword: PASSWORD,
  ...overrides,
});
const post = (token: string, payload: unknown) =>
  app.inject({ method: 'POST', url: `/api/v1/setup/${token}`, payload: payload as object });
const get = (token: string) => app.inject({ method: 'GET', url: `/api/v1/setup/${token}` });

beforeAll(async () => {
  handle = await createTestDatabase();
  ({ app, clock } = await buildTestApp(handle.db, { publicUrl: PUBLIC_URL }));
});
afterAll(async () => {
  await app?.close();
  await handle?.close();
});

describe('the first run (issue #10)', () => {
  it('prints a link to /setup/{token} that shows who it is for; a tampered token is 404', async () => {
    const link = await issue();
    expect(link.url).toMatch(new RegExp(`^${PUBLIC_URL}/setup/[A-Za-z0-9_-]{40,}$`));
    expect(link.expiresAt.getTime() - clock.now().getTime()).toBe(24 * 3_600_000);
    const state = await get(tokenOf(link.url));
    expect(state.statusCode).toBe(200);
    expect(state.json()).toMatchObject({ email: 'ops@vendor.test', name: 'Olga Operator' });
    expect((await get(`${tokenOf(link.url)}x`)).statusCode).toBe(404);
    expect((await post(`${tokenOf(link.url).slice(0, -2)}zz`, form())).statusCode).toBe(404);
  });

  it('refuses an expired link (24 hours on the clock)', async () => {
    const link = await issue();
    clock.advance(24 * 3_600_000);
    const answer = await get(tokenOf(link.url));
    expect(answer.statusCode).toBe(409);
    expect(answer.json().error.code).toBe('link_expired');
    expect((await post(tokenOf(link.url), form())).json().error.code).toBe('link_expired');
  });

  it('refuses a link a newer one replaced', async () => {
    const first = await issue();
    await issue();
    const answer = await post(tokenOf(first.url), form());
    expect(answer.statusCode).toBe(409);
    expect(answer.json().error.code).toBe('link_revoked');
  });

  it('applies the password rules, naming the field', async () => {
    const { url } = await issue();
    for (const password of ['too-short', 'passwordpassword', 'ops@vendor.test']) {
      const answer = await post(tokenOf(url), form({ newPassword: password }));
      expect(answer.statusCode, password).toBe(400);
      expect(answer.json().error.field, password).toBe('newPassword');
    }
    const badCountry = await post(tokenOf(url), form({ country: 'XX' }));
    expect(badCountry.json().error.field).toBe('country');
    const badZone = await post(tokenOf(url), form({ timeZone: 'Mars/Olympus' }));
    expect(badZone.json().error.field).toBe('timeZone');
  });

  it('creates the vendor and its operator, signs them in and audits it; then refuses a second time', async () => {
    const { url } = await issue();
    const answer = await post(tokenOf(url), form());
    expect(answer.statusCode, answer.body).toBe(201);
    const session = answer.json();
    expect(session.roles).toEqual(['vendor_operator']);
    expect(session.organisation).toMatchObject({ name: 'Acme Communications', kind: 'vendor' });
    const cookie = answer.cookies.map((c) => `${c.name}=${c.value}`).join('; ');
    const me = await app.inject({ method: 'GET', url: '/api/v1/me', headers: { cookie } });
    expect(me.json().user.email).toBe('ops@vendor.test');
    const [vendor] = await handle.db.select().from(organisations).where(eq(organisations.kind, 'vendor'));
    expect(vendor).toMatchObject({ country: 'DK', dataRegion: 'EU', timeZone: 'Europe/Copenhagen' });
    const [operator] = await handle.db.select().from(users).where(eq(users.email, 'ops@vendor.test'));
    expect(operator?.status).toBe('active');
    const audit = await handle.db.select().from(auditLog).where(eq(auditLog.action, 'installation.set_up'));
    expect(audit).toHaveLength(1);

    const again = await post(tokenOf(url), form({ email: 'other@vendor.test' }));
    expect(again.statusCode).toBe(409);
    expect(again.json().error.code).toBe('already_set_up');
    expect((await get(tokenOf(url))).json().error.code).toBe('already_set_up');
    await expect(issue()).rejects.toMatchObject({ code: 'already_set_up' });
    expect(await handle.db.select().from(organisations).where(eq(organisations.kind, 'vendor'))).toHaveLength(1);
  });
});

describe('channel-hub setup', () => {
  const bin = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../cli/bin.mjs');
  // The child gets its database from the arguments only.
  const { DATABASE_URL: _url, DATABASE_OWNER_URL: _owner, ...inherited } = process.env;
  const run = (databaseArgs: string[]) =>
    spawnSync(
      process.execPath,
      [bin, 'setup', '--email', 'First@Vendor.test', '--name', 'First Operator', ...databaseArgs],
      {
        encoding: 'utf8',
        env: { ...inherited, CHANNEL_HUB_PUBLIC_URL: PUBLIC_URL },
        timeout: 90_000,
      },
    );

  it('prints a one-time link, and refuses with exit code 1 once a vendor operator exists', async () => {
    const database = await createProcessDatabase();
    const args = database.argument.startsWith('pglite:')
      ? ['--data', database.argument.slice('pglite:'.length)]
      : ['--database-url', database.argument];
    try {
      const first = run(args);
      expect(first.status, first.stderr).toBe(0);
      expect(first.stdout).toMatch(new RegExp(`${PUBLIC_URL}/setup/[A-Za-z0-9_-]{40,}`));
      expect(first.stdout).toContain('first@vendor.test');
      await database.use(async ({ db }) => {
        const vendor = await createOrganisation(db, { kind: 'vendor' });
        await createUser(db, { organisationId: vendor.id, roles: ['vendor_operator'] });
      });
      const second = run(args);
      expect(second.status).toBe(1);
      expect(second.stderr).toContain('Refused: This installation is set up already');
      expect(second.stdout).not.toMatch(/\/setup\/[A-Za-z0-9_-]{40,}/);
    } finally {
      await database.close();
    }
  }, 120_000);
});
