import { and, eq } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ManualClock } from '../../../domain/clock.ts';
import type { TrialDetail } from '../../../domain/contracts/trials.ts';
import { organisations, partnerCustomers, phoneNumbers, roleAssignments, users } from '../../db/schema/index.ts';
import { allJobs } from '../../jobs/index.ts';
import type { Config } from '../../platform/config.ts';
import type { DatabaseHandle } from '../../platform/db.ts';
import { buildTestApp } from '../../testing/app.ts';
import { addLicensedUsers } from '../../testing/customer-data.ts';
import { createTestDatabase } from '../../testing/database.ts';
import { createOrganisation, createUser } from '../../testing/fixtures.ts';
import { browsersFor, buildChannel, newCustomerTrial, outbox, outboxTo } from './trials.fixtures.ts';

/**
 * The clock-driven lifecycle (TRI-7, TRI-15) as the demo clock drives it: the trial jobs run after each move of
 * the clock, twice, to show they are idempotent (each e-mail once, the same end state).
 */

let handle: DatabaseHandle;
let app: FastifyInstance;
let clock: ManualClock;
let config: Config;
const { as, advanceDays } = browsersFor(
  () => app,
  () => handle.db,
  () => clock,
);

/** What moving the demo clock does: every clock-driven job runs (here twice, to prove idempotence). */
async function runClockDrivenJobs() {
  for (let round = 0; round < 2; round++) {
    for (const job of allJobs.filter((j) => j.clockDriven && j.name.startsWith('trial-'))) {
      await job.run({ db: handle.db, clock, config });
    }
  }
}
async function moveClock(days: number) {
  await advanceDays(days);
  await runClockDrivenJobs();
}

beforeAll(async () => {
  handle = await createTestDatabase();
  ({ app, clock, config } = await buildTestApp(handle.db));
  await buildChannel(handle.db);
  await handle.db.update(users).set({ locale: 'nb' }).where(eq(users.email, 'full@p1.test'));
  await createOrganisation(handle.db, { kind: 'consumer', name: 'Free consumer organisation' });
});
afterAll(async () => {
  await app.close();
  await handle.close();
});

const trialOf = async (id: string) =>
  (await (await as('full@p1.test')).request('GET', `/api/v1/trials/${id}`)).json() as TrialDetail;

describe('consent lapses after 10 days (TRI-7)', () => {
  it('cancels the request and tells the partner once; the request never made a relationship', async () => {
    const customer = await createOrganisation(handle.db, { kind: 'customer', name: 'Lumen Energy' });
    await createUser(handle.db, {
      organisationId: customer.id,
      roles: ['customer_full_admin'],
      email: 'boss@lumen.test',
    });
    const started = await (await as('sales@p1.test')).request('POST', `/api/v1/customers/${customer.id}/trials`, {
      adminEmail: 'boss@lumen.test',
      services: ['messaging'],
      licenceQuantity: 10,
      durationDays: 30,
    });
    const { trial } = started.json() as { trial: TrialDetail };
    const linked = () => handle.db.$count(partnerCustomers, eq(partnerCustomers.customerId, customer.id));

    await moveClock(9);
    expect((await trialOf(trial.id)).state).toBe('pending_consent');
    // Rights on a customer come from its consent, never from the request (ROL-3).
    expect(await linked()).toBe(0);

    await advanceDays(1);
    // Day 10 has come: the customer can no longer accept, even before the job has run.
    const late = await (await as('boss@lumen.test')).request('POST', `/api/v1/consents/${trial.id}/accept`, {
      fullAdministration: true,
    });
    expect(late.json().error.code).toBe('consent_lapsed');
    await runClockDrivenJobs();
    expect(await linked()).toBe(0);

    const lapsed = (await outbox(handle.db, 'trial.consent-lapsed')).filter((e) => e.body.includes('Lumen Energy'));
    expect(lapsed.map((e) => e.to).sort()).toEqual(['full@p1.test', 'sales@p1.test']);
    expect(lapsed.find((e) => e.to === 'full@p1.test')?.locale).toBe('nb');
    // The partner still sees its own request, now cancelled, and still nothing else of the customer.
    expect((await trialOf(trial.id)).state).toBe('cancelled');
    expect((await (await as('full@p1.test')).request('GET', `/api/v1/customers/${customer.id}`)).statusCode).toBe(404);
  });
});

