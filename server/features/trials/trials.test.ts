import { and, eq } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { wholeDaysBetween } from '../../../domain/calendar-days.ts';
import { DAY_MS, type ManualClock } from '../../../domain/clock.ts';
import type { TrialDetail, TrialListResponse } from '../../../domain/contracts/trials.ts';
import {
  auditLog,
  licenceAssignments,
  orders,
  partnerCustomers,
  subscriptions,
  trials,
  users as usersTable,
} from '../../db/schema/index.ts';
import type { Config } from '../../platform/config.ts';
import type { DatabaseHandle } from '../../platform/db.ts';
import { buildTestApp } from '../../testing/app.ts';
import { addLicensedUsers, addSubscription } from '../../testing/customer-data.ts';
import { createTestDatabase } from '../../testing/database.ts';
import { createOrganisation, createUser, linkCustomer } from '../../testing/fixtures.ts';
import { browsersFor, buildChannel, newCustomerTrial, outbox, outboxTo } from './trials.fixtures.ts';

/** TRI-1…TRI-14, TRI-16, ROL-2, ROL-3, REL-4 through the HTTP API, on the engine under test. */

let handle: DatabaseHandle;
let app: FastifyInstance;
let clock: ManualClock;
let config: Config;
let channel: Awaited<ReturnType<typeof buildChannel>>;
const { as, advanceDays } = browsersFor(
  () => app,
  () => handle.db,
  () => clock,
);

beforeAll(async () => {
  handle = await createTestDatabase();
  ({ app, clock, config } = await buildTestApp(handle.db));
  channel = await buildChannel(handle.db);
});
afterAll(async () => {
  await app.close();
  await handle.close();
});

async function startNew(email = 'sales@p1.test', overrides = {}) {
  const response = await (await as(email)).request('POST', '/api/v1/trials', newCustomerTrial(overrides));
  expect(response.statusCode, response.body).toBe(201);
  return response.json() as { trial: TrialDetail; customerId: string; openSetup: boolean };
}
/** A customer with one full administrator, linked to and buying Messaging from `partnerId`. */
async function customerPaying(partnerId: string, linkedByUserId: string, name: string, adminEmail: string) {
  const customer = await createOrganisation(handle.db, { kind: 'customer', name });
  await createUser(handle.db, { organisationId: customer.id, roles: ['customer_full_admin'], email: adminEmail });
  await linkCustomer(handle.db, { partnerId, customerId: customer.id, createdByUserId: linkedByUserId });
  await addSubscription(handle.db, {
    customerId: customer.id,
    sellerId: partnerId,
    now: clock.now(),
    services: [{ serviceId: 'messaging', quantity: 10 }],
  });
  return customer;
}
const trialOf = async (id: string, email = 'full@p1.test') =>
  (await (await as(email)).request('GET', `/api/v1/trials/${id}`)).json() as TrialDetail;

