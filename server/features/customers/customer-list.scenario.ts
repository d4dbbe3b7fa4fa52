import { eq } from 'drizzle-orm';
import { DAY_MS } from '../../../domain/clock.ts';
import type { CustomerFacts, SubscriptionFacts, TrialFacts } from '../../../domain/customer-status.ts';
import {
  customerAdminAssignments,
  customerTags,
  organisations,
  partnerCustomers,
  tags,
} from '../../db/schema/index.ts';
import type { Database } from '../../platform/db.ts';
import { TEST_START } from '../../testing/app.ts';
import { createOrganisation, createUser } from '../../testing/fixtures.ts';
import { writeCustomerFacts } from './customer-list-entries.fixtures.ts';
import { refreshCustomerListEntries } from './refresh-customer-list.ts';

/**
 * Test data for the customer list's API tests: one customer per status rule of CUS-2/3/4 (named after it),
 * two partners, every partner role, a vendor operator and a customer user; `now` is TEST_START and Partner
 * One counts days in Copenhagen.
 */

const now = Date.parse(TEST_START);
const inDays = (days: number) => new Date(now + days * DAY_MS);
const recently = inDays(-1);

const sub = (overrides: Partial<SubscriptionFacts> = {}): SubscriptionFacts => ({
  state: 'active',
  billingState: 'paid',
  setupComplete: true,
  endsAt: inDays(200),
  autoRenew: true,
  services: [{ serviceId: 'calling', quantity: 10, assigned: 4, provisioningStatus: 'provisioned' }],
  ...overrides,
});
const trial = (overrides: Partial<TrialFacts> = {}): TrialFacts => ({
  state: 'active',
  endsAt: inDays(45),
  services: [{ serviceId: 'meetings', provisioningStatus: 'provisioned' }],
  ...overrides,
});
const facts = (f: Partial<CustomerFacts>): CustomerFacts => ({
  subscriptions: [],
  trials: [],
  lastAdminSignInAt: recently,
  ...f,
});

/** Partner One's customers, by name: what each one is there to show. */
const partnerOneCustomers: Record<string, CustomerFacts> = {
  'Alpha Suspended': facts({ subscriptions: [sub({ state: 'suspended' })] }),
  'Bravo Unpaid': facts({ subscriptions: [sub({ billingState: 'unpaid' })] }),
  'Charlie Over': facts({
    subscriptions: [
      sub({ services: [{ serviceId: 'calling', quantity: 2, assigned: 3, provisioningStatus: 'provisioned' }] }),
    ],
  }),
  'Delta Expiring': facts({ subscriptions: [sub({ autoRenew: false, endsAt: inDays(10) })] }),
  'Echo Setup': facts({ subscriptions: [sub({ setupComplete: false })] }),
  'Foxtrot Quiet': facts({ subscriptions: [sub()], lastAdminSignInAt: inDays(-40) }),
  'Golf Trial': facts({ trials: [trial()] }),
  'Hotel Expired': facts({ subscriptions: [sub({ state: 'cancelled' })] }),
  'India Everything': facts({
    subscriptions: [
      sub({ billingState: 'unpaid', autoRenew: false, endsAt: inDays(5) }),
      sub({
        setupComplete: false,
        services: [{ serviceId: 'messaging', quantity: 1, assigned: 2, provisioningStatus: 'provisioned' }],
      }),
    ],
    trials: [trial({ endsAt: inDays(20) })],
    lastAdminSignInAt: null,
  }),
  'Juliet Provisioning': facts({
    subscriptions: [
      sub({
        services: [
          { serviceId: 'calling', quantity: 5, assigned: 1, provisioningStatus: 'provisioned' },
          { serviceId: 'messaging', quantity: 5, assigned: 1, provisioningStatus: 'cannot_provision' },
        ],
      }),
      sub({ services: [{ serviceId: 'devices', quantity: 1, assigned: 0, provisioningStatus: 'manual_vendor' }] }),
    ],
    trials: [
      trial({
        state: 'pending_consent',
        endsAt: null,
        services: [{ serviceId: 'contact-center', provisioningStatus: 'manual_partner' }],
      }),
    ],
  }),
  'Kilo Trial Expired': facts({ trials: [trial({ state: 'expired', endsAt: inDays(-3) })] }),
  'November Created By Admin': facts({ subscriptions: [sub({ autoRenew: false, endsAt: inDays(50) })] }),
};

