import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { ManualClock } from '../../../domain/clock.ts';
import { emailOutbox, users } from '../../db/schema/index.ts';
import { sendEmailJob } from '../../jobs/send-email.job.ts';
import { createTestDatabase } from '../../testing/database.ts';
import { createOrganisation, createUser } from '../../testing/fixtures.ts';
import { TestSmtpPeer } from '../../testing/smtp-peer.ts';
import { loadConfig } from '../config.ts';
import type { DatabaseHandle } from '../db.ts';
import { JobRunner } from '../jobs.ts';
import { enqueueEmails, localesOf } from './outbox.ts';
import { smtpTransport } from './transport.ts';
import { MAX_ATTEMPTS, retryDelayMs, sendDueEmails } from './worker.ts';

/** NOT-1: the outbox worker against a real SMTP server on loopback. */

const FROM = 'Channel Hub <no-reply@hub.test>';
let handle: DatabaseHandle;
let peer: TestSmtpPeer;
let organisationId: string;
let clock: ManualClock;

beforeAll(async () => {
  handle = await createTestDatabase();
  peer = await TestSmtpPeer.start();
  const partner = await createOrganisation(handle.db, { kind: 'partner' });
  organisationId = partner.id;
  const hungarian = await createUser(handle.db, { organisationId, roles: [], email: 'anna@partner.test' });
  await handle.db.update(users).set({ locale: 'hu' }).where(eq(users.id, hungarian.id));
});
afterAll(async () => {
  await peer.close();
  await handle.close();
});
beforeEach(async () => {
  clock = new ManualClock('2026-11-21T09:00:00Z');
  peer.reject = false;
  peer.beforeAccept = undefined;
  peer.mailbox.clear();
  peer.deliveries.length = 0;
  await handle.db.delete(emailOutbox);
});

const greetings = { en: 'Welcome', da: 'Velkommen', nb: 'Velkommen', hu: 'Üdvözöljük' } as const;

async function queue(addresses: string[]) {
  const localeOf = await localesOf(handle.db, addresses);
  await handle.db.transaction((tx) =>
    enqueueEmails(
      tx,
      clock,
      addresses.map((to) => {
        const locale = localeOf.get(to) ?? 'en';
        return {
          organisationId,
          to,
          locale,
          template: 'test.welcome',
          subject: `${greetings[locale]}, ${to}`,
          textBody: `${greetings[locale]}!\nŐrült ének — æøå.`,
        };
      }),
    ),
  );
}

const rows = () => handle.db.select().from(emailOutbox).orderBy(emailOutbox.id);
const send = (transport = smtpTransport(peer.url)) =>
  sendDueEmails({ db: handle.db, clock, transport, from: FROM }).finally(() => transport.close());