describe('the wizard (TRI-1, TRI-2)', () => {
  it('offers verticals, countries with their region, trialable services and device types', async () => {
    const options = (await (await as('sales@p1.test')).request('GET', '/api/v1/trials/options')).json();
    expect(options.verticals).toContain('Healthcare');
    expect(options.countries).toContainEqual(expect.objectContaining({ code: 'DK', region: 'EU' }));
    expect(options.services.map((s: { id: string }) => s.id)).toEqual(
      expect.arrayContaining(['messaging', 'meetings-enterprise', 'devices']),
    );
    expect(options.services.map((s: { id: string }) => s.id)).not.toContain('translation');
    expect(options.deviceTypes.length).toBeGreaterThan(0);
  });

  it('starts a trial for a new customer: organisation, admin, link, services and the welcome e-mail', async () => {
    const { trial, customerId, openSetup } = await startNew('sales@p1.test', {
      adminEmail: 'boss@nordlys.test',
      companyName: 'Nordlys Clinic',
      setup: 'now',
    });
    expect(openSetup).toBe(true);
    expect(trial.state).toBe('pending_provisioning_details');
    expect(trial.daysLeft).toBe(30);
    expect(trial.services.map((s) => [s.serviceId, s.licences])).toEqual([
      ['messaging', 25],
      ['calling', 25],
    ]);
    const [link] = await handle.db.select().from(partnerCustomers).where(eq(partnerCustomers.customerId, customerId));
    expect(link).toMatchObject({ partnerId: channel.p1.id, relationship: 'owner', adminLevel: 'full' });
    // A Danish customer's new administrator reads Danish.
    expect(await outboxTo(handle.db, 'trial.welcome', 'boss@nordlys.test')).toEqual([
      expect.objectContaining({ locale: 'da' }),
    ]);
  });

  it.each([
    ['admin@p1.test', 403],
    ['ro@p1.test', 403],
    ['full@p1.test', 201],
    ['salesfull@p1.test', 201],
  ])('%s starting a trial gets %i (ROL-2, TRI-2)', async (email, status) => {
    const response = await (await as(email)).request('POST', '/api/v1/trials', newCustomerTrial());
    expect(response.statusCode, response.body).toBe(status);
  });

  it.each([
    [{ services: ['meetings-enterprise'] }, 400, 'meetingSiteUrl'],
    [{ services: ['meetings-enterprise'], meetingSiteUrl: 'nordlys' }, 400, 'meetingTimeZone'],
    [{ services: ['devices'] }, 400, 'devices'],
    [{ services: ['translation'] }, 400, 'services.0'],
    [{ vertical: 'Space piracy' }, 400, 'vertical'],
    [{ country: 'XX' }, 400, 'country'],
    [{ supportedLocationAcknowledged: false }, 400, 'supportedLocationAcknowledged'],
    [
      {
        services: ['devices'],
        devices: {
          mode: 'ship',
          items: [
            { deviceTypeId: 'headset', quantity: 2 },
            { deviceTypeId: 'headset', quantity: 1 },
          ],
        },
      },
      400,
      'devices.items.1.deviceTypeId',
    ],
  ])('refuses %j with %i naming %s, creating nothing', async (overrides, status, field) => {
    const before = await handle.db.$count(trials);
    const response = await (await as('sales@p1.test')).request('POST', '/api/v1/trials', newCustomerTrial(overrides));
    expect(response.statusCode, response.body).toBe(status);
    expect(response.json().error.field).toBe(field);
    expect(await handle.db.$count(trials)).toBe(before);
  });

  it('keeps meeting site URLs unique (TRI-1)', async () => {
    const site = { services: ['meetings-enterprise'], meetingSiteUrl: 'fjord-meet', meetingTimeZone: 'Europe/Oslo' };
    const { trial } = await startNew('sales@p1.test', site);
    expect(trial.meetingSiteUrl).toBe('fjord-meet.meet.channelhub.example');
    const check = await (await as('sales@p1.test')).request('GET', '/api/v1/trials/meeting-site?name=FJORD-MEET');
    expect(check.json()).toMatchObject({ available: false });
    const again = await (await as('full@p2.test')).request('POST', '/api/v1/trials', newCustomerTrial(site));
    expect(again.statusCode).toBe(409);
    expect(again.json().error.field).toBe('meetingSiteUrl');
  });

  it('two wizards racing for one meeting site: one gets it, the other a 409 naming the field', async () => {
    const site = { services: ['meetings-enterprise'], meetingSiteUrl: 'race-site', meetingTimeZone: 'UTC' };
    const responses = await Promise.all([
      (await as('sales@p1.test')).request('POST', '/api/v1/trials', newCustomerTrial(site)),
      (await as('full@p2.test')).request('POST', '/api/v1/trials', newCustomerTrial(site)),
    ]);
    expect(responses.map((r) => r.statusCode).sort()).toEqual([201, 409]);
    expect(responses.find((r) => r.statusCode === 409)?.json().error.field).toBe('meetingSiteUrl');
  });

  it('ships each chosen device type once, and refuses a second shipment of a type (TRI-3)', async () => {
    const { trial } = await startNew('sales@p1.test', {
      services: ['calling', 'devices'],
      devices: {
        mode: 'ship',
        items: [
          { deviceTypeId: 'desk-phone', quantity: 3 },
          { deviceTypeId: 'headset', quantity: 2 },
        ],
      },
    });
    expect(trial.shipments.map((s) => [s.deviceTypeId, s.serialNumbers.length])).toEqual([
      ['desk-phone', 3],
      ['headset', 2],
    ]);
    expect(trial.services.find((s) => s.serviceId === 'devices')?.licences).toBe(5);
    const browser = await as('sales@p1.test');
    const second = await browser.request('POST', `/api/v1/trials/${trial.id}/shipments`, {
      version: trial.version,
      deviceTypeId: 'headset',
      quantity: 1,
    });
    expect(second.statusCode).toBe(409);
    expect(second.json().error.code).toBe('already_shipped');
    const board = await browser.request('POST', `/api/v1/trials/${trial.id}/shipments`, {
      version: trial.version,
      deviceTypeId: 'board',
      quantity: 1,
    });
    expect(board.statusCode, board.body).toBe(200);
    expect((board.json() as TrialDetail).services.find((s) => s.serviceId === 'devices')?.licences).toBe(6);
  });
});

describe('tenancy (ROL-6)', () => {
  it("another partner's trial is not found, for reading and for every change", async () => {
    const { trial } = await startNew();
    const foreign = await as('full@p2.test');
    expect((await foreign.request('GET', `/api/v1/trials/${trial.id}`)).statusCode).toBe(404);
    for (const action of ['extend', 'cancel', 'resend-consent', 'complete-setup']) {
      const response = await foreign.request('POST', `/api/v1/trials/${trial.id}/${action}`, {
        version: trial.version,
      });
      expect(response.statusCode, action).toBe(404);
    }
    expect(
      (await foreign.request('PATCH', `/api/v1/trials/${trial.id}`, { version: 1, licenceQuantity: 3 })).statusCode,
    ).toBe(404);
    const list = (await foreign.request('GET', '/api/v1/trials')).json();
    expect(list.items.map((t: { id: string }) => t.id)).not.toContain(trial.id);
  });

  it('a read-only administrator sees the trial but changes nothing (403)', async () => {
    const { trial } = await startNew();
    const readonly = await as('ro@p1.test');
    expect((await readonly.request('GET', `/api/v1/trials/${trial.id}`)).statusCode).toBe(200);
    expect(
      (await readonly.request('POST', `/api/v1/trials/${trial.id}/extend`, { version: trial.version })).statusCode,
    ).toBe(403);
  });
});