export interface Scenario {
  partnerOne: string;
  partnerTwo: string;
  fullAdmin: string;
  /** Customer ids by name, Partner One's and 'Lima External' (owned by Partner Two) and 'Mike Foreign'. */
  customers: Record<string, string>;
  tags: { vip: string; gold: string };
}

export async function createScenario(db: Database): Promise<Scenario> {
  const partnerOne = await createOrganisation(db, { kind: 'partner', name: 'Partner One' });
  const partnerTwo = await createOrganisation(db, { kind: 'partner', name: 'Partner Two' });
  await db.update(organisations).set({ timeZone: 'Europe/Copenhagen' }).where(eq(organisations.id, partnerOne.id));
  const vendor = await createOrganisation(db, { kind: 'vendor' });
  await createUser(db, { organisationId: vendor.id, roles: ['vendor_operator'], email: 'op@v.test' });
  const full = await createUser(db, {
    organisationId: partnerOne.id,
    roles: ['partner_full_admin'],
    email: 'full@p1.test',
  });
  const admin = await createUser(db, {
    organisationId: partnerOne.id,
    roles: ['partner_admin'],
    email: 'admin@p1.test',
  });
  await createUser(db, { organisationId: partnerOne.id, roles: ['partner_read_only_admin'], email: 'ro@p1.test' });
  await createUser(db, { organisationId: partnerOne.id, roles: ['sales_admin'], email: 'sales@p1.test' });
  await createUser(db, { organisationId: partnerOne.id, roles: ['sales_full_admin'], email: 'salesfull@p1.test' });
  const fullTwo = await createUser(db, {
    organisationId: partnerTwo.id,
    roles: ['partner_full_admin'],
    email: 'full@p2.test',
  });

  const customers: Record<string, string> = {};
  const add = async (name: string, owner: string, creator: string, f: CustomerFacts) => {
    const customer = await createOrganisation(db, { kind: 'customer', name });
    const slug = name.toLowerCase().replaceAll(' ', '-');
    await db
      .update(organisations)
      .set({ primaryAdminEmail: `admin@${slug}.example` })
      .where(eq(organisations.id, customer.id));
    await writeCustomerFacts(db, customer.id, owner, creator, f);
    await db.insert(partnerCustomers).values({
      partnerId: owner,
      customerId: customer.id,
      relationship: 'owner',
      createdByUserId: creator,
      createdAt: new Date(now),
    });
    customers[name] = customer.id;
    return customer.id;
  };
  for (const [name, f] of Object.entries(partnerOneCustomers)) {
    await add(name, partnerOne.id, name.startsWith('November') ? admin.id : full.id, f);
  }
  await createUser(db, {
    organisationId: customers['Golf Trial'] as string,
    roles: ['customer_full_admin'],
    email: 'admin@golf.test',
  });
  const lima = await add('Lima External', partnerTwo.id, fullTwo.id, facts({ subscriptions: [sub()] }));
  await add('Mike Foreign', partnerTwo.id, fullTwo.id, facts({ subscriptions: [sub()] }));
  await db.insert(partnerCustomers).values({
    partnerId: partnerOne.id,
    customerId: lima,
    relationship: 'external_admin',
    adminLevel: 'provisioning',
    createdAt: new Date(now),
  });
  await db.insert(customerAdminAssignments).values({
    partnerId: partnerOne.id,
    customerId: customers['Alpha Suspended'] as string,
    userId: admin.id,
    createdAt: new Date(now),
  });
  const tag = async (name: string, on: string[]) => {
    const [row] = await db
      .insert(tags)
      .values({ partnerId: partnerOne.id, name, colour: 'blue', createdAt: new Date(now) })
      .returning();
    const id = row?.id as string;
    for (const customer of on) {
      await db.insert(customerTags).values({
        partnerId: partnerOne.id,
        customerId: customers[customer] as string,
        tagId: id,
        createdAt: new Date(now),
      });
    }
    return id;
  };
  const vip = await tag('VIP', ['Alpha Suspended', 'Delta Expiring']);
  const gold = await tag('Gold', ['Charlie Over', 'Delta Expiring']);
  await refreshCustomerListEntries(db);
  return { partnerOne: partnerOne.id, partnerTwo: partnerTwo.id, fullAdmin: full.id, customers, tags: { vip, gold } };
}
