import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ManualClock } from '../domain/clock.ts';
import { allJobs } from './jobs/index.ts';
import { openPostgres } from './platform/db.ts';
import { CLOCK_MOVED } from './platform/jobs.ts';
import { enqueueEmails } from './platform/mail/outbox.ts';
import { demoAccounts, demoPassword } from './seed/demo.ts';
import { createProcessDatabase } from './testing/database.ts';
import { type ProcessDatabase, type ServerProcess, startServerProcess } from './testing/server-process.ts';
import { TestSmtpPeer } from './testing/smtp-peer.ts';

/**
 * More than one server (docs/OPERATIONS.md): two hub processes on one PostgreSQL database, as behind a load
 * balancer. PostgreSQL only — the embedded database belongs to one process — so vitest.config.ts includes this
 * file (`*.postgres-test.ts`) only when DATABASE_URL is set.
 */

let database: ProcessDatabase;
let peer: TestSmtpPeer;
let a: ServerProcess;
let b: ServerProcess;
let client: pg.Client;

/** Polls (bounded) until `check` holds: the other process learns of a change asynchronously. */
async function eventually(check: () => Promise<boolean>, attempts = 100): Promise<boolean> {
  for (let i = 0; i < attempts; i++) {
    if (await check()) return true;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return false;
}

beforeAll(async () => {
  database = await createProcessDatabase();
  peer = await TestSmtpPeer.start();
  const options = { database, env: { CHANNEL_HUB_DEMO: '1', SMTP_URL: peer.url } };
  // Started together on an empty database: the startup lock lets one migrate and seed while the other waits.
  [a, b] = await Promise.all([startServerProcess(options), startServerProcess(options)]);
  client = new pg.Client({ connectionString: database.env.DATABASE_URL });
  await client.connect();
}, 180_000);
afterAll(async () => {
  for (const hub of [a, b]) await hub?.stop();
  await client?.end();
  await peer?.close();
  await database?.close();
});

async function signIn(hub: ServerProcess, email: string): Promise<{ cookie: string; csrfToken: string }> {
  const response = await fetch(`${hub.url}/api/v1/auth/sign-in`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password: demoPassword }),
  });
  expect(response.status).toBe(200);
  const cookie = response.headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .join('; ');
  return { cookie, csrfToken: ((await response.json()) as { csrfToken: string }).csrfToken };
}

const nowOn = async (hub: ServerProcess) =>
  new Date(((await (await fetch(`${hub.url}/api/v1/health`)).json()) as { now: string }).now);

describe('two hub processes on one PostgreSQL database', () => {
  it('seeded the demo data once while starting together', async () => {
    const { rows } = await client.query<{ n: number }>(
      `select count(*)::int as n from users where email = 'operator@vendor.demo'`,
    );
    expect(rows[0]?.n).toBe(1);
  });

  it('a session created on A works on B, and signing out on B ends it on A', async () => {
    const operator = demoAccounts.find((account) => account.email === 'operator@vendor.demo');
    if (!operator) throw new Error('no demo operator');
    const session = await signIn(a, operator.email);

    const me = await fetch(`${b.url}/api/v1/me`, { headers: { cookie: session.cookie } });
    expect(me.status).toBe(200);
    expect(await me.json()).toMatchObject({ user: { email: operator.email } });
    const signOut = await fetch(`${b.url}/api/v1/auth/sign-out`, {
      method: 'POST',
      headers: { cookie: session.cookie, 'x-csrf-token': session.csrfToken },
    });
    expect(signOut.status).toBeLessThan(300);
    expect((await fetch(`${a.url}/api/v1/me`, { headers: { cookie: session.cookie } })).status).toBe(401);
  });

  it('a demo clock move on A is seen on B, and each clock-driven job runs once across both', async () => {
    const session = await signIn(a, 'operator@vendor.demo');
    const target = new Date((await nowOn(b)).getTime() + 3 * 86_400_000);
    const moved = await fetch(`${a.url}/api/v1/demo/clock`, {
      method: 'POST',
      headers: { cookie: session.cookie, 'x-csrf-token': session.csrfToken, 'content-type': 'application/json' },
      body: JSON.stringify({ to: target.toISOString() }),
    });
    expect(moved.status).toBe(200);
    expect(await eventually(async () => (await nowOn(b)).getTime() >= target.getTime())).toBe(true);
    // B's clock runs on from the moved time, not from its own start.
    expect((await nowOn(b)).getTime() - target.getTime()).toBeLessThan(60_000);

    const clockDrivenRuns = async () =>
      (
        await client.query<{ name: string; state: string; retries: number }>(
          `select name, state::text, retry_count as retries from pgboss.job where data->>'trigger' = $1`,
          [CLOCK_MOVED],
        )
      ).rows;
    expect(await eventually(async () => (await clockDrivenRuns()).every((job) => job.state === 'completed'))).toBe(
      true,
    );
    const runs = await clockDrivenRuns();
    const names = runs.map((job) => job.name).sort();
    expect(names).toEqual([...new Set(names)]);
    expect(names).toEqual(
      allJobs
        .filter((job) => job.clockDriven)
        .map((job) => job.name)
        .sort(),
    );
    expect(runs.every((job) => job.retries === 0)).toBe(true);
  });

  it('every queued e-mail goes out once, although both processes send the outbox', async () => {
    const handle = openPostgres(String(database.env.DATABASE_URL), 1);
    try {
      const { rows } = await client.query<{ id: string }>(`select id from organisations limit 1`);
      const organisationId = rows[0]?.id ?? '';
      await handle.db.transaction((tx) =>
        enqueueEmails(
          tx,
          new ManualClock(new Date()),
          Array.from({ length: 20 }, (_, i) => ({
            organisationId,
            to: `person${i}@partner.test`,
            locale: 'en' as const,
            template: 'test.two-servers',
            subject: `Two servers ${i}`,
            textBody: `Message ${i}`,
          })),
        ),
      );
    } finally {
      await handle.close();
    }
    const sent = async () =>
      (
        await client.query<{ n: number }>(
          `select count(*)::int as n from email_outbox where template = 'test.two-servers' and status = 'sent'`,
        )
      ).rows[0]?.n;
    // Every row is marked sent only after the SMTP peer accepted it, so by then every hand-over has happened.
    expect(await eventually(async () => (await sent()) === 20, 200)).toBe(true);
    const ours = () => peer.deliveries.filter((id) => peer.mailbox.get(id)?.subject.startsWith('Two servers'));
    expect(ours()).toHaveLength(20);
    expect(new Set(ours()).size).toBe(20);
  });
});