describe('existing customers and consent (TRI-4…TRI-9, TRI-10)', () => {
  let customerId: string;
  beforeAll(async () => {
    const db = handle.db;
    const customer = await createOrganisation(db, { kind: 'customer', name: 'Granite Works' });
    customerId = customer.id;
    await createUser(db, { organisationId: customer.id, roles: ['customer_full_admin'], email: 'cfo@granite.test' });
    await createUser(db, { organisationId: customer.id, roles: ['customer_full_admin'], email: 'it@granite.test' });
    await createUser(db, {
      organisationId: customer.id,
      roles: ['customer_read_only_admin'],
      email: 'ro@granite.test',
    });
    // Partner Two sold it Messaging and trials Calling.
    await linkCustomer(db, { partnerId: channel.p2.id, customerId, createdByUserId: channel.users.full2.id });
    await addSubscription(db, {
      customerId,
      sellerId: channel.p2.id,
      now: clock.now(),
      services: [{ serviceId: 'messaging', quantity: 10 }],
    });
    const p2Trial = await (await as('full@p2.test')).request('POST', `/api/v1/customers/${customerId}/trials`, {
      adminEmail: 'it@granite.test',
      services: ['calling'],
      licenceQuantity: 5,
      durationDays: 30,
    });
    expect(p2Trial.statusCode, p2Trial.body).toBe(201);
  });

  it('says so when an e-mail belongs to no organisation', async () => {
    const response = await (await as('sales@p1.test')).request(
      'GET',
      '/api/v1/trials/customer-lookup?email=nobody@nowhere.test',
    );
    expect(response.json()).toEqual({ found: false });
  });

  it('tells an unrelated partner only the name and the choosable services, and audits the look-up (TRI-4)', async () => {
    const response = await (await as('sales@p1.test')).request(
      'GET',
      '/api/v1/trials/customer-lookup?email=ro@granite.test',
    );
    const body = response.json();
    // Nothing about what it bought from Partner Two or trials elsewhere: just what Partner One may choose.
    expect(Object.keys(body).sort()).toEqual(['choosableServices', 'customer', 'found', 'paying']);
    expect(body.customer).toEqual({ name: 'Granite Works' });
    expect(body.paying).toBe(false);
    const choosable = body.choosableServices.map((s: { serviceId: string }) => s.serviceId);
    expect(choosable).toContain('meetings');
    expect(choosable).not.toContain('messaging');
    expect(choosable).not.toContain('calling');
    expect(JSON.stringify(body)).not.toContain(customerId);
    const [audited] = await handle.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'trial.customer_lookup'), eq(auditLog.targetId, customerId)));
    expect(audited).toMatchObject({ organisationId: channel.p1.id, actorUserId: channel.users.sales1.id });
    const refused = await (await as('sales@p1.test')).request('POST', `/api/v1/customers/${customerId}/trials`, {
      adminEmail: 'ro@granite.test',
      services: ['meetings', 'calling'],
      licenceQuantity: 5,
      durationDays: 30,
    });
    expect(refused.statusCode).toBe(400);
    expect(refused.json().error.field).toBe('services.1');
  });

  it('limits look-ups per user like sign-in attempts', async () => {
    const salesFull = await as('salesfull@p1.test');
    const lookUp = () => salesFull.request('GET', '/api/v1/trials/customer-lookup?email=it@granite.test');
    for (let i = 0; i < 10; i++) expect((await lookUp()).statusCode).toBe(200);
    const refused = await lookUp();
    expect(refused.statusCode).toBe(429);
    expect(Number(refused.headers['retry-after'])).toBeGreaterThan(0);
    const other = await (await as('full@p1.test')).request(
      'GET',
      '/api/v1/trials/customer-lookup?email=it@granite.test',
    );
    expect(other.statusCode).toBe(200);
  });

  it('e-mails the consent request to a non-full admin and every full admin; accepting sets the rights (TRI-5, TRI-9)', async () => {
    const started = await (await as('sales@p1.test')).request('POST', `/api/v1/customers/${customerId}/trials`, {
      adminEmail: 'ro@granite.test',
      services: ['meetings'],
      licenceQuantity: 5,
      durationDays: 60,
    });
    expect(started.statusCode, started.body).toBe(201);
    const { trial } = started.json() as { trial: TrialDetail };
    expect(trial.state).toBe('pending_consent');
    expect(trial.startsAt).toBeNull();
    const sent = (await outbox(handle.db, 'trial.consent-request')).filter((e) => e.subject.includes('Partner One'));
    expect(sent.map((e) => e.to).sort()).toEqual(['cfo@granite.test', 'it@granite.test', 'ro@granite.test']);
    // A request gives no rights on the customer (ROL-3): no link until the customer consents.
    const linkOfPartnerOne = async () =>
      (
        await handle.db
          .select()
          .from(partnerCustomers)
          .where(and(eq(partnerCustomers.partnerId, channel.p1.id), eq(partnerCustomers.customerId, customerId)))
      )[0];
    expect(await linkOfPartnerOne()).toBeUndefined();

    const readOnly = await as('ro@granite.test');
    expect(
      (await readOnly.request('POST', `/api/v1/consents/${trial.id}/accept`, { fullAdministration: true })).statusCode,
    ).toBe(403);
    const admin = await as('cfo@granite.test');
    const pending = (await admin.request('GET', '/api/v1/consents')).json();
    expect(pending.items.map((i: { trialId: string }) => i.trialId)).toContain(trial.id);
    const accepted = await admin.request('POST', `/api/v1/consents/${trial.id}/accept`, { fullAdministration: false });
    expect(accepted.json()).toEqual({
      trialId: trial.id,
      state: 'pending_provisioning_details',
      adminLevel: 'provisioning',
    });
    const after = await trialOf(trial.id);
    expect(after.daysLeft).toBe(60);
    expect(after.fullAdministration).toBe(false);
    expect(await linkOfPartnerOne()).toMatchObject({ relationship: 'external_admin', adminLevel: 'provisioning' });
    expect((await outbox(handle.db, 'trial.consent-accepted')).map((e) => e.to)).toContain('sales@p1.test');
    const again = await admin.request('POST', `/api/v1/consents/${trial.id}/decline`);
    expect(again.statusCode).toBe(409);
  });

  it('sends the consent request only to the address when it is a full administrator', async () => {
    const customer = await createOrganisation(handle.db, { kind: 'customer', name: 'Birch Academy' });
    await createUser(handle.db, {
      organisationId: customer.id,
      roles: ['customer_full_admin'],
      email: 'head@birch.test',
    });
    await createUser(handle.db, {
      organisationId: customer.id,
      roles: ['customer_full_admin'],
      email: 'it@birch.test',
    });
    const response = await (await as('sales@p1.test')).request('POST', `/api/v1/customers/${customer.id}/trials`, {
      adminEmail: 'head@birch.test',
      services: ['messaging'],
      licenceQuantity: 5,
      durationDays: 30,
    });
    expect(response.statusCode).toBe(201);
    const sent = (await outbox(handle.db, 'trial.consent-request')).filter((e) => e.body.includes('Birch Academy'));
    expect(sent.map((e) => e.to)).toEqual(['head@birch.test']);
  });

  it('a declined request leaves the partner no relationship with the customer', async () => {
    const customer = await createOrganisation(handle.db, { kind: 'customer', name: 'Cedar Foundation' });
    await createUser(handle.db, {
      organisationId: customer.id,
      roles: ['customer_full_admin'],
      email: 'head@cedar.test',
    });
    const { trial } = (
      await (
        await as('sales@p1.test')
      ).request('POST', `/api/v1/customers/${customer.id}/trials`, {
        adminEmail: 'head@cedar.test',
        services: ['messaging'],
        licenceQuantity: 5,
        durationDays: 30,
      })
    ).json() as { trial: TrialDetail };
    const declined = await (await as('head@cedar.test')).request('POST', `/api/v1/consents/${trial.id}/decline`);
    expect(declined.json()).toMatchObject({ state: 'declined', adminLevel: null });
    expect(await handle.db.$count(partnerCustomers, eq(partnerCustomers.customerId, customer.id))).toBe(0);
    expect((await outbox(handle.db, 'trial.consent-declined')).length).toBeGreaterThan(0);
  });

  it('resending repeats the e-mail without restarting the 10 days; cancelling ends the request (TRI-6)', async () => {
    const customer = await createOrganisation(handle.db, { kind: 'customer', name: 'Saga Media' });
    await createUser(handle.db, {
      organisationId: customer.id,
      roles: ['customer_full_admin'],
      email: 'head@saga.test',
    });
    const sales = await as('sales@p1.test');
    const { trial } = (
      await sales.request('POST', `/api/v1/customers/${customer.id}/trials`, {
        adminEmail: 'head@saga.test',
        services: ['messaging'],
        licenceQuantity: 5,
        durationDays: 30,
      })
    ).json() as { trial: TrialDetail };
    const listed = async () =>
      (await sales.request('GET', '/api/v1/trials?state=pending_consent'))
        .json()
        .items.map((t: { customer: { name: string } }) => t.customer.name);
    expect(await listed()).toContain('Saga Media');
    await advanceDays(3);
    const resent = await sales.request('POST', `/api/v1/trials/${trial.id}/resend-consent`, { version: trial.version });
    expect(resent.statusCode, resent.body).toBe(200);
    expect((resent.json() as TrialDetail).consentRespondBy).toBe(trial.consentRespondBy);
    expect(await outboxTo(handle.db, 'trial.consent-request', 'head@saga.test')).toHaveLength(2);
    const cancelled = await sales.request('POST', `/api/v1/trials/${trial.id}/cancel`, {
      version: (resent.json() as TrialDetail).version,
    });
    expect(cancelled.json()).toMatchObject({ state: 'cancelled', cancelledBy: 'partner' });
    expect(await listed()).not.toContain('Saga Media');
  });

  it('a request gives the requesting partner its trial and nothing else of the customer until consent (ROL-3, TRI-6, TRI-9)', async () => {
    const customer = await customerPaying(channel.p2.id, channel.users.full2.id, 'Lumen Bank', 'cio@lumen.test');
    // Through the wizard's route: the customer is found by the e-mail alone.
    const sales = await as('sales@p1.test');
    const requested = await sales.request('POST', '/api/v1/trials/for-existing-customer', {
      adminEmail: 'cio@lumen.test',
      services: ['meetings'],
      licenceQuantity: 5,
      durationDays: 30,
    });
    expect(requested.statusCode, requested.body).toBe(201);
    const { trial } = requested.json() as { trial: TrialDetail };
    expect(trial.state).toBe('pending_consent');
    for (const email of ['sales@p1.test', 'full@p1.test']) {
      const partner = await as(email);
      expect((await partner.request('GET', `/api/v1/trials/${trial.id}`)).statusCode).toBe(200);
      expect((await partner.request('GET', `/api/v1/customers/${customer.id}`)).statusCode).toBe(404);
      expect((await partner.request('GET', `/api/v1/customers/${customer.id}/subscriptions`)).statusCode).toBe(404);
      expect((await partner.request('GET', `/api/v1/customers/${customer.id}/console`)).statusCode).toBe(404);
      expect((await partner.request('POST', `/api/v1/customers/${customer.id}/launch`)).statusCode).toBe(404);
      expect((await partner.request('GET', '/api/v1/customers?q=Lumen')).json().items).toEqual([]);
    }
    // An administrator who sees only their own customers does not see a colleague's request (ROL-2).
    expect((await (await as('admin@p1.test')).request('GET', `/api/v1/trials/${trial.id}`)).statusCode).toBe(404);
    const accepted = await (await as('cio@lumen.test')).request('POST', `/api/v1/consents/${trial.id}/accept`, {
      fullAdministration: true,
    });
    expect(accepted.json()).toMatchObject({ adminLevel: 'full' });
    // Consent made the relationship; the requesting administrator is assigned to the customer (ROL-2).
    expect((await sales.request('GET', `/api/v1/customers/${customer.id}`)).statusCode).toBe(200);
    expect((await sales.request('GET', '/api/v1/customers?q=Lumen')).json().items).toHaveLength(1);
    expect(
      (await (await as('full@p1.test')).request('POST', `/api/v1/customers/${customer.id}/launch`)).statusCode,
    ).toBe(200);
  });

  it('a customer user without an administrator role reads no trials; its read-only administrator does (ROL-4)', async () => {
    const { customerId, trial } = await startNew('sales@p1.test', { companyName: 'Quartz Studio' });
    await createUser(handle.db, { organisationId: customerId, roles: [], email: 'staff@quartz.test' });
    await createUser(handle.db, {
      organisationId: customerId,
      roles: ['customer_read_only_admin'],
      email: 'ro@quartz.test',
    });
    const staff = await as('staff@quartz.test');
    expect((await staff.request('GET', '/api/v1/trials')).statusCode).toBe(403);
    expect((await staff.request('GET', `/api/v1/trials/${trial.id}`)).statusCode).toBe(404);
    const readOnly = await as('ro@quartz.test');
    expect((await readOnly.request('GET', '/api/v1/trials')).json().items.map((t: { id: string }) => t.id)).toEqual([
      trial.id,
    ]);
  });

  it('the customer list shows a new trial at once', async () => {
    await startNew('full@p1.test', { companyName: 'Zenith Data' });
    const list = (await (await as('full@p1.test')).request('GET', '/api/v1/customers?q=Zenith')).json();
    expect(list.items[0]).toMatchObject({ name: 'Zenith Data' });
    expect(list.items[0].statuses).toContain('trial');
    expect(list.items[0].subscriptionStatuses).toContain('trial_expiring_30');
  });

  it('a paying customer gets the trial at once and all its admins are told (TRI-10)', async () => {
    const customer = await customerPaying(channel.p1.id, channel.users.full1.id, 'Oak Retail', 'a@oak.test');
    await createUser(handle.db, {
      organisationId: customer.id,
      roles: ['customer_read_only_admin'],
      email: 'b@oak.test',
    });
    const response = await (await as('sales@p1.test')).request('POST', `/api/v1/customers/${customer.id}/trials`, {
      adminEmail: 'a@oak.test',
      services: ['calling'],
      licenceQuantity: 20,
      durationDays: 90,
    });
    expect(response.statusCode, response.body).toBe(201);
    expect(response.json().trial).toMatchObject({ state: 'pending_provisioning_details', daysLeft: 90 });
    const sent = (await outbox(handle.db, 'trial.started')).filter((e) => e.body.includes('Oak Retail'));
    expect(sent.map((e) => e.to).sort()).toEqual(['a@oak.test', 'b@oak.test']);
  });
});

