import { randomUUID } from 'node:crypto';
import { eq, sql } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import type { ManualClock } from '../../domain/clock.ts';
import type { Role } from '../../domain/roles.ts';
import { customerAdminAssignments, deviceTypes, tags, trialExtensions, users } from '../db/schema/index.ts';
import type { Caller, Relation } from '../features/access-rules.ts';
import { loadActorProfile } from '../platform/access.ts';
import { type DatabaseHandle, rowsOf } from '../platform/db.ts';
import { demoAccounts, demoPassword, seedDemoIfEmpty } from '../seed/demo.ts';
import { type Browser, buildTestApp, signInAs, TEST_START } from './app.ts';
import { addSubscription, addTrial } from './customer-data.ts';
import { createTestDatabase } from './database.ts';
import { createOrganisation, createUser, linkCustomer } from './fixtures.ts';
import { operationsOf, responseChecker } from './openapi.ts';

/**
 * The demo installation the generated API tests run against (REL-1, REL-2, issue #18): the demo data set,
 * a signed-in browser for each of the 11 demo accounts and a disabled user, and for each kind of object a
 * path can name, one of Partner One's world ("one": its customers, Customer One, their trials) and one of
 * Partner Two's ("two"), plus Partner One's unassigned customer and a customer it only requested a trial for.
 */

export type World = Awaited<ReturnType<typeof buildApiWorld>>;
export type Side = 'one' | 'two';

export interface NamedCaller {
  name: string;
  caller: Caller;
  email: string | null;
  browser: Browser | null;
  /** The world of the caller's own objects; null for callers with no customer-side objects of their own. */
  side: Side | null;
  organisationId: string | null;
}

/** A trial's state as the lifecycle action under test needs it. */
export type TrialStage = 'active' | 'pending_consent' | 'pending_provisioning_details';

const stageEnd: Record<TrialStage, number | null> = {
  active: 20,
  pending_consent: null,
  pending_provisioning_details: 25,
};

