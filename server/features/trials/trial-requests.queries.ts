import { and, asc, eq, inArray, ne, or, sql } from 'drizzle-orm';
import { ongoingTrialStates } from '../../../domain/customer-status.ts';
import { customerAdminRoles } from '../../../domain/roles.ts';
import {
  customerAdminAssignments,
  organisations,
  partnerCustomers,
  roleAssignments,
  subscriptionServices,
  subscriptions,
  trialServices,
  trials,
  users,
} from '../../db/schema/index.ts';
import type { Database } from '../../platform/db.ts';
import { recordCustomerAdded, recordCustomersChanged, recordTrialStateChange } from '../webhooks/change-events.ts';
import type { TrialRow } from './trials.queries.ts';

/** SQL of requesting a trial and of the customer's consent (TRI-6, TRI-9, TRI-10): what the customer has, the partner link. */

/** Services the customer has bought on current subscriptions (any seller). */
export async function boughtServices(db: Database, customerId: string, now: Date) {
  const rows = await db
    .selectDistinct({ serviceId: subscriptionServices.serviceId })
    .from(subscriptionServices)
    .innerJoin(
      subscriptions,
      and(
        eq(subscriptions.customerId, subscriptionServices.customerId),
        eq(subscriptions.id, subscriptionServices.subscriptionId),
      ),
    )
    .where(
      and(
        eq(subscriptionServices.customerId, customerId),
        inArray(subscriptions.state, ['active', 'suspended']),
        or(eq(subscriptions.autoRenew, true), sql`${subscriptions.endsAt} > ${now}`),
      ),
    );
  return new Set(rows.map((r) => r.serviceId));
}

/** Services in trials of the customer that still hold them (ongoing or in grace), with the trialling partner. */
export async function trialledServices(db: Database, customerId: string, exceptTrialId?: string) {
  return db
    .select({ serviceId: trialServices.serviceId, partnerId: trials.partnerId })
    .from(trialServices)
    .innerJoin(trials, and(eq(trials.customerId, trialServices.customerId), eq(trials.id, trialServices.trialId)))
    .where(
      and(
        eq(trialServices.customerId, customerId),
        inArray(trials.state, [...ongoingTrialStates, 'expired']),
        exceptTrialId ? ne(trials.id, exceptTrialId) : undefined,
      ),
    );
}

/** Whether the partner has sold the customer a current subscription (TRI-10: a paying customer). */
export async function isPayingCustomerOf(db: Database, customerId: string, partnerId: string, now: Date) {
  const [row] = await db
    .select({ id: subscriptions.id })
    .from(subscriptions)
    .innerJoin(
      partnerCustomers,
      and(eq(partnerCustomers.customerId, subscriptions.customerId), eq(partnerCustomers.partnerId, partnerId)),
    )
    .where(
      and(
        eq(subscriptions.customerId, customerId),
        eq(subscriptions.sellerOrganisationId, partnerId),
        inArray(subscriptions.state, ['active', 'suspended']),
        or(eq(subscriptions.autoRenew, true), sql`${subscriptions.endsAt} > ${now}`),
      ),
    )
    .limit(1);
  return Boolean(row);
}

export async function partnerLink(db: Database, partnerId: string, customerId: string) {
  const [row] = await db
    .select()
    .from(partnerCustomers)
    .where(and(eq(partnerCustomers.partnerId, partnerId), eq(partnerCustomers.customerId, customerId)));
  return row ?? null;
}

async function hasOwner(db: Database, customerId: string) {
  const [row] = await db
    .select({ partnerId: partnerCustomers.partnerId })
    .from(partnerCustomers)
    .where(and(eq(partnerCustomers.customerId, customerId), eq(partnerCustomers.relationship, 'owner')))
    .limit(1);
  return Boolean(row);
}

/**
 * TRI-9, ROL-3: the customer's consent gives the requesting partner its relationship, at the level the customer chose:
 * owner when nobody owns the customer yet, else external administrator. An administrator who sees only their own
 * customers is assigned to it (ROL-2). A partner that already held the customer gets the chosen level.
 */
