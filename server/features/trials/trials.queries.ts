import { and, asc, count, desc, eq, inArray, isNotNull, isNull, lt, ne, or, type SQL, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Clock } from '../../../domain/clock.ts';
import type { TrialState } from '../../../domain/customer-status.ts';
import { type Actor, can, isVendorOperator } from '../../../domain/roles.ts';
import { licenceAssignments, organisations, services, trialServices, trials, users } from '../../db/schema/index.ts';
import type { Database } from '../../platform/db.ts';
import { visibleCustomer } from '../../platform/scope.ts';
import { recordTrialStateChange } from '../webhooks/change-events.ts';

/** SQL reading trials and the versioned write. Reads are scoped by the actor; a foreign trial is simply not found (404). */

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

/**
 * Optimistic concurrency (REL-4): changes the trial only if nobody changed it since `version` was read.
 * Returns the new row, or null when the version moved on (the caller answers 409). Every change of a trial's
 * state passes here, so here its webhook event is recorded, once per transition (NOT-2).
 */
export async function updateTrialVersioned(
  db: Database,
  clock: Clock,
  trial: Pick<TrialRow, 'customerId' | 'id' | 'version' | 'state'>,
  changes: Partial<Omit<TrialRow, 'customerId' | 'id' | 'version'>>,
) {
  const [row] = await db
    .update(trials)
    .set({ ...changes, version: sql`${trials.version} + 1` })
    .where(and(eq(trials.customerId, trial.customerId), eq(trials.id, trial.id), eq(trials.version, trial.version)))
    .returning();
  if (row && row.state !== trial.state) await recordTrialStateChange(db, clock, row, trial.state);
  return row ?? null;
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

export async function organisationOfUser(db: Database, userId: string) {
  const [user] = await db.select({ organisationId: users.organisationId }).from(users).where(eq(users.id, userId));
  return user?.organisationId ?? null;
}

/** The names of a trial's customer and partner, and the partner's time zone (the trial e-mails' dates). */
export async function namesOfTrial(db: Database, trial: Pick<TrialRow, 'customerId' | 'partnerId'>) {
  const [row] = await db
    .select({ customerName: customerOrg.name, partnerName: partnerOrg.name, partnerTimeZone: partnerOrg.timeZone })
    .from(customerOrg)
    .innerJoin(partnerOrg, eq(partnerOrg.id, trial.partnerId))
    .where(eq(customerOrg.id, trial.customerId));
  return row ?? null;
}
