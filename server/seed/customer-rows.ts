import { DAY_MS } from '../../domain/clock.ts';
import { type Country, countryByCode } from '../../domain/reference-data.ts';
import * as schema from '../db/schema/index.ts';
import { dayToDate, type GenerationContext, orderedId, type PartnerRecord } from './context.ts';
import type { CustomerPlan, SubscriptionPlan } from './customer-plan.ts';
import { type LicenceHolding, writeLicences } from './licence-rows.ts';
import { companyName, personName } from './names.ts';
import type { Random } from './random.ts';
import { type TrialWritten, writeTrials } from './trial-rows.ts';

/** Turns one customer plan into rows: organisation, people, subscriptions, trials, licences and usage. */

interface NamedPerson {
  email: string;
  name: string;
}

/** Fixed identity for a customer the demo names (Customer One). */
export interface NamedCustomer {
  name: string;
  domain: string;
  admin: NamedPerson;
  /** The first plain users, in order; the rest are generated. */
  users: NamedPerson[];
}

export interface CustomerInput {
  /** Unique in the data set: it makes e-mail domains unique. */
  index: number;
  rng: Random;
  plan: CustomerPlan;
  owner: PartnerRecord;
  distributor: PartnerRecord | null;
  externalPartner: PartnerRecord | null;
  quotas: { callLegs: number; meetings: number };
  named?: NamedCustomer;
}

export interface CustomerPerson {
  id: string;
  email: string;
  name: string;
}

/** Monthly list price per licence in cents of EUR; invoices convert with a rough rate. */
const monthlyPriceCents: Record<string, number> = {
  messaging: 400,
  meetings: 1200,
  'meetings-enterprise': 600,
  'meetings-1000': 900,
  'meetings-assistant': 500,
  calling: 1500,
  devices: 2500,
  translation: 700,
  'contact-center': 6000,
};
const euroRate: Record<string, number> = { DKK: 7.5, NOK: 11.5, SEK: 11.3, HUF: 390, JPY: 160, GBP: 0.85, USD: 1.1 };

export interface CustomerWritten {
  id: string;
  adminId: string;
  userIds: string[];
}

export function writeCustomer(ctx: GenerationContext, input: CustomerInput): CustomerWritten {
  const { rng, plan, owner, named } = input;
  const w = ctx.writer;
  const country = countryByCode(plan.countryCode);
  const company = named
    ? { name: named.name, domain: named.domain }
    : companyName(rng, plan.vertical, country.code, input.index);
  const customerId = orderedId(ctx, rng);
  const createdAt = dayToDate(ctx, plan.createdDay);
  const admin: CustomerPerson = {
    id: orderedId(ctx, rng),
    ...(named?.admin ?? adminPerson(rng, 'admin', company.domain)),
  };
  const readOnly = plan.readOnlyAdmin
    ? { id: orderedId(ctx, rng), ...adminPerson(rng, 'readonly', company.domain) }
    : null;

  w.add(schema.organisations, {
    id: customerId,
    kind: 'customer',
    name: company.name,
    country: country.code,
    dataRegion: country.region,
    timeZone: country.timeZone,
    vertical: plan.vertical,
    primaryAdminEmail: admin.email,
    createdAt,
  });
  writeRelationships(ctx, input, customerId, createdAt);

  // Sign-ins first: they decide each administrator's last sign-in.
  const admins = readOnly ? [admin, readOnly] : [admin];
  const lastSignIn = writeSignIns(ctx, rng, plan, customerId, admins);
  for (const [person, role] of [
    [admin, 'customer_full_admin'],
    [readOnly, 'customer_read_only_admin'],
  ] as const) {
    if (!person) continue;
    w.add(schema.users, {
      organisationId: customerId,
      id: person.id,
      email: person.email,
      name: person.name,
      passwordHash: ctx.passwordHash,
      locale: localeOf(country),
      lastSignInAt: lastSignIn.get(person.id) ?? null,
      createdAt,
    });
    w.add(schema.roleAssignments, { organisationId: customerId, userId: person.id, role, createdAt });
  }
  const users: CustomerPerson[] = [];
  for (let i = 0; i < plan.licensedUsers; i++) {
    const user = { id: orderedId(ctx, rng), ...(named?.users[i] ?? plainUser(rng, i, company.domain)) };
    users.push(user);
    w.add(schema.users, {
      organisationId: customerId,
      id: user.id,
      email: user.email,
      name: user.name,
      // The named demo user signs in too (ARCHITECTURE.md, demo accounts); generated licensed users do not.
      passwordHash: named?.users[i] ? ctx.passwordHash : null,
      locale: localeOf(country),
      createdAt: new Date(createdAt.getTime() + rng.real(0, 20) * DAY_MS),
    });
  }

  const subscriptionIds = plan.subscriptions.map(() => rng.uuid());
  const trials = writeTrials(ctx, {
    rng,
    plan,
    customerId,
    adminEmail: admin.email,
    owner,
    distributor: input.distributor,
    subscriptionIds,
    domainLabel: company.domain.split('.')[0] as string,
  });
  const holdings: LicenceHolding[] = [];
  plan.subscriptions.forEach((subscription, i) => {
    const id = subscriptionIds[i] as string;
    const convertedFrom = trials.find((t) => t.convertedTo === i) ?? null;
    writeSubscription(ctx, rng, {
      customerId,
      id,
      subscription,
      owner,
      country,
      convertedFrom,
      distributor: input.distributor,
    });
    if (subscription.state !== 'active' && subscription.state !== 'suspended') return;
    for (const service of subscription.services) {
      if (service.assigned === 0) continue;
      holdings.push({
        serviceId: service.serviceId,
        count: service.assigned,
        subscriptionId: id,
        trialId: null,
        fromDay: subscription.startDay,
        untilMs: Math.min(dayToDate(ctx, subscription.endDay).getTime(), ctx.nowMs),
      });
    }
  });
  for (const trial of trials) holdings.push(...trial.holdings);
  writeLicences(ctx, { rng, customerId, users, holdings, country, quotas: input.quotas });

  const tags = rng.sample(owner.tagIds, plan.tagCount);
  for (const tagId of tags) w.add(schema.customerTags, { partnerId: owner.id, customerId, tagId, createdAt });
  return { id: customerId, adminId: admin.id, userIds: users.map((u) => u.id) };
}