describe('edit, setup and cancel (TRI-11, TRI-14)', () => {
  it('edits services and the licence quantity; the licence quantity never applies to Devices', async () => {
    const { trial } = await startNew();
    const response = await (await as('sales@p1.test')).request('PATCH', `/api/v1/trials/${trial.id}`, {
      version: trial.version,
      services: ['messaging', 'meetings'],
      licenceQuantity: 40,
    });
    expect(response.statusCode, response.body).toBe(200);
    const edited = response.json() as TrialDetail;
    expect(edited.services.map((s) => [s.serviceId, s.licences])).toEqual([
      ['messaging', 40],
      ['meetings', 40],
    ]);
    const stale = await (await as('sales@p1.test')).request('PATCH', `/api/v1/trials/${trial.id}`, {
      version: trial.version,
      licenceQuantity: 41,
    });
    expect(stale.statusCode).toBe(409);
  });

  it('setup done → provisioning → active once the provisioning job runs', async () => {
    const { trial } = await startNew();
    const setup = await (await as('sales@p1.test')).request('POST', `/api/v1/trials/${trial.id}/complete-setup`, {
      version: trial.version,
    });
    expect((setup.json() as TrialDetail).state).toBe('provisioning');
    const { trialProvisioningJob } = await import('../../jobs/trial-provisioning.job.ts');
    await trialProvisioningJob.run({ db: handle.db, clock, config });
    await trialProvisioningJob.run({ db: handle.db, clock, config });
    const after = await trialOf(trial.id);
    expect(after.state).toBe('active');
    expect(after.services.every((s) => s.provisioningStatus === 'provisioned')).toBe(true);
  });

  it('the customer can cancel too, and the partner is told (TRI-14)', async () => {
    const { trial } = await startNew('sales@p1.test', {
      adminEmail: 'owner@willow.test',
      companyName: 'Willow Studios',
    });
    await handle.db
      .update(usersTable)
      .set({
        status: 'active',
        passwordHash: (await import('@node-rs/argon2')).hashSync('correct horse battery staple'),
      })
      .where(eq(usersTable.email, 'owner@willow.test'));
    const customer = await as('owner@willow.test');
    const cancelled = await customer.request('POST', `/api/v1/trials/${trial.id}/cancel`, { version: trial.version });
    expect(cancelled.statusCode, cancelled.body).toBe(200);
    expect(cancelled.json()).toMatchObject({ state: 'cancelled', cancelledBy: 'customer' });
    const told = (await outbox(handle.db, 'trial.cancelled')).filter((e) => e.body.includes('Willow Studios'));
    expect(told.map((e) => e.to)).toContain('sales@p1.test');
  });
});