async function buildApiWorld(handle: DatabaseHandle) {
  const { db } = handle;
  const built = await buildTestApp(db);
  const app: FastifyInstance = built.app;
  const clock: ManualClock = built.clock;
  await seedDemoIfEmpty(db, clock.now());
  const query = async <T>(statement: ReturnType<typeof sql>) => rowsOf<T>(await db.execute(statement));
  const one = async <T>(statement: ReturnType<typeof sql>) => {
    const [row] = await query<T>(statement);
    if (!row) throw new Error(`no row for ${statement.queryChunks.length}-part query`);
    return row;
  };
  const userId = async (email: string) =>
    (await one<{ id: string }>(sql`select id from users where email = ${email}`)).id;
  const orgId = async (name: string) =>
    (await one<{ id: string }>(sql`select id from organisations where name = ${name} order by kind limit 1`)).id;

  const org = {
    vendor: await orgId('Vendor'),
    one: await orgId('Partner One'),
    two: await orgId('Partner Two'),
    distributor: await orgId('Distributor'),
    tierTwo: await orgId('Partner Tier Two'),
    customerOne: await orgId('Customer One'),
  };
  const people = {
    full1: await userId('full@partner1.demo'),
    admin1: await userId('admin@partner1.demo'),
    sales1: await userId('sales@partner1.demo'),
    full2: await userId('full@partner2.demo'),
  };
  const now = clock.now();
  const created = new Date(TEST_START);

  // Customer One is Partner One's "own" customer: visible to its partner and sales administrators too.
  for (const user of [people.admin1, people.sales1]) {
    await db
      .insert(customerAdminAssignments)
      .values({ partnerId: org.one, customerId: org.customerOne, userId: user, createdAt: created })
      .onConflictDoNothing();
  }
  const unassigned = await one<{ id: string }>(sql`
    select pc.customer_id as id from partner_customers pc
    where pc.partner_id = ${org.one} and pc.relationship = 'owner' and pc.customer_id <> ${org.customerOne}
      and pc.created_by_user_id is distinct from ${people.admin1} and pc.created_by_user_id is distinct from ${people.sales1}
      and not exists (select 1 from customer_admin_assignments a where a.customer_id = pc.customer_id
        and a.user_id in (${people.admin1}, ${people.sales1}))
    order by pc.customer_id limit 1`);
  const partnerTwoOnly = sql`
    select pc.customer_id as id from partner_customers pc
    where pc.partner_id = ${org.two} and pc.relationship = 'owner'
      and not exists (select 1 from partner_customers mine where mine.customer_id = pc.customer_id
        and mine.partner_id <> ${org.two})
    order by pc.customer_id`;
  const [customerTwo, requestedOnly] = await query<{ id: string }>(partnerTwoOnly);
  if (!customerTwo || !requestedOnly) throw new Error('the demo data set needs two customers of Partner Two alone');

  /** A customer administrator of each customer, who answers consent requests. */
  const customerAdminOf = async (customerId: string) => {
    const user = await createUser(db, { organisationId: customerId, roles: ['customer_full_admin'] });
    return user;
  };
  const customerTwoAdmin = await customerAdminOf(customerTwo.id);
  const requestedOnlyAdmin = await customerAdminOf(requestedOnly.id);

  const partnerOf: Record<Side, string> = { one: org.one, two: org.two };
  const customerOf: Record<Side, string> = { one: org.customerOne, two: customerTwo.id };
  const requesterOf: Record<Side, string> = { one: people.sales1, two: people.full2 };
  const [deviceType] = await db.select({ id: deviceTypes.id }).from(deviceTypes).limit(1);
  if (!deviceType) throw new Error('the catalogue has no device types');

  const trialOn = async (side: Side, stage: TrialStage, customerId = customerOf[side]) =>
    (
      await addTrial(db, {
        customerId,
        partnerId: partnerOf[side],
        requestedByUserId: requesterOf[side],
        now: clock.now(),
        state: stage,
        endsInDays: stageEnd[stage],
        serviceIds: ['messaging', 'devices'],
      })
    ).id;
  /** An active subscription of the side's customer, sold by its partner (issue #14's changes act on it). */
  const subscriptionOn = async (side: Side) =>
    (
      await addSubscription(db, {
        customerId: customerOf[side],
        sellerId: partnerOf[side],
        now: clock.now(),
        services: [{ serviceId: 'messaging', quantity: 10 }],
      })
    ).id;
  const tagOf = async (side: Side) => {
    const [row] = await db
      .insert(tags)
      .values({ partnerId: partnerOf[side], name: `Matrix ${randomUUID().slice(0, 8)}`, createdAt: created })
      .returning({ id: tags.id });
    return row?.id as string;
  };
  const extensionOn = async (trialId: string) => {
    const ends = new Date(now.getTime() + 20 * 86_400_000);
    const [row] = await db
      .insert(trialExtensions)
      .values({
        customerId: org.customerOne,
        trialId,
        days: 30,
        previousEndsAt: ends,
        newEndsAt: new Date(ends.getTime() + 30 * 86_400_000),
        status: 'pending_approval',
        requestedByUserId: people.sales1,
        createdAt: now,
      })
      .returning({ id: trialExtensions.id });
    return row?.id as string;
  };

  /** A new customer of the side's partner, with an administrator to find it by (TRI-4). */
  const customerFor = async (side: Side, relation: Relation) => {
    const customer = await createOrganisation(db, { kind: 'customer' });
    const admin = await createUser(db, { organisationId: customer.id, roles: ['customer_full_admin'] });
    await linkCustomer(db, {
      partnerId: partnerOf[side],
      customerId: customer.id,
      createdByUserId: side === 'one' && relation === 'own' ? people.admin1 : undefined,
    });
    if (side === 'one' && relation === 'own') {
      await db
        .insert(customerAdminAssignments)
        .values({ partnerId: org.one, customerId: customer.id, userId: people.sales1, createdAt: created });
    }
    return { id: customer.id, adminEmail: admin.email };
  };

  // Another partner's customer that Partner One only asked for a trial, consent pending (TRI-5, TRI-9).
  const sales1 = await signInAs(app, 'sales@partner1.demo', demoPassword);
  const request = await sales1.request('POST', `/api/v1/customers/${requestedOnly.id}/trials`, {
    adminEmail: requestedOnlyAdmin.email,
    services: ['messaging'],
    licenceQuantity: 10,
    durationDays: 30,
  });
  if (request.statusCode !== 201) throw new Error(`trial request failed: ${request.body}`);

  const shared = {
    customer: {
      one: org.customerOne,
      two: customerTwo.id,
      unassigned: unassigned.id,
      consentPending: requestedOnly.id,
    },
    trial: {
      one: await trialOn('one', 'active'),
      two: await trialOn('two', 'active'),
      unassigned: await trialOn('one', 'active', unassigned.id),
    },
    consent: { one: await trialOn('one', 'pending_consent'), two: await trialOn('two', 'pending_consent') },
    subscription: { one: await subscriptionOn('one'), two: await subscriptionOn('two') },
    tag: { one: await tagOf('one'), two: await tagOf('two') },
    partnerAdmin: { one: people.admin1, two: people.full2 },
    extension: await extensionOn(await trialOn('one', 'active')),
  };

  const callers = await signInCallers(handle, app);
  const orgAdmins = new Map<string, string>();
  for (const { organisationId, caller } of callers) {
    if (!organisationId || orgAdmins.has(organisationId) || caller.kind !== 'actor') continue;
    const role: Role =
      caller.actor.organisationKind === 'vendor'
        ? 'vendor_operator'
        : caller.actor.organisationKind === 'partner'
          ? 'partner_read_only_admin'
          : 'customer_read_only_admin';
    orgAdmins.set(organisationId, (await createUser(db, { organisationId, roles: [role] })).id);
  }

  return {
    app,
    clock,
    db,
    org,
    people,
    callers,
    shared,
    deviceTypeId: deviceType.id,
    customerTwoAdmin,
    /** Another administrator of each caller's organisation, whose roles and membership the matrix changes. */
    orgAdmins,
    trialOn,
    subscriptionOn,
    tagOf,
    extensionOn,
    customerFor,
    query,
  };
}

