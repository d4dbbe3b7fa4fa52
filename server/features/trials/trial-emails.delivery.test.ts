import { eq } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ManualClock } from '../../../domain/clock.ts';
import type { TrialDetail } from '../../../domain/contracts/trials.ts';
import { users } from '../../db/schema/index.ts';
import { trialExpiryJob } from '../../jobs/trial-expiry.job.ts';
import type { Config } from '../../platform/config.ts';
import type { DatabaseHandle } from '../../platform/db.ts';
import { smtpTransport } from '../../platform/mail/transport.ts';
import { sendDueEmails } from '../../platform/mail/worker.ts';
import { buildTestApp } from '../../testing/app.ts';
import { createTestDatabase } from '../../testing/database.ts';
import { createOrganisation, createUser } from '../../testing/fixtures.ts';
import { TestSmtpPeer } from '../../testing/smtp-peer.ts';
import { browsersFor, buildChannel } from './trials.fixtures.ts';

/**
 * The trial e-mails end to end (TRI-5, TRI-9, TRI-15, NOT-1): what the use cases and jobs queue reaches a real SMTP
 * server on loopback, once each, to the right people, in each recipient's language.
 */

let handle: DatabaseHandle;
let app: FastifyInstance;
let clock: ManualClock;
let config: Config;
let peer: TestSmtpPeer;
let customerId: string;
const { as, advanceDays } = browsersFor(
  () => app,
  () => handle.db,
  () => clock,
);

beforeAll(async () => {
  handle = await createTestDatabase();
  ({ app, clock, config } = await buildTestApp(handle.db));
  await buildChannel(handle.db);
  peer = await TestSmtpPeer.start();
  const customer = await createOrganisation(handle.db, { kind: 'customer', name: 'Nordlys Marine' });
  customerId = customer.id;
  const head = await createUser(handle.db, {
    organisationId: customer.id,
    roles: ['customer_full_admin'],
    email: 'head@nordlys.test',
  });
  await handle.db.update(users).set({ locale: 'da' }).where(eq(users.id, head.id));
});
afterAll(async () => {
  await app.close();
  await peer.close();
  await handle.close();
});

const deliver = () =>
  sendDueEmails({ db: handle.db, clock, transport: smtpTransport(peer.url), from: 'Channel Hub <hub@hub.test>' });
const received = (to: string) => [...peer.mailbox.values()].filter((m) => m.to.includes(to));

describe('trial e-mails reach the SMTP server', () => {
  let trial: TrialDetail;

  it('delivers the consent request to the customer full administrator, in Danish', async () => {
    const started = await (await as('sales@p1.test')).request('POST', `/api/v1/customers/${customerId}/trials`, {
      adminEmail: 'head@nordlys.test',
      services: ['messaging'],
      licenceQuantity: 5,
      durationDays: 30,
    });
    expect(started.statusCode, started.body).toBe(201);
    trial = (started.json() as { trial: TrialDetail }).trial;
    expect((await deliver()).sent).toBe(1);
    const [request] = received('head@nordlys.test');
    expect(request?.contentLanguage).toBe('da');
    expect(request?.text).toContain('Partner One');
  });

  it('tells the partner when the customer accepts, and reminds both sides 7 days before the end', async () => {
    const accepted = await (await as('head@nordlys.test')).request('POST', `/api/v1/consents/${trial.id}/accept`, {
      fullAdministration: true,
    });
    expect(accepted.statusCode, accepted.body).toBe(200);
    await deliver();
    expect(received('sales@p1.test').length).toBeGreaterThan(0);

    peer.mailbox.clear();
    await advanceDays(23);
    await trialExpiryJob.run({ db: handle.db, clock, config });
    // A second run of the job (the clock moved again, or another process ran it) queues nothing more.
    await trialExpiryJob.run({ db: handle.db, clock, config });
    await deliver();
    const reminders = [...peer.mailbox.values()];
    expect(reminders.map((m) => m.to).some((to) => to.includes('head@nordlys.test'))).toBe(true);
    expect(reminders.map((m) => m.to).some((to) => to.includes('@p1.test'))).toBe(true);
    expect(new Set(peer.deliveries).size).toBe(peer.deliveries.length);
  });
});