describe('expiry, grace and release (TRI-15)', () => {
  let kept: TrialDetail;
  let released: TrialDetail;
  let releasedCustomerId: string;
  let licensedUserIds: string[];

  beforeAll(async () => {
    const sales = await as('sales@p1.test');
    const start = async (overrides: object) => {
      const response = await sales.request('POST', '/api/v1/trials', newCustomerTrial(overrides));
      expect(response.statusCode, response.body).toBe(201);
      return response.json() as { trial: TrialDetail; customerId: string };
    };
    kept = (await start({ companyName: 'Harbour Hotels', adminEmail: 'gm@harbour.test', country: 'HU' })).trial;
    const second = await start({
      companyName: 'Polar Freight',
      adminEmail: 'ceo@polar.test',
      services: ['meetings-enterprise', 'calling'],
      meetingSiteUrl: 'polar-freight',
      meetingTimeZone: 'Europe/Oslo',
      country: 'NO',
    });
    released = second.trial;
    releasedCustomerId = second.customerId;
    licensedUserIds = await addLicensedUsers(handle.db, {
      customerId: releasedCustomerId,
      serviceId: 'calling',
      trialId: released.id,
      now: clock.now(),
      usedDaysAgo: [1, 2],
    });
    await handle.db.insert(phoneNumbers).values({
      customerId: releasedCustomerId,
      number: '+4722000001',
      userId: licensedUserIds[0] ?? null,
      trialId: released.id,
    });
  });

  it('e-mails customer and partner admins 7 days before the end, once', async () => {
    await moveClock(22);
    expect((await trialOf(kept.id)).daysLeft).toBe(8);
    expect(await outbox(handle.db, 'trial.ending-soon')).toEqual([]);
    await moveClock(1);
    const soon = (await outbox(handle.db, 'trial.ending-soon')).filter((e) => e.body.includes('Harbour Hotels'));
    expect(soon.map((e) => [e.to, e.locale]).sort()).toEqual([
      ['full@p1.test', 'nb'],
      ['gm@harbour.test', 'hu'],
      ['sales@p1.test', 'en'],
    ]);
    await moveClock(1);
    expect(
      (await outbox(handle.db, 'trial.ending-soon')).filter((e) => e.body.includes('Harbour Hotels')),
    ).toHaveLength(3);
  });

  it('on the end date: the end e-mail once, and the trial enters its grace', async () => {
    await moveClock(6);
    const detail = await trialOf(kept.id);
    expect(detail.daysLeft).toBe(0);
    expect(detail.state).toBe('expired');
    expect(detail.actions.convert).toBe(true);
    expect(await outboxTo(handle.db, 'trial.ended', 'gm@harbour.test')).toHaveLength(1);
    expect(await outboxTo(handle.db, 'trial.ended', 'ceo@polar.test')).toHaveLength(1);
  });

  it('30 days after the end: users are e-mailed, and the trial still converts', async () => {
    await moveClock(30);
    const users30 = (await outbox(handle.db, 'trial.users-release')).filter((e) => e.body.includes('Polar Freight'));
    // The admin and both licensed users of a customer that has nothing but this trial.
    expect(users30).toHaveLength(3);
    expect((await trialOf(released.id)).state).toBe('expired');
    const detail = await trialOf(kept.id);
    const converted = await (await as('sales@p1.test')).request('POST', `/api/v1/trials/${kept.id}/convert`, {
      version: detail.version,
      provisioningContactEmail: 'gm@harbour.test',
    });
    expect(converted.statusCode, converted.body).toBe(200);
    expect(converted.json().trial.state).toBe('converted');
  });

  it('31 days after the end the trial is released, for good; phone numbers stay 15 more days', async () => {
    await moveClock(1);
    const detail = await trialOf(released.id);
    expect(detail.state).toBe('released');
    expect(detail.actions).toMatchObject({ convert: false, extend: false, cancel: false });
    const refused = await (await as('sales@p1.test')).request('POST', `/api/v1/trials/${released.id}/convert`, {
      version: detail.version,
      provisioningContactEmail: 'ceo@polar.test',
    });
    expect(refused.statusCode).toBe(409);

    const [consumer] = await handle.db.select().from(organisations).where(eq(organisations.kind, 'consumer'));
    const moved = await handle.db
      .select()
      .from(users)
      .where(eq(users.organisationId, consumer?.id ?? ''));
    expect(moved.map((u) => u.email).sort()).toEqual(expect.arrayContaining(['ceo@polar.test']));
    expect(moved).toHaveLength(3);
    expect(await handle.db.$count(roleAssignments, eq(roleAssignments.organisationId, releasedCustomerId))).toBe(0);
    const [phone] = await handle.db.select().from(phoneNumbers).where(eq(phoneNumbers.customerId, releasedCustomerId));
    expect(phone).toMatchObject({ userId: null });
    expect(phone?.releasedAt).not.toBeNull();
    const site = await (await as('sales@p1.test')).request('GET', '/api/v1/trials/meeting-site?name=polar-freight');
    expect(site.json().available).toBe(true);
    // Each e-mail went once, however often the jobs ran.
    expect(
      (await outbox(handle.db, 'trial.users-release')).filter((e) => e.body.includes('Polar Freight')),
    ).toHaveLength(3);

    await moveClock(14);
    expect(await handle.db.$count(phoneNumbers, eq(phoneNumbers.customerId, releasedCustomerId))).toBe(1);
    await moveClock(1);
    expect(
      await handle.db.$count(
        phoneNumbers,
        and(eq(phoneNumbers.customerId, releasedCustomerId), eq(phoneNumbers.number, '+4722000001')),
      ),
    ).toBe(0);
  });
});
