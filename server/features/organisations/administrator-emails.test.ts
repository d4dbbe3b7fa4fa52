import { eq } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ManualClock } from '../../../domain/clock.ts';
import { emailOutbox, users } from '../../db/schema/index.ts';
import type { DatabaseHandle } from '../../platform/db.ts';
import { smtpTransport } from '../../platform/mail/transport.ts';
import { sendDueEmails } from '../../platform/mail/worker.ts';
import { type Browser, buildTestApp, signInAs } from '../../testing/app.ts';
import { createTestDatabase } from '../../testing/database.ts';
import { createOrganisation, createUser } from '../../testing/fixtures.ts';
import { TestSmtpPeer } from '../../testing/smtp-peer.ts';
import { ADMINISTRATOR_INVITATION } from './administrator-emails.ts';

/** ORG-2, NOT-1: inviting an administrator queues the invitation e-mail in the invitee's language. */

let handle: DatabaseHandle;
let app: FastifyInstance;
let clock: ManualClock;
let full: Browser;
let partnerId: string;

beforeAll(async () => {
  handle = await createTestDatabase();
  ({ app, clock } = await buildTestApp(handle.db));
  const partner = await createOrganisation(handle.db, { kind: 'partner', name: 'Nordlys Partner' });
  partnerId = partner.id;
  const inviter = await createUser(handle.db, {
    organisationId: partner.id,
    roles: ['partner_full_admin'],
    email: 'full@nordlys.test',
  });
  await handle.db.update(users).set({ name: 'Frida Full' }).where(eq(users.id, inviter.id));
  // A Danish-speaking administrator who was removed earlier and is invited again.
  const removed = await createUser(handle.db, {
    organisationId: partner.id,
    roles: [],
    email: 'returning@nordlys.test',
  });
  await handle.db.update(users).set({ status: 'disabled', locale: 'da' }).where(eq(users.id, removed.id));
  full = await signInAs(app, 'full@nordlys.test');
});
afterAll(async () => {
  await app.close();
  await handle.close();
});

const outbox = () => handle.db.select().from(emailOutbox).orderBy(emailOutbox.id);

describe('the invitation e-mail', () => {
  it('is queued with the invitation, in English for a new address', async () => {
    const response = await full.request('POST', '/api/v1/administrators', {
      email: 'new.admin@nordlys.test',
      name: 'Nina New',
      roles: ['partner_admin'],
    });
    expect(response.statusCode).toBe(201);
    const [row] = await outbox();
    expect(row).toMatchObject({
      organisationId: partnerId,
      toAddress: 'new.admin@nordlys.test',
      locale: 'en',
      template: ADMINISTRATOR_INVITATION,
      subject: 'You are invited to administer Nordlys Partner in Channel Hub',
      status: 'pending',
      createdAt: clock.now(),
    });
    expect(row?.textBody).toContain('Hello Nina New,');
    expect(row?.textBody).toContain('Frida Full (full@nordlys.test) has invited you');
  });

  it('is written in the language the invitee chose, and delivered so', async () => {
    await handle.db.delete(emailOutbox);
    const response = await full.request('POST', '/api/v1/administrators', {
      email: 'returning@nordlys.test',
      name: 'Rasmus Returning',
      roles: ['partner_read_only_admin'],
    });
    expect(response.statusCode).toBe(201);
    const [row] = await outbox();
    expect(row).toMatchObject({ locale: 'da', toAddress: 'returning@nordlys.test' });

    const peer = await TestSmtpPeer.start();
    const transport = smtpTransport(peer.url);
    try {
      await sendDueEmails({ db: handle.db, clock, transport, from: 'hub@nordlys.test' });
      const received = peer.mailbox.get(row?.messageId ?? '');
      expect(received?.subject).toBe('Du er inviteret som administrator for Nordlys Partner i Channel Hub');
      expect(received?.contentLanguage).toBe('da');
      expect(received?.text).toContain('Hej Rasmus Returning');
      expect(received?.text).toContain('har inviteret dig til at være administrator for Nordlys Partner');
    } finally {
      transport.close();
      await peer.close();
    }
  });

  it('is not queued when the invitation is refused', async () => {
    await handle.db.delete(emailOutbox);
    const response = await full.request('POST', '/api/v1/administrators', {
      email: 'full@nordlys.test',
      name: 'Somebody',
      roles: ['partner_admin'],
    });
    expect(response.statusCode).toBe(409);
    expect(await outbox()).toEqual([]);
  });
});