describe('extension (TRI-12, REL-4)', () => {
  it('adds 30 days to the current end: 65 days left become 95', async () => {
    const { trial } = await startNew('sales@p1.test', { durationDays: 90 });
    await advanceDays(25);
    const before = await trialOf(trial.id);
    expect(before.daysLeft).toBe(65);
    expect(before.extensionPreview).toMatchObject({ newDaysLeft: 95, needsApproval: false });
    const response = await (await as('sales@p1.test')).request('POST', `/api/v1/trials/${trial.id}/extend`, {
      version: before.version,
    });
    expect(response.statusCode, response.body).toBe(200);
    const { trial: after, extension } = response.json() as { trial: TrialDetail; extension: { status: string } };
    expect(after.daysLeft).toBe(95);
    expect(extension.status).toBe('approved');
    expect(new Date(after.endsAt ?? 0).getTime() - new Date(before.endsAt ?? 0).getTime()).toBe(30 * DAY_MS);
  });

  it('two admins extending the same version at once: one wins, the other gets 409', async () => {
    const { trial } = await startNew();
    const [a, b] = [await as('sales@p1.test'), await as('full@p1.test')];
    const responses = await Promise.all([
      a.request('POST', `/api/v1/trials/${trial.id}/extend`, { version: trial.version }),
      b.request('POST', `/api/v1/trials/${trial.id}/extend`, { version: trial.version }),
    ]);
    expect(responses.map((r) => r.statusCode).sort()).toEqual([200, 409]);
    const after = await trialOf(trial.id);
    expect(after.daysLeft).toBe(60);
    expect(after.extensions).toHaveLength(1);
  });

  it('device trials wait for a vendor operator and last at most 120 days', async () => {
    const { trial } = await startNew('sales@p1.test', {
      durationDays: 90,
      services: ['devices'],
      devices: { mode: 'ship', items: [{ deviceTypeId: 'room-kit', quantity: 1 }] },
    });
    const sales = await as('sales@p1.test');
    const asked = await sales.request('POST', `/api/v1/trials/${trial.id}/extend`, { version: trial.version });
    expect(asked.json().extension.status).toBe('pending_approval');
    expect(asked.json().trial.daysLeft).toBe(90);
    const second = await sales.request('POST', `/api/v1/trials/${trial.id}/extend`, {
      version: asked.json().trial.version,
    });
    expect(second.json().error.code).toBe('extension_pending');

    expect((await sales.request('GET', '/api/v1/trial-extensions')).statusCode).toBe(403);
    const operator = await as('op@v.test');
    const pending = (await operator.request('GET', '/api/v1/trial-extensions')).json();
    const request = pending.items.find((i: { trial: { id: string } }) => i.trial.id === trial.id);
    expect(request).toMatchObject({ status: 'pending_approval', deviceTypes: ['room-kit'] });
    const approved = await operator.request('POST', `/api/v1/trial-extensions/${request.id}/approve`);
    expect(approved.statusCode, approved.body).toBe(200);
    const after = await trialOf(trial.id);
    expect(after.daysLeft).toBe(120);
    expect(after.totalDays).toBe(120);
    expect(after.shipments[0]?.dueAt).toBe(after.endsAt);
    expect((await operator.request('POST', `/api/v1/trial-extensions/${request.id}/approve`)).statusCode).toBe(409);

    const capped = await sales.request('POST', `/api/v1/trials/${trial.id}/extend`, { version: after.version });
    expect(capped.statusCode).toBe(409);
    expect(capped.json().error.code).toBe('device_trial_cap');
    expect(after.extensionRefusal).toMatch(/120 days/);
  });

  it('a rejected extension leaves the end where it was', async () => {
    const { trial } = await startNew('sales@p1.test', {
      services: ['devices'],
      devices: { mode: 'skip', reason: 'own_devices' },
    });
    const asked = await (await as('sales@p1.test')).request('POST', `/api/v1/trials/${trial.id}/extend`, {
      version: trial.version,
    });
    const id = asked.json().extension.id;
    const rejected = await (await as('op@v.test')).request('POST', `/api/v1/trial-extensions/${id}/reject`);
    expect(rejected.json().extension.status).toBe('rejected');
    expect((await trialOf(trial.id)).endsAt).toBe(trial.endsAt);
  });
});

