import { and, asc, desc, eq, inArray, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { DAY_MS } from '../../../domain/clock.ts';
import { defaultOrganisationSettings, type OrganisationSettings } from '../../../domain/contracts/organisations.ts';
import type {
  CustomerFacts,
  ProvisioningStatus,
  StatusContext,
  SubscriptionFacts,
  TrialFacts,
  TrialState,
} from '../../../domain/customer-status.ts';
import { type Actor, isVendorOperator } from '../../../domain/roles.ts';
import {
  adminSignIns,
  customerAdminAssignments,
  customerTags,
  invoices,
  licenceAssignments,
  organisations,
  partnerCustomers,
  services,
  subscriptionServices,
  subscriptions,
  tags,
  trialServices,
  trials,
} from '../../db/schema/index.ts';
import { type Database, rowsOf } from '../../platform/db.ts';
import { visibleCustomer } from '../../platform/scope.ts';

/** SQL of the customer detail page. Every read starts from `findVisibleCustomer`, scoped by the actor. */

/** "Used" means assigned and used within this window (DET-2). */
const USED_WITHIN_DAYS = 7;
export const usedSince = (now: Date) => new Date(now.getTime() - USED_WITHIN_DAYS * DAY_MS);

const ownerPartner = alias(organisations, 'owner_partner');
const ownerLink = alias(partnerCustomers, 'owner_link');

/** A customer organisation the actor may see, with the actor's own link to it (null for the vendor). */
export async function findVisibleCustomer(db: Database, actor: Actor, id: string) {
  const myLink = alias(partnerCustomers, 'my_link');
  const [row] = await db
    .select({
      customer: organisations,
      relationship: myLink.relationship,
      adminLevel: myLink.adminLevel,
      ownerId: ownerPartner.id,
      ownerName: ownerPartner.name,
    })
    .from(organisations)
    .leftJoin(myLink, and(eq(myLink.customerId, organisations.id), eq(myLink.partnerId, actor.organisationId)))
    .leftJoin(ownerLink, and(eq(ownerLink.customerId, organisations.id), eq(ownerLink.relationship, 'owner')))
    .leftJoin(ownerPartner, eq(ownerPartner.id, ownerLink.partnerId))
    .where(and(eq(organisations.id, id), eq(organisations.kind, 'customer'), visibleCustomer(actor, organisations.id)))
    .limit(1);
  return row ?? null;
}
export type VisibleCustomer = NonNullable<Awaited<ReturnType<typeof findVisibleCustomer>>>;

/** The partners linked to the customer: the actor's own link, or every link for the vendor. */
export async function linkedPartners(db: Database, actor: Actor, customerId: string) {
  return db
    .select({
      id: organisations.id,
      name: organisations.name,
      relationship: partnerCustomers.relationship,
      adminLevel: partnerCustomers.adminLevel,
    })
    .from(partnerCustomers)
    .innerJoin(organisations, eq(organisations.id, partnerCustomers.partnerId))
    .where(
      and(
        eq(partnerCustomers.customerId, customerId),
        isVendorOperator(actor) ? undefined : eq(partnerCustomers.partnerId, actor.organisationId),
      ),
    )
    .orderBy(asc(partnerCustomers.relationship), asc(organisations.name));
}

export async function tagsOfCustomer(db: Database, partnerId: string, customerId: string) {
  return db
    .select({ id: tags.id, name: tags.name, colour: tags.colour })
    .from(customerTags)
    .innerJoin(tags, and(eq(tags.partnerId, customerTags.partnerId), eq(tags.id, customerTags.tagId)))
    .where(and(eq(customerTags.partnerId, partnerId), eq(customerTags.customerId, customerId)))
    .orderBy(asc(sql`lower(${tags.name})`));
}

export async function countAssignedAdmins(db: Database, actor: Actor, customerId: string): Promise<number> {
  const [row] = await db
    .select({ n: sql<number>`count(*)::int`.mapWith(Number) })
    .from(customerAdminAssignments)
    .where(
      and(
        eq(customerAdminAssignments.customerId, customerId),
        isVendorOperator(actor) ? undefined : eq(customerAdminAssignments.partnerId, actor.organisationId),
      ),
    );
  return row?.n ?? 0;
}

export interface ServiceLicenceRow {
  subscriptionId: string;
  serviceId: string;
  serviceName: string;
  licenceUnit: string;
  quantity: number;
  provisioningStatus: ProvisioningStatus;
  provisioningError: string | null;
  assigned: number;
  used: number;
}

/** Per subscription and service: bought, assigned and used (assigned and used since `since`). */
export async function subscriptionServiceLicences(
  db: Database,
  customerId: string,
  since: Date,
): Promise<ServiceLicenceRow[]> {
  return db
    .select({
      subscriptionId: subscriptionServices.subscriptionId,
      serviceId: subscriptionServices.serviceId,
      serviceName: services.name,
      licenceUnit: services.licenceUnit,
      quantity: subscriptionServices.quantity,
      provisioningStatus: subscriptionServices.provisioningStatus,
      provisioningError: subscriptionServices.provisioningError,
      assigned: sql<number>`count(${licenceAssignments.userId})::int`.mapWith(Number),
      used: sql<number>`count(${licenceAssignments.userId}) filter (where ${licenceAssignments.lastUsedAt} >= ${since})::int`.mapWith(
        Number,
      ),
    })
    .from(subscriptionServices)
    .innerJoin(services, eq(services.id, subscriptionServices.serviceId))
    .leftJoin(
      licenceAssignments,
      and(
        eq(licenceAssignments.customerId, subscriptionServices.customerId),
        eq(licenceAssignments.subscriptionId, subscriptionServices.subscriptionId),
        eq(licenceAssignments.serviceId, subscriptionServices.serviceId),
      ),
    )
    .where(eq(subscriptionServices.customerId, customerId))
    .groupBy(
      subscriptionServices.subscriptionId,
      subscriptionServices.serviceId,
      services.name,
      services.licenceUnit,
      services.sortOrder,
      subscriptionServices.quantity,
      subscriptionServices.provisioningStatus,
      subscriptionServices.provisioningError,
    )
    .orderBy(asc(services.sortOrder));
}

export async function subscriptionsOfCustomer(db: Database, customerId: string) {
  return db
    .select({
      subscription: subscriptions,
      sellerName: organisations.name,
    })
    .from(subscriptions)
    .innerJoin(organisations, eq(organisations.id, subscriptions.sellerOrganisationId))
    .where(eq(subscriptions.customerId, customerId))
    .orderBy(desc(subscriptions.startsAt), asc(subscriptions.number));
}

export async function trialsOfCustomer(db: Database, customerId: string, partnerId: string | null) {
  return db
    .select({ trial: trials, partnerName: organisations.name })
    .from(trials)
    .innerJoin(organisations, eq(organisations.id, trials.partnerId))
    .where(and(eq(trials.customerId, customerId), partnerId ? eq(trials.partnerId, partnerId) : undefined))
    .orderBy(desc(trials.createdAt));
}

export async function trialServiceRows(db: Database, customerId: string, trialIds: string[]) {
  if (trialIds.length === 0) return [];
  return db
    .select({
      trialId: trialServices.trialId,
      serviceId: trialServices.serviceId,
      serviceName: services.name,
      isDevice: services.isDevice,
      licences: trialServices.licenceQuantity,
      provisioningStatus: trialServices.provisioningStatus,
      assigned: sql<number>`(select count(*)::int from licence_assignments la
        where la.customer_id = ${trialServices.customerId} and la.trial_id = ${trialServices.trialId}
          and la.service_id = ${trialServices.serviceId})`.mapWith(Number),
    })
    .from(trialServices)
    .innerJoin(services, eq(services.id, trialServices.serviceId))
    .where(and(eq(trialServices.customerId, customerId), inArray(trialServices.trialId, trialIds)))
    .orderBy(asc(services.sortOrder));
}

/**
 * The last sign-in of any customer administrator to the customer console, from the ingested sign-ins (the
 * same source the customer list uses, so the detail page and the list agree on "No recent activity").
 */
async function lastAdminSignIn(db: Database, customerId: string): Promise<Date | null> {
  const [row] = await db
    .select({ last: sql<Date | string | null>`max(${adminSignIns.signedInAt})` })
    .from(adminSignIns)
    .where(eq(adminSignIns.customerId, customerId));
  return row?.last ? new Date(row.last) : null;
}

type SubscriptionWithId = SubscriptionFacts & { id: string };

/** Everything domain/customer-status.ts needs about one customer: all its subscriptions and trials. */
export async function loadCustomerFacts(
  db: Database,
  customerId: string,
  licences: readonly ServiceLicenceRow[],
): Promise<Omit<CustomerFacts, 'subscriptions'> & { subscriptions: SubscriptionWithId[] }> {
  const subscriptionRows = await db.select().from(subscriptions).where(eq(subscriptions.customerId, customerId));
  const subscriptionFacts = subscriptionRows.map(
    (s): SubscriptionWithId => ({
      id: s.id,
      state: s.state,
      billingState: s.billingState,
      setupComplete: s.setupComplete,
      endsAt: s.endsAt,
      autoRenew: s.autoRenew,
      services: licences
        .filter((l) => l.subscriptionId === s.id)
        .map((l) => ({
          serviceId: l.serviceId,
          quantity: l.quantity,
          assigned: l.assigned,
          provisioningStatus: l.provisioningStatus,
        })),
    }),
  );
  const trialRows = await db
    .select({ id: trials.id, state: trials.state, endsAt: trials.endsAt })
    .from(trials)
    .where(eq(trials.customerId, customerId));
  const serviceRows = await db
    .select({
      trialId: trialServices.trialId,
      serviceId: trialServices.serviceId,
      provisioningStatus: trialServices.provisioningStatus,
    })
    .from(trialServices)
    .where(eq(trialServices.customerId, customerId));
  const trialFacts: TrialFacts[] = trialRows.map((t) => ({
    id: t.id,
    state: t.state as TrialState,
    endsAt: t.endsAt,
    services: serviceRows.filter((s) => s.trialId === t.id),
  }));
  return {
    subscriptions: subscriptionFacts,
    trials: trialFacts,
    lastAdminSignInAt: await lastAdminSignIn(db, customerId),
  };
}

/** Orders of the customer the actor may see: all for the vendor; a partner's own, or on its subscriptions. */
export async function ordersOfCustomer(db: Database, actor: Actor, customerId: string) {
  const mine = isVendorOperator(actor)
    ? sql`true`
    : sql`(o.placed_by_organisation_id = ${actor.organisationId}
          or o.fulfilling_organisation_id = ${actor.organisationId}
          or s.seller_organisation_id = ${actor.organisationId})`;
  return rowsOf<{
    id: string;
    number: string;
    kind: 'new' | 'change' | 'renewal' | 'trial_conversion' | 'cancellation';
    status: 'submitted' | 'pending_distributor' | 'completed' | 'rejected';
    subscription_number: string | null;
    placed_by_id: string;
    placed_by_name: string;
    lines: { serviceId: string; quantity: number }[];
    created_at: Date | string;
    completed_at: Date | string | null;
  }>(
    await db.execute(sql`
      select o.id, o.number, o.kind, o.status, s.number as subscription_number,
        pb.id as placed_by_id, pb.name as placed_by_name, o.lines, o.created_at, o.completed_at
      from orders o
      join organisations pb on pb.id = o.placed_by_organisation_id
      left join subscriptions s on s.customer_id = o.customer_id and s.id = o.subscription_id
      where o.customer_id = ${customerId} and ${mine}
      order by o.created_at desc, o.number desc
      limit 500`),
  );
}

export async function serviceNames(db: Database): Promise<Map<string, string>> {
  const rows = await db.select({ id: services.id, name: services.name }).from(services);
  return new Map(rows.map((r) => [r.id, r.name]));
}

/** Invoices of the given subscriptions, newest first. */
export async function invoicesOf(db: Database, customerId: string, subscriptionIds: string[]) {
  if (subscriptionIds.length === 0) return [];
  return db
    .select()
    .from(invoices)
    .where(and(eq(invoices.customerId, customerId), inArray(invoices.subscriptionId, subscriptionIds)))
    .orderBy(desc(invoices.periodStart));
}

/** The viewer organisation's time zone (X-4) and status thresholds (CUS-2). */
export async function viewerStatusContext(db: Database, actor: Actor, now: Date): Promise<StatusContext> {
  const [row] = await db
    .select({ timeZone: organisations.timeZone, settings: organisations.settings })
    .from(organisations)
    .where(eq(organisations.id, actor.organisationId));
  const settings = { ...defaultOrganisationSettings, ...row?.settings } as OrganisationSettings;
  return { now, timeZone: row?.timeZone ?? 'UTC', thresholds: settings };
}

export interface AuditRow {
  id: string;
  at: Date | string;
  action: string;
  target_type: string;
  target_id: string;
  before: unknown;
  after: unknown;
  actor_name: string | null;
  actor_email: string | null;
  actor_organisation: string | null;
}

/**
 * Audit entries about the customer (NOT-4), newest first: those targeting it and those inside its
 * organisation. A partner sees only the entries of its own organisation or made by its own people.
 */
export async function auditEntriesOfCustomer(
  db: Database,
  actor: Actor,
  customerId: string,
  page: { before?: number | undefined; limit: number },
): Promise<AuditRow[]> {
  const mine = isVendorOperator(actor)
    ? sql`true`
    : sql`(a.organisation_id = ${actor.organisationId} or a.actor_organisation_id = ${actor.organisationId})`;
  return rowsOf<AuditRow>(
    await db.execute(sql`
      select a.id::text as id, a.at, a.action, a.target_type, a.target_id, a.before, a.after,
        u.name as actor_name, u.email as actor_email, o.name as actor_organisation
      from audit_log a
      left join users u on u.id = a.actor_user_id
      left join organisations o on o.id = a.actor_organisation_id
      where ((a.target_type = 'customer' and a.target_id = ${customerId}) or a.organisation_id = ${customerId})
        and ${mine}
        ${page.before ? sql`and a.id < ${page.before}` : sql``}
      order by a.id desc
      limit ${page.limit}`),
  );
}