/** The 11 demo accounts, a learning manager, a disabled user whose session outlived the account, and nobody. */
async function signInCallers(handle: DatabaseHandle, app: FastifyInstance): Promise<NamedCaller[]> {
  const { db } = handle;
  const sides: Record<string, Side | null> = {
    Vendor: 'one',
    'Partner One': 'one',
    'Customer One': 'one',
    'Partner Two': 'two',
    Distributor: null,
    'Partner Tier Two': null,
  };
  const callers: NamedCaller[] = [];
  for (const account of demoAccounts) {
    const browser = await signInAs(app, account.email, demoPassword);
    const [user] = await db.select({ id: users.id }).from(users).where(eq(users.email, account.email));
    const profile = await loadActorProfile(db, user?.id as string);
    if (!profile) throw new Error(`no actor for ${account.email}`);
    callers.push({
      name: account.email,
      caller: { kind: 'actor', actor: profile.actor },
      email: account.email,
      browser,
      side: sides[account.organisation] ?? null,
      organisationId: profile.actor.organisationId,
    });
  }
  // ACT-7: no demo account is a learning manager, and only one may export the education report.
  const customerOne = callers.find((c) => c.email === 'admin@customer1.demo')?.organisationId as string;
  const learningManager = await createUser(db, { organisationId: customerOne, roles: ['learning_manager'] });
  // Its password is the demo accounts' one, which the samples of sign-in and password changes send.
  const [demoHash] = await db
    .select({ passwordHash: users.passwordHash })
    .from(users)
    .where(eq(users.email, 'admin@customer1.demo'));
  await db
    .update(users)
    .set({ passwordHash: demoHash?.passwordHash ?? null })
    .where(eq(users.id, learningManager.id));
  const learningProfile = await loadActorProfile(db, learningManager.id);
  if (!learningProfile) throw new Error('no actor for the learning manager');
  callers.push({
    name: 'learning manager',
    caller: { kind: 'actor', actor: learningProfile.actor },
    email: learningManager.email,
    browser: await signInAs(app, learningManager.email, demoPassword),
    side: 'one',
    organisationId: customerOne,
  });
  const partnerOne = callers.find((c) => c.email === 'full@partner1.demo')?.organisationId as string;
  const disabled = await createUser(db, { organisationId: partnerOne, roles: ['partner_full_admin'] });
  const disabledBrowser = await signInAs(app, disabled.email);
  await db.update(users).set({ status: 'disabled' }).where(eq(users.id, disabled.id));
  callers.push({
    name: 'disabled user',
    caller: { kind: 'disabled' },
    email: disabled.email,
    browser: disabledBrowser,
    side: 'one',
    organisationId: null,
  });
  callers.push({
    name: 'anonymous',
    caller: { kind: 'anonymous' },
    email: null,
    browser: null,
    side: 'one',
    organisationId: null,
  });
  return callers;
}

/**
 * One fresh database with the world, its app's OpenAPI operations and a checker of responses against the
 * document: what each generated API test file starts from. `close` stops the app and the database.
 */
export async function openApiWorld() {
  const handle = await createTestDatabase();
  const world = await buildApiWorld(handle);
  return {
    handle,
    world,
    operations: operationsOf(world.app),
    checkResponse: responseChecker(),
    close: async () => {
      await world.app.close();
      await handle.close();
    },
  };
}