describe('conversion (TRI-13)', () => {
  it('refuses a provisioning contact that is neither the customer admin nor a partner admin', async () => {
    const { trial } = await startNew();
    const response = await (await as('sales@p1.test')).request('POST', `/api/v1/trials/${trial.id}/convert`, {
      version: trial.version,
      provisioningContactEmail: 'stranger@elsewhere.test',
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().error).toMatchObject({ field: 'provisioningContactEmail' });
    expect(response.json().error.message).toMatch(/new organisation/);
    expect((await trialOf(trial.id)).state).toBe('pending_provisioning_details');
  });

  it('a tier-1 partner converts at once; users, licences and usage stay', async () => {
    const { trial, customerId } = await startNew();
    const [userId] = await addLicensedUsers(handle.db, {
      customerId,
      serviceId: 'messaging',
      trialId: trial.id,
      now: clock.now(),
      usedDaysAgo: [1],
    });
    const response = await (await as('sales@p1.test')).request('POST', `/api/v1/trials/${trial.id}/convert`, {
      version: trial.version,
      provisioningContactEmail: 'full@p1.test',
    });
    expect(response.statusCode, response.body).toBe(200);
    const { trial: converted, order } = response.json();
    expect(converted.state).toBe('converted');
    expect(order).toMatchObject({ status: 'completed' });
    const [subscription] = await handle.db
      .select()
      .from(subscriptions)
      .where(eq(subscriptions.convertedFromTrialId, trial.id));
    expect(subscription).toMatchObject({ sellerOrganisationId: channel.p1.id, state: 'active' });
    const [licence] = await handle.db
      .select()
      .from(licenceAssignments)
      .where(and(eq(licenceAssignments.customerId, customerId), eq(licenceAssignments.userId, userId ?? '')));
    expect(licence).toMatchObject({ subscriptionId: subscription?.id, trialId: null });
  });

  it('the same conversion sent again (its answer lost) answers 409 already_converted and converts nothing more', async () => {
    const { trial } = await startNew();
    const request = { version: trial.version, provisioningContactEmail: trial.adminEmail };
    const sales = await as('sales@p1.test');
    const first = await sales.request('POST', `/api/v1/trials/${trial.id}/convert`, request);
    expect(first.statusCode, first.body).toBe(200);
    const again = await sales.request('POST', `/api/v1/trials/${trial.id}/convert`, request);
    expect(again.statusCode).toBe(409);
    expect(again.json().error).toMatchObject({ code: 'already_converted' });
    expect(again.json().error.message).toContain(first.json().order.subscriptionNumber);
    const converted = await handle.db
      .select()
      .from(subscriptions)
      .where(eq(subscriptions.convertedFromTrialId, trial.id));
    expect(converted).toHaveLength(1);
  });

  it("a tier-2 partner's conversion goes through its distributor, who completes it", async () => {
    const { trial } = await startNew('full@t2.test');
    const sent = await (await as('full@t2.test')).request('POST', `/api/v1/trials/${trial.id}/convert`, {
      version: trial.version,
      provisioningContactEmail: trial.adminEmail,
    });
    expect(sent.statusCode, sent.body).toBe(200);
    expect(sent.json().order.status).toBe('pending_distributor');
    expect(sent.json().trial).toMatchObject({ state: 'pending_provisioning_details', hasPendingConversion: true });
    const repeated = await (await as('full@t2.test')).request('POST', `/api/v1/trials/${trial.id}/convert`, {
      version: trial.version,
      provisioningContactEmail: trial.adminEmail,
    });
    expect(repeated.statusCode).toBe(409);
    expect(repeated.json().error.message).toMatch(/already waiting for its distributor/);
    expect((await outbox(handle.db, 'trial.conversion-requested')).map((e) => e.to)).toContain('full@dist.test');

    expect((await (await as('full@p1.test')).request('GET', '/api/v1/conversions')).statusCode).toBe(403);
    const distributor = await as('full@dist.test');
    const list = (await distributor.request('GET', '/api/v1/conversions')).json();
    const pending = list.items.find((i: { trial: { id: string } }) => i.trial.id === trial.id);
    expect(pending.partner.name).toBe('Tier Two');
    const done = await distributor.request('POST', `/api/v1/conversions/${pending.orderId}/complete`);
    expect(done.statusCode, done.body).toBe(200);
    expect(done.json().trial.state).toBe('converted');
    const [order] = await handle.db.select().from(orders).where(eq(orders.id, pending.orderId));
    expect(order?.status).toBe('completed');
    const [subscription] = await handle.db
      .select()
      .from(subscriptions)
      .where(eq(subscriptions.convertedFromTrialId, trial.id));
    expect(subscription?.sellerOrganisationId).toBe(channel.t2.id);
  });
});

describe('device returns (TRI-16)', () => {
  it('matches every returned serial to a shipped one, names an unknown one, and lists overdue devices', async () => {
    const { trial } = await startNew('sales@p1.test', {
      services: ['devices'],
      devices: { mode: 'ship', items: [{ deviceTypeId: 'desk-phone', quantity: 2 }] },
    });
    const [first, second] = trial.shipments[0]?.serialNumbers ?? [];
    const operator = await as('op@v.test');
    const unknown = await operator.request('POST', '/api/v1/devices/returns', {
      rmaNumber: 'RMA-1',
      serialNumbers: [first, 'SN-NOPE'],
    });
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().error).toMatchObject({ field: 'serialNumbers.1' });
    expect(unknown.json().error.message).toContain('SN-NOPE');
    expect((await trialOf(trial.id)).shipments[0]?.returnedSerialNumbers).toEqual([]);

    expect(
      (
        await (
          await as('sales@p1.test')
        ).request('POST', '/api/v1/devices/returns', { rmaNumber: 'R', serialNumbers: [first] })
      ).statusCode,
    ).toBe(403);
    const ok = await operator.request('POST', '/api/v1/devices/returns', {
      rmaNumber: 'RMA-2',
      serialNumbers: [first],
    });
    expect(ok.json().recorded).toEqual([
      { serialNumber: first, shipmentId: trial.shipments[0]?.id, trialNumber: trial.number },
    ]);

    const overdueIds = async () =>
      (
        (await operator.request('GET', '/api/v1/devices/shipments?overdue=true&limit=200')).json().items as {
          id: string;
        }[]
      ).map((i) => i.id);
    // Due at the trial's end (30 days), back two weeks later: day 44 is the last day, day 45 overdue.
    await advanceDays(44);
    expect(await overdueIds()).not.toContain(trial.shipments[0]?.id);
    await advanceDays(1);
    expect(await overdueIds()).toContain(trial.shipments[0]?.id);
    await operator.request('POST', '/api/v1/devices/returns', { rmaNumber: 'RMA-3', serialNumbers: [second] });
    expect(await overdueIds()).not.toContain(trial.shipments[0]?.id);
  });
});

