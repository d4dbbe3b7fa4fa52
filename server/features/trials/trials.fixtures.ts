import { and, asc, eq } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import type { ManualClock } from '../../../domain/clock.ts';
import { DAY_MS } from '../../../domain/clock.ts';
import type { StartTrialForNewCustomer } from '../../../domain/contracts/trials.ts';
import { emailOutbox } from '../../db/schema/index.ts';
import type { Database } from '../../platform/db.ts';
import { shiftLiveSessions } from '../../platform/sessions.ts';
import { type Browser, signInAs } from '../../testing/app.ts';
import { createOrganisation, createUser } from '../../testing/fixtures.ts';

/** Test support for the trials feature: a small channel (vendor, partners of each tier) and signed-in browsers. */

export async function buildChannel(db: Database) {
  const vendor = await createOrganisation(db, { kind: 'vendor', name: 'Vendor' });
  await createUser(db, { organisationId: vendor.id, roles: ['vendor_operator'], email: 'op@v.test' });
  const p1 = await createOrganisation(db, { kind: 'partner', name: 'Partner One', partnerTier: 'tier1' });
  const p2 = await createOrganisation(db, { kind: 'partner', name: 'Partner Two', partnerTier: 'tier1' });
  const distributor = await createOrganisation(db, {
    kind: 'partner',
    name: 'Distributor',
    partnerTier: 'distributor',
  });
  const t2 = await createOrganisation(db, {
    kind: 'partner',
    name: 'Tier Two',
    partnerTier: 'tier2',
    distributorId: distributor.id,
  });
  const users = {
    full1: await createUser(db, { organisationId: p1.id, roles: ['partner_full_admin'], email: 'full@p1.test' }),
    admin1: await createUser(db, { organisationId: p1.id, roles: ['partner_admin'], email: 'admin@p1.test' }),
    readonly1: await createUser(db, { organisationId: p1.id, roles: ['partner_read_only_admin'], email: 'ro@p1.test' }),
    sales1: await createUser(db, { organisationId: p1.id, roles: ['sales_admin'], email: 'sales@p1.test' }),
    salesFull1: await createUser(db, {
      organisationId: p1.id,
      roles: ['sales_full_admin'],
      email: 'salesfull@p1.test',
    }),
    full2: await createUser(db, { organisationId: p2.id, roles: ['partner_full_admin'], email: 'full@p2.test' }),
    distributor: await createUser(db, {
      organisationId: distributor.id,
      roles: ['partner_full_admin'],
      email: 'full@dist.test',
    }),
    fullT2: await createUser(db, { organisationId: t2.id, roles: ['partner_full_admin'], email: 'full@t2.test' }),
  };
  return { vendor, p1, p2, distributor, t2, users };
}

/** Signed-in browsers by e-mail, kept across requests; the clock moves sessions along as the demo clock does. */
export function browsersFor(app: () => FastifyInstance, db: () => Database, clock: () => ManualClock) {
  const browsers = new Map<string, Browser>();
  const as = async (email: string) => {
    let browser = browsers.get(email);
    if (!browser) {
      browser = await signInAs(app(), email);
      browsers.set(email, browser);
    }
    return browser;
  };
  const advanceDays = async (days: number) => {
    const before = clock().now();
    clock().advanceDays(days);
    await shiftLiveSessions(db(), before, days * DAY_MS);
  };
  return { as, advanceDays };
}

/** A valid wizard request; overrides may be invalid on purpose. */
export const newCustomerTrial = (overrides: object = {}): StartTrialForNewCustomer => ({
  companyName: 'Fjord Logistics',
  adminEmail: `admin-${Math.random().toString(36).slice(2, 10)}@fjord.test`,
  vertical: 'Transportation and logistics',
  country: 'DK',
  supportedLocationAcknowledged: true,
  services: ['messaging', 'calling'],
  licenceQuantity: 25,
  durationDays: 30,
  setup: 'later',
  ...(overrides as Partial<StartTrialForNewCustomer>),
});

/** Outbox rows of one template, oldest first. */
export async function outbox(db: Database, template: string) {
  return db
    .select({
      to: emailOutbox.toAddress,
      locale: emailOutbox.locale,
      subject: emailOutbox.subject,
      body: emailOutbox.textBody,
    })
    .from(emailOutbox)
    .where(eq(emailOutbox.template, template))
    .orderBy(asc(emailOutbox.id));
}

export async function outboxTo(db: Database, template: string, to: string) {
  return db
    .select({ id: emailOutbox.id, locale: emailOutbox.locale })
    .from(emailOutbox)
    .where(and(eq(emailOutbox.template, template), eq(emailOutbox.toAddress, to)));
}
