import { and, asc, count, desc, eq, inArray, isNotNull, isNull, lt, ne, or, type SQL, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { ongoingTrialStates, type TrialState } from '../../../domain/customer-status.ts';
import { type Actor, can, isVendorOperator } from '../../../domain/roles.ts';
import {
  customerAdminAssignments,
  deviceReturns,
  deviceShipments,
  deviceTypes,
  licenceAssignments,
  orders,
  organisations,
  partnerCustomers,
  roleAssignments,
  services,
  subscriptionServices,
  subscriptions,
  trialExtensions,
  trialServices,
  trials,
  users,
} from '../../db/schema/index.ts';
import { type Database, rowsOf } from '../../platform/db.ts';
import { visibleCustomer } from '../../platform/scope.ts';

/** SQL of the trials feature. Reads are scoped by the actor; a foreign trial is simply not found (404). */

const customerOrg = alias(organisations, 'customer_org');
const partnerOrg = alias(organisations, 'partner_org');

export type TrialRow = typeof trials.$inferSelect;

/**
 * Who may see a trial: the vendor all; a partner its own trials of customers in its scope, and its requests to
 * customers it holds no relationship with (TRI-6: those trial records, pending or ended unanswered, and nothing else
 * of the customer — consent creates the link, ROL-3); a customer's administrators their own (ROL-4).
 */
function visibleTrial(actor: Actor): SQL {
  if (isVendorOperator(actor)) return sql`true`;
  if (actor.organisationKind === 'customer') {
    return can(actor, 'readCustomerTrials') ? eq(trials.customerId, actor.organisationId) : sql`false`;
  }
  if (actor.organisationKind !== 'partner') return sql`false`;
  const requestWithoutLink = and(
    eq(trials.linkCreatedByTrial, true),
    sql`not exists (select 1 from partner_customers request_pc
      where request_pc.partner_id = ${trials.partnerId} and request_pc.customer_id = ${trials.customerId})`,
    can(actor, 'seeAllPartnerCustomers') ? undefined : eq(trials.requestedByUserId, actor.userId),
  );
  return and(
    eq(trials.partnerId, actor.organisationId),
    or(visibleCustomer(actor, trials.customerId), requestWithoutLink),
  ) as SQL;
}

/** A trial with its names; `customerHeld` says whether the viewer may open the customer (not for a request, TRI-6). */
const trialWithNames = (actor: Actor | null) => ({
  trial: trials,
  customerName: customerOrg.name,
  partnerName: partnerOrg.name,
  partnerTimeZone: partnerOrg.timeZone,
  partnerTier: partnerOrg.partnerTier,
  distributorId: partnerOrg.distributorId,
  customerHeld: actor ? sql<boolean>`${visibleCustomer(actor, trials.customerId)}` : sql<boolean>`true`,
});

export async function findVisibleTrial(db: Database, actor: Actor, id: string) {
  const [row] = await db
    .select(trialWithNames(actor))
    .from(trials)
    .innerJoin(customerOrg, eq(customerOrg.id, trials.customerId))
    .innerJoin(partnerOrg, eq(partnerOrg.id, trials.partnerId))
    .where(and(eq(trials.id, id), visibleTrial(actor)))
    .limit(1);
  return row ?? null;
}
export type VisibleTrial = NonNullable<Awaited<ReturnType<typeof findVisibleTrial>>>;

/** A trial by id without scope, for jobs and for use cases that checked access another way. */
export async function findTrial(db: Database, id: string) {
  const [row] = await db
    .select(trialWithNames(null))
    .from(trials)
    .innerJoin(customerOrg, eq(customerOrg.id, trials.customerId))
    .innerJoin(partnerOrg, eq(partnerOrg.id, trials.partnerId))
    .where(eq(trials.id, id))
    .limit(1);
  return row ?? null;
}

export async function listVisibleTrials(
  db: Database,
  actor: Actor,
  filter: { states?: TrialState[]; customerId?: string; after?: { createdAt: Date; id: string }; limit: number },
) {
  const where = and(
    visibleTrial(actor),
    filter.states?.length ? inArray(trials.state, filter.states) : undefined,
    filter.customerId ? eq(trials.customerId, filter.customerId) : undefined,
  );
  const page = filter.after
    ? or(
        lt(trials.createdAt, filter.after.createdAt),
        and(eq(trials.createdAt, filter.after.createdAt), lt(trials.id, filter.after.id)),
      )
    : undefined;
  const rows = await db
    .select(trialWithNames(actor))
    .from(trials)
    .innerJoin(customerOrg, eq(customerOrg.id, trials.customerId))
    .innerJoin(partnerOrg, eq(partnerOrg.id, trials.partnerId))
    .where(and(where, page))
    .orderBy(desc(trials.createdAt), desc(trials.id))
    .limit(filter.limit + 1);
  const [total] = await db.select({ n: count() }).from(trials).where(where);
  return { rows, total: Number(total?.n ?? 0) };
}

/** Services of trials with names and licences assigned now. */
export async function servicesOfTrials(db: Database, trialIds: readonly string[]) {
  if (trialIds.length === 0) return [];
  const assigned = db
    .select({ trialId: licenceAssignments.trialId, serviceId: licenceAssignments.serviceId, n: count().as('n') })
    .from(licenceAssignments)
    .where(inArray(licenceAssignments.trialId, [...trialIds]))
    .groupBy(licenceAssignments.trialId, licenceAssignments.serviceId)
    .as('assigned');
  const rows = await db
    .select({
      trialId: trialServices.trialId,
      serviceId: trialServices.serviceId,
      serviceName: services.name,
      isDevice: services.isDevice,
      licences: trialServices.licenceQuantity,
      assigned: sql<number>`coalesce(${assigned.n}, 0)`.mapWith(Number),
      provisioningStatus: trialServices.provisioningStatus,
    })
    .from(trialServices)
    .innerJoin(services, eq(services.id, trialServices.serviceId))
    .leftJoin(
      assigned,
      and(eq(assigned.trialId, trialServices.trialId), eq(assigned.serviceId, trialServices.serviceId)),
    )
    .where(inArray(trialServices.trialId, [...trialIds]))
    .orderBy(asc(services.sortOrder));
  return rows;
}

export async function shipmentsOfTrial(db: Database, customerId: string, trialId: string) {
  const rows = await db
    .select({ shipment: deviceShipments, deviceTypeName: deviceTypes.name })
    .from(deviceShipments)
    .innerJoin(deviceTypes, eq(deviceTypes.id, deviceShipments.deviceTypeId))
    .where(and(eq(deviceShipments.customerId, customerId), eq(deviceShipments.trialId, trialId)))
    .orderBy(asc(deviceTypes.sortOrder));
  const returned = await returnedSerials(
    db,
    customerId,
    rows.map((r) => r.shipment.id),
  );
  return rows.map((r) => ({ ...r, returned: returned.get(r.shipment.id) ?? [] }));
}

export async function returnedSerials(db: Database, customerId: string | null, shipmentIds: readonly string[]) {
  const result = new Map<string, string[]>();
  if (shipmentIds.length === 0) return result;
  const rows = await db
    .select({ shipmentId: deviceReturns.shipmentId, serial: deviceReturns.serialNumber })
    .from(deviceReturns)
    .where(
      and(
        customerId ? eq(deviceReturns.customerId, customerId) : undefined,
        inArray(deviceReturns.shipmentId, [...shipmentIds]),
      ),
    );
  for (const row of rows) result.set(row.shipmentId, [...(result.get(row.shipmentId) ?? []), row.serial]);
  return result;
}

export async function extensionsOfTrial(db: Database, customerId: string, trialId: string) {
  return db
    .select()
    .from(trialExtensions)
    .where(and(eq(trialExtensions.customerId, customerId), eq(trialExtensions.trialId, trialId)))
    .orderBy(asc(trialExtensions.createdAt));
}

/** Trial ids (of `trialIds`) with an extension waiting for approval. */
export async function trialsWithPendingExtension(db: Database, trialIds: readonly string[]) {
  if (trialIds.length === 0) return new Set<string>();
  const rows = await db
    .selectDistinct({ trialId: trialExtensions.trialId })
    .from(trialExtensions)
    .where(and(inArray(trialExtensions.trialId, [...trialIds]), eq(trialExtensions.status, 'pending_approval')));
  return new Set(rows.map((r) => r.trialId));
}

/** Conversion orders waiting for a distributor, by trial id. */
export async function pendingConversions(db: Database, trialIds: readonly string[]) {
  if (trialIds.length === 0) return [];
  return db
    .select({ order: orders, distributorName: organisations.name })
    .from(orders)
    .innerJoin(organisations, eq(organisations.id, orders.fulfillingOrganisationId))
    .where(
      and(
        inArray(orders.trialId, [...trialIds]),
        eq(orders.kind, 'trial_conversion'),
        eq(orders.status, 'pending_distributor'),
      ),
    );
}

/**
 * Optimistic concurrency (REL-4): changes the trial only if nobody changed it since `version` was read.
 * Returns the new row, or null when the version moved on (the caller answers 409).
 */
export async function updateTrialVersioned(
  db: Database,
  trial: { customerId: string; id: string; version: number },
  changes: Partial<Omit<TrialRow, 'customerId' | 'id' | 'version'>>,
) {
  const [row] = await db
    .update(trials)
    .set({ ...changes, version: sql`${trials.version} + 1` })
    .where(and(eq(trials.customerId, trial.customerId), eq(trials.id, trial.id), eq(trials.version, trial.version)))
    .returning();
  return row ?? null;
}

/** E-mail addresses of the customer's users holding one of `roles`. */
export async function customerAdminEmails(db: Database, customerId: string, roles: readonly string[]) {
  const rows = await db
    .selectDistinct({ email: users.email })
    .from(users)
    .innerJoin(
      roleAssignments,
      and(eq(roleAssignments.organisationId, users.organisationId), eq(roleAssignments.userId, users.id)),
    )
    .where(
      and(
        eq(users.organisationId, customerId),
        inArray(roleAssignments.role, [...roles]),
        ne(users.status, 'disabled'),
      ),
    );
  return rows.map((r) => r.email);
}

/** Partner admins told about a trial: its requester, the partner's full administrators, the customer's assigned admins. */
export async function partnerAdminEmails(
  db: Database,
  trial: Pick<TrialRow, 'partnerId' | 'customerId' | 'requestedByUserId'>,
) {
  const rows = await db.execute(sql`
    select distinct u.email from users u
    where u.organisation_id = ${trial.partnerId} and u.status <> 'disabled' and (
      u.id = ${trial.requestedByUserId}
      or exists (select 1 from role_assignments ra where ra.organisation_id = u.organisation_id and ra.user_id = u.id
                 and ra.role = 'partner_full_admin')
      or exists (select 1 from customer_admin_assignments caa where caa.partner_id = u.organisation_id
                 and caa.user_id = u.id and caa.customer_id = ${trial.customerId}))
    order by 1`);
  return rowsOf<{ email: string }>(rows).map((r) => r.email);
}

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
  await db
    .insert(partnerCustomers)
    .values({
      partnerId: trial.partnerId,
      customerId: trial.customerId,
      relationship,
      adminLevel,
      createdByUserId: trial.requestedByUserId,
      createdAt: now,
    })
    .onConflictDoUpdate({ target: [partnerCustomers.partnerId, partnerCustomers.customerId], set: { adminLevel } });
  if (requesterSeesAll) return;
  await db
    .insert(customerAdminAssignments)
    .values({
      partnerId: trial.partnerId,
      customerId: trial.customerId,
      userId: trial.requestedByUserId,
      assignedByUserId: trial.requestedByUserId,
      createdAt: now,
    })
    .onConflictDoNothing();
}

export async function meetingSiteTaken(db: Database, url: string, exceptTrialId?: string) {
  const [row] = await db
    .select({ id: trials.id })
    .from(trials)
    .where(
      and(
        sql`lower(${trials.meetingSiteUrl}) = lower(${url})`,
        isNull(trials.releasedAt),
        isNotNull(trials.meetingSiteUrl),
        sql`${trials.state} not in ('cancelled', 'declined')`,
        exceptTrialId ? ne(trials.id, exceptTrialId) : undefined,
      ),
    )
    .limit(1);
  return Boolean(row);
}