describe('the outbox worker', () => {
  it('delivers a queued message with its From, To, Subject, Message-ID and body in the recipient’s language', async () => {
    await queue(['anna@partner.test']);
    const [queued] = await rows();

    expect(await send()).toEqual({ sent: 1, retrying: 0, failed: 0 });

    const received = peer.mailbox.get(queued?.messageId ?? '');
    expect(received).toEqual({
      messageId: queued?.messageId,
      from: FROM,
      to: 'anna@partner.test',
      subject: 'Üdvözöljük, anna@partner.test',
      contentLanguage: 'hu',
      text: 'Üdvözöljük!\nŐrült ének — æøå.',
    });
    const [sent] = await rows();
    expect(sent).toMatchObject({ status: 'sent', attempts: 1, lastError: null, sentAt: clock.now() });
  });

  it('retries a refused message with exponential backoff on the clock, then marks it failed', async () => {
    peer.reject = true;
    await queue(['nobody@elsewhere.test']);
    const start = clock.now().getTime();
    let elapsed = 0;
    for (let attempt = 1; attempt < MAX_ATTEMPTS; attempt++) {
      expect(await send()).toEqual({ sent: 0, retrying: 1, failed: 0 });
      const [row] = await rows();
      expect(row).toMatchObject({ status: 'pending', attempts: attempt });
      expect(row?.lastError).toContain('451');
      expect(row?.nextAttemptAt.getTime()).toBe(start + elapsed + retryDelayMs(attempt));
      // Not due a millisecond early: nothing is attempted.
      clock.advance(retryDelayMs(attempt) - 1);
      expect(await send()).toEqual({ sent: 0, retrying: 0, failed: 0 });
      clock.advance(1);
      elapsed += retryDelayMs(attempt);
    }
    expect(retryDelayMs(1)).toBe(60_000);
    expect(retryDelayMs(2)).toBe(120_000);
    expect(retryDelayMs(3)).toBe(240_000);

    expect(await send()).toEqual({ sent: 0, retrying: 0, failed: 1 });
    const [failed] = await rows();
    expect(failed).toMatchObject({ status: 'failed', attempts: MAX_ATTEMPTS, sentAt: null });
    expect(peer.deliveries).toEqual([]);
    clock.advanceDays(30);
    expect(await send()).toEqual({ sent: 0, retrying: 0, failed: 0 });
  });

  it('sends a message whose retry is due once the peer takes it again', async () => {
    peer.reject = true;
    await queue(['later@elsewhere.test']);
    await send();
    peer.reject = false;
    clock.advance(retryDelayMs(1));
    expect(await send()).toEqual({ sent: 1, retrying: 0, failed: 0 });
    expect(await rows()).toMatchObject([{ status: 'sent', attempts: 2, lastError: null }]);
    expect(peer.deliveries).toHaveLength(1);
  });

  it('keeps messages stored and unsent when no SMTP server is configured', async () => {
    await queue(['anna@partner.test', 'bob@partner.test']);
    await sendEmailJob.run({ db: handle.db, clock, config: loadConfig({}) });
    expect(await rows()).toMatchObject([
      { status: 'pending', attempts: 0, sentAt: null },
      { status: 'pending', attempts: 0, sentAt: null },
    ]);
    expect(peer.deliveries).toEqual([]);
  });

  it('with two workers in parallel, sends each message once', async () => {
    const addresses = Array.from({ length: 30 }, (_, i) => `person${i}@partner.test`);
    await queue(addresses);
    // A slow peer keeps both workers busy at once.
    peer.beforeAccept = () => new Promise((resolve) => setTimeout(resolve, 5));
    const [a, b] = await Promise.all([send(), send()]);
    expect((a?.sent ?? 0) + (b?.sent ?? 0)).toBe(30);
    expect(peer.deliveries).toHaveLength(30);
    expect(new Set(peer.deliveries).size).toBe(30);
    expect((await rows()).every((row) => row.status === 'sent' && row.attempts === 1)).toBe(true);
  });

  it('runs in the job runner every two seconds, so a message leaves within seconds of its commit', async () => {
    const config = loadConfig({ SMTP_URL: peer.url, MAIL_FROM: FROM });
    const jobs = await JobRunner.start(handle, [sendEmailJob], { db: handle.db, clock, config });
    try {
      await queue(['anna@partner.test']);
      const committedAt = performance.now();
      while (peer.deliveries.length === 0 && performance.now() - committedAt < 10_000) {
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
      expect(peer.deliveries).toHaveLength(1);
      expect(performance.now() - committedAt).toBeLessThan(5_000);
    } finally {
      await jobs.stop();
    }
  });
});

describe('SMTP_URL', () => {
  it('takes smtp:// and smtps:// URLs and stops the start on anything else, naming the variable', () => {
    expect(loadConfig({ SMTP_URL: 'smtp://user:secret@mail.example:587' }).smtpUrl).toBe(
      'smtp://user:secret@mail.example:587',
    );
    expect(loadConfig({ SMTP_URL: 'smtps://mail.example:465' }).smtpUrl).toBe('smtps://mail.example:465');
    expect(() => loadConfig({ SMTP_URL: 'http://mail.example' })).toThrow(/SMTP_URL/);
    expect(() => loadConfig({ SMTP_URL: 'mail.example:25' })).toThrow(/SMTP_URL/);
  });
});