/** A licensed user's address: name and number at the customer's domain, unique in the data set. */
function plainUser(rng: Random, index: number, domain: string): NamedPerson {
  const person = personName(rng);
  return { email: `${person.local}.${index + 1}@${domain}`, name: person.name };
}

function adminPerson(rng: Random, local: string, domain: string): NamedPerson {
  return { email: `${local}@${domain}`, name: personName(rng).name };
}

function localeOf(country: Country): string {
  return ({ DK: 'da', NO: 'nb', HU: 'hu' } as Record<string, string>)[country.code] ?? 'en';
}

function writeRelationships(ctx: GenerationContext, input: CustomerInput, customerId: string, createdAt: Date) {
  const { rng, owner, plan } = input;
  const a = owner.admins;
  // Partner administrators see the customers they created or are assigned to (ROL-2).
  const creator = a.admin && rng.chance(0.25) ? a.admin : rng.pick([a.sales ?? a.full, a.salesFull ?? a.full, a.full]);
  ctx.writer.add(schema.partnerCustomers, {
    partnerId: owner.id,
    customerId,
    relationship: 'owner',
    adminLevel: plan.adminLevel,
    createdByUserId: creator,
    createdAt,
  });
  const assigned = new Set<string>();
  if (a.admin && (creator === a.admin || rng.chance(0.3))) assigned.add(a.admin);
  if (a.sales && rng.chance(0.1)) assigned.add(a.sales);
  for (const userId of assigned) {
    ctx.writer.add(schema.customerAdminAssignments, {
      partnerId: owner.id,
      customerId,
      userId,
      assignedByUserId: a.full,
      createdAt,
    });
  }
  const external = input.externalPartner;
  if (external) {
    ctx.writer.add(schema.partnerCustomers, {
      partnerId: external.id,
      customerId,
      relationship: 'external_admin',
      adminLevel: 'full',
      createdByUserId: external.admins.full,
      createdAt: new Date(createdAt.getTime() + rng.real(1, 30) * DAY_MS),
    });
  }
}

function writeSignIns(
  ctx: GenerationContext,
  rng: Random,
  plan: CustomerPlan,
  customerId: string,
  admins: CustomerPerson[],
): Map<string, Date> {
  const last = new Map<string, Date>();
  if (plan.lastSignInDay === null) return last;
  for (let i = 0; i < plan.signIns; i++) {
    const day = i === 0 ? plan.lastSignInDay : rng.real(plan.createdDay, plan.lastSignInDay);
    const admin = i === 0 || admins.length === 1 || rng.chance(0.8) ? (admins[0] as CustomerPerson) : rng.pick(admins);
    const at = dayToDate(ctx, day);
    ctx.writer.add(schema.adminSignIns, {
      customerId,
      id: `sin-${(ctx.counters.signIn++).toString(36)}`,
      userId: admin.id,
      signedInAt: at,
      ingestedAt: new Date(Math.min(at.getTime() + 60_000, ctx.nowMs)),
    });
    const previous = last.get(admin.id);
    if (!previous || previous < at) last.set(admin.id, at);
  }
  return last;
}