export async function linkForConsentedTrial(
  db: Database,
  trial: TrialRow,
  adminLevel: 'full' | 'provisioning',
  requesterSeesAll: boolean,
  now: Date,
) {
  const relationship = (await hasOwner(db, trial.customerId)) ? 'external_admin' : 'owner';
  const [held] = await db
    .select({ adminLevel: partnerCustomers.adminLevel })
    .from(partnerCustomers)
    .where(and(eq(partnerCustomers.partnerId, trial.partnerId), eq(partnerCustomers.customerId, trial.customerId)));
  const [link] = await db
    .insert(partnerCustomers)
    .values({
      partnerId: trial.partnerId,
      customerId: trial.customerId,
      relationship,
      adminLevel,
      createdByUserId: trial.requestedByUserId,
      createdAt: now,
    })
    .onConflictDoUpdate({ target: [partnerCustomers.partnerId, partnerCustomers.customerId], set: { adminLevel } })
    .returning({ added: sql<boolean>`xmax = 0` });
  if (link?.added) {
    const [customer] = await db
      .select({ id: organisations.id, name: organisations.name })
      .from(organisations)
      .where(eq(organisations.id, trial.customerId));
    if (customer) await recordCustomerAdded(db, now, { partnerId: trial.partnerId, customer });
  } else if (held && held.adminLevel !== adminLevel) {
    await recordCustomersChanged(db, now, {
      partnerId: trial.partnerId,
      customerIds: [trial.customerId],
      changed: 'adminLevel',
    });
  }
  if (requesterSeesAll) return;
  await assignCustomerAdmin(db, {
    partnerId: trial.partnerId,
    customerId: trial.customerId,
    userId: trial.requestedByUserId,
    assignedByUserId: trial.requestedByUserId,
    now,
  });
}

/** ROL-2: the partner's administrator is assigned to the customer (once). */
export async function assignCustomerAdmin(
  db: Database,
  assignment: { partnerId: string; customerId: string; userId: string; assignedByUserId: string; now: Date },
) {
  const { now, ...values } = assignment;
  await db
    .insert(customerAdminAssignments)
    .values({ ...values, createdAt: now })
    .onConflictDoNothing();
}

export async function isEmailInUse(db: Database, email: string) {
  const [taken] = await db.select({ id: users.id }).from(users).where(sql`lower(${users.email}) = lower(${email})`);
  return Boolean(taken);
}

/**
 * A new customer organisation with its invited full administrator, owned by the partner that created it (TRI-1).
 */
export async function createOwnedCustomer(
  db: Database,
  created: {
    customer: Omit<typeof organisations.$inferInsert, 'kind' | 'createdAt'>;
    admin: Pick<typeof users.$inferInsert, 'email' | 'name' | 'locale'>;
    partnerId: string;
    createdByUserId: string;
    now: Date;
  },
) {
  const { now } = created;
  const [customer] = await db
    .insert(organisations)
    .values({ ...created.customer, kind: 'customer', createdAt: now })
    .returning();
  if (!customer) throw new Error('customer not created');
  const [admin] = await db
    .insert(users)
    .values({ ...created.admin, organisationId: customer.id, status: 'invited', createdAt: now })
    .returning();
  if (!admin) throw new Error('administrator not created');
  await db.insert(roleAssignments).values({
    organisationId: customer.id,
    userId: admin.id,
    role: 'customer_full_admin',
    grantedByUserId: created.createdByUserId,
    createdAt: now,
  });
  await db.insert(partnerCustomers).values({
    partnerId: created.partnerId,
    customerId: customer.id,
    relationship: 'owner',
    adminLevel: 'full',
    createdByUserId: created.createdByUserId,
    createdAt: now,
  });
  await recordCustomerAdded(db, now, { partnerId: created.partnerId, customer });
  return customer;
}

/** TRI-4: the customer an administrator's e-mail belongs to (an admin user, or the organisation's admin address). */
export async function customerFoundBy(db: Database, customerId: string | null, email: string) {
  const [row] = await db
    .select({
      id: organisations.id,
      name: organisations.name,
      country: organisations.country,
      dataRegion: organisations.dataRegion,
    })
    .from(organisations)
    .where(
      and(
        eq(organisations.kind, 'customer'),
        customerId ? eq(organisations.id, customerId) : undefined,
        sql`(lower(${organisations.primaryAdminEmail}) = lower(${email}) or exists (
          select 1 from ${users} u join ${roleAssignments} ra on ra.organisation_id = u.organisation_id and ra.user_id = u.id
          where u.organisation_id = ${organisations.id} and lower(u.email) = lower(${email})
            and ra.role in ${customerAdminRoles}))`,
      ),
    )
    .limit(1);
  return row ?? null;
}

export async function insertTrialRow(db: Database, values: typeof trials.$inferInsert) {
  const [trial] = await db.insert(trials).values(values).returning();
  if (!trial) throw new Error('trial not created');
  await recordTrialStateChange(db, trial.createdAt, trial, null);
  return trial;
}

/** The customer's trial requests waiting for its consent, oldest first, with the requesting partner. */
export async function requestsAwaitingConsentOf(db: Database, customerId: string) {
  return db
    .select({ trial: trials, partnerName: organisations.name, partnerTimeZone: organisations.timeZone })
    .from(trials)
    .innerJoin(organisations, eq(organisations.id, trials.partnerId))
    .where(and(eq(trials.customerId, customerId), eq(trials.state, 'pending_consent')))
    .orderBy(asc(trials.consentRequestedAt));
}