describe('the trials list', () => {
  it('filters by state and pages with a cursor', async () => {
    const browser = await as('full@p1.test');
    const all = (await browser.request('GET', '/api/v1/trials?limit=200')).json();
    expect(all.total).toBeGreaterThan(3);
    const page1 = (await browser.request('GET', '/api/v1/trials?limit=2')).json();
    const page2 = (await browser.request('GET', `/api/v1/trials?limit=2&cursor=${page1.nextCursor}`)).json();
    expect(page1.items).toHaveLength(2);
    expect(page2.items[0].id).not.toBe(page1.items[1].id);
    expect([...page1.items, ...page2.items].map((t: { id: string }) => t.id)).toEqual(
      all.items.slice(0, 4).map((t: { id: string }) => t.id),
    );
    const converted = (await browser.request('GET', '/api/v1/trials?state=converted')).json();
    expect(converted.items.every((t: { state: string }) => t.state === 'converted')).toBe(true);
    expect((await browser.request('GET', '/api/v1/trials?state=bogus')).statusCode).toBe(400);
    // A partner administrator sees only the trials of customers they created or are assigned to.
    const admin = (await (await as('admin@p1.test')).request('GET', '/api/v1/trials')).json();
    expect(admin.total).toBe(0);
  });

  it('days left count whole days in the partner time zone', async () => {
    const { trial } = await startNew();
    const detail = await trialOf(trial.id);
    expect(detail.daysLeft).toBe(wholeDaysBetween(clock.now(), new Date(detail.endsAt ?? 0), 'UTC'));
  });

  it('carries what the viewer may do with each trial, as the detail does', async () => {
    const { trial } = await startNew();
    const listed = async (email: string) => {
      const list = (await (await as(email)).request('GET', '/api/v1/trials?limit=200')).json() as TrialListResponse;
      return list.items.find((t) => t.id === trial.id);
    };
    // A new customer's trial waits for its provisioning details: the partner may finish the setup and cancel.
    const bySales = await listed('sales@p1.test');
    expect(bySales?.state).toBe('pending_provisioning_details');
    expect(bySales?.actions).toMatchObject({ completeSetup: true, cancel: true, resendConsent: false });
    expect(bySales?.actions).toEqual((await trialOf(trial.id, 'sales@p1.test')).actions);
    // A read-only administrator sees it and may do nothing with it (ROL-2).
    const byReadOnly = await listed('ro@p1.test');
    expect(byReadOnly?.actions).toEqual({
      edit: false,
      extend: false,
      convert: false,
      cancel: false,
      resendConsent: false,
      completeSetup: false,
      shipDevices: false,
    });
    expect(byReadOnly?.actions).toEqual((await trialOf(trial.id, 'ro@p1.test')).actions);
    // Once the details are given, there is no setup left to finish.
    await (await as('sales@p1.test')).request('POST', `/api/v1/trials/${trial.id}/complete-setup`, {
      version: trial.version,
    });
    expect((await listed('sales@p1.test'))?.actions).toMatchObject({ completeSetup: false, cancel: true });
  });

  // Last in the file: it moves the clock on.
  it('says when a trial ends soon (a week or less left, today included), in the list and the detail', async () => {
    const { trial } = await startNew();
    const summary = async () => {
      const list = (await (await as('full@p1.test')).request('GET', '/api/v1/trials?limit=200')).json();
      const item = (list as TrialListResponse).items.find((t) => t.id === trial.id);
      const detail = await trialOf(trial.id);
      expect(item?.endsSoon).toBe(detail.endsSoon);
      return { daysLeft: detail.daysLeft, endsSoon: detail.endsSoon };
    };
    const start = await summary();
    expect(start.endsSoon).toBe(false);
    await advanceDays((start.daysLeft ?? 0) - 8);
    expect(await summary()).toEqual({ daysLeft: 8, endsSoon: false });
    await advanceDays(1);
    expect(await summary()).toEqual({ daysLeft: 7, endsSoon: true });
    await advanceDays(7);
    expect(await summary()).toEqual({ daysLeft: 0, endsSoon: true });
  });
});