interface SubscriptionInput {
  customerId: string;
  id: string;
  subscription: SubscriptionPlan;
  owner: PartnerRecord;
  distributor: PartnerRecord | null;
  country: Country;
  convertedFrom: TrialWritten | null;
}

function writeSubscription(ctx: GenerationContext, rng: Random, input: SubscriptionInput) {
  const { customerId, id, subscription: s, owner, country } = input;
  const w = ctx.writer;
  const startsAt = dayToDate(ctx, s.startDay);
  const endsAt = dayToDate(ctx, s.endDay);
  const seller = s.soldByVendor ? ctx.vendorId : owner.id;
  w.add(schema.subscriptions, {
    customerId,
    id,
    number: `Sub${100000 + ctx.counters.subscription++}`,
    sellerOrganisationId: seller,
    state: s.state,
    billingState: s.billingState,
    setupComplete: s.setupComplete,
    startsAt,
    endsAt,
    autoRenew: s.autoRenew,
    termMonths: s.termMonths,
    convertedFromTrialId: input.convertedFrom?.id ?? null,
    createdAt: startsAt,
  });
  for (const service of s.services) {
    w.add(schema.subscriptionServices, {
      customerId,
      subscriptionId: id,
      serviceId: service.serviceId,
      quantity: service.quantity,
      provisioningStatus: service.provisioningStatus,
      provisioningError:
        service.provisioningStatus === 'cannot_provision'
          ? rng.pick([
              'The meeting site URL is already in use.',
              'The organisation is locked by another provisioning request.',
              'Number porting failed for the calling configuration.',
            ])
          : null,
    });
  }
  // One invoice per started year of the subscription (DET-2).
  const rate = euroRate[country.currency] ?? 1;
  const monthly = s.services.reduce((sum, x) => sum + x.quantity * (monthlyPriceCents[x.serviceId] ?? 1000), 0);
  for (let year = 0; year < 4; year++) {
    const periodStart = new Date(startsAt.getTime() + year * 365 * DAY_MS);
    if (periodStart.getTime() > ctx.nowMs || periodStart >= endsAt) break;
    const periodEnd = new Date(Math.min(periodStart.getTime() + 365 * DAY_MS, endsAt.getTime()));
    const current = periodEnd.getTime() > ctx.nowMs;
    w.add(schema.invoices, {
      customerId,
      id: rng.uuid(),
      subscriptionId: id,
      number: `INV-${String(1_000_000 + ctx.counters.invoice++)}`,
      periodStart,
      periodEnd,
      amountCents: Math.round(monthly * 12 * rate),
      currency: country.currency,
      status: !current ? 'paid' : s.billingState === 'unpaid' ? 'overdue' : rng.chance(0.8) ? 'paid' : 'due',
      issuedAt: periodStart,
      dueAt: new Date(periodStart.getTime() + 30 * DAY_MS),
    });
  }
  const lines = s.services.map((x) => ({ serviceId: x.serviceId, quantity: x.quantity }));
  const placedBy = s.soldByVendor ? ctx.vendorId : owner.id;
  const placedByUser = s.soldByVendor ? ctx.vendorOperatorId : (owner.admins.salesFull ?? owner.admins.full);
  const viaDistributor = !s.soldByVendor && owner.tier === 'tier2' ? (input.distributor?.id ?? null) : null;
  const order = (kind: 'new' | 'trial_conversion' | 'change' | 'cancellation', at: Date) =>
    w.add(schema.orders, {
      customerId,
      id: rng.uuid(),
      number: `ORD-${String(1_000_000 + ctx.counters.order++)}`,
      subscriptionId: id,
      trialId: kind === 'trial_conversion' ? (input.convertedFrom?.id ?? null) : null,
      kind,
      status: 'completed',
      placedByOrganisationId: placedBy,
      placedByUserId: placedByUser,
      fulfillingOrganisationId: viaDistributor,
      provisioningContactEmail: null,
      lines,
      createdAt: at,
      completedAt: new Date(at.getTime() + 3_600_000),
    });
  order(input.convertedFrom ? 'trial_conversion' : 'new', startsAt);
  if (rng.chance(0.1) && s.startDay < -30) {
    order('change', dayToDate(ctx, rng.real(s.startDay + 1, Math.min(s.endDay, -1))));
  }
  if (s.state === 'cancelled') order('cancellation', endsAt);
}
