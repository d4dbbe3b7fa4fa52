import { wholeDaysBetween } from '../../../domain/calendar-days.ts';
import type { Clock } from '../../../domain/clock.ts';
import type {
  CustomerListResponse,
  CustomerRow,
  CustomerSortKey,
  customerListQuery,
} from '../../../domain/contracts/customers.ts';
import {
  type CustomerStatus,
  type ProvisioningStatus,
  type SubscriptionStatus,
  type TrialState,
  trialServicesExpiring,
} from '../../../domain/customer-status.ts';
import type { Actor } from '../../../domain/roles.ts';
import { ensure } from '../../platform/access.ts';
import type { Database } from '../../platform/db.ts';
import { decodeCursor, encodeCursor } from './customer-list-cursor.ts';
import { mayListCustomers } from './customers.policy.ts';
import {
  type CustomerEntryRow,
  type CustomerListFilters,
  type ListRequest,
  selectCustomerPage,
} from './customers.queries.ts';

export type ParsedListQuery = ReturnType<(typeof customerListQuery)['parse']>;

/** CUS-1…CUS-5: one page of the customers the actor may see, with the number matching the filters. */
export async function listCustomers(
  deps: { db: Database; clock: Clock },
  actor: Actor,
  query: ParsedListQuery,
): Promise<CustomerListResponse> {
  ensure(mayListCustomers(actor), 'Only partner administrators and vendor operators list customers.');
  const request = listRequest(actor, deps.clock.now(), query, { withTotal: true });
  // An empty page still has one row: it carries the total.
  const result = await selectCustomerPage(deps.db, request);
  const rows = result.filter((r) => r.id !== null);
  const page = rows.slice(0, request.limit);
  const last = page.at(-1);
  return {
    items: page.map((row) => toCustomerRow(row, request.now)),
    nextCursor: rows.length > request.limit && last ? encodeCursor(positionOf(request, last)) : null,
    total: result[0]?.total ?? 0,
  };
}

export function filtersOf(query: ParsedListQuery): CustomerListFilters {
  const { q, status, provisioning, subscriptionStatus, product, managedBy, type, tag, needsAttention, partner } = query;
  return { q, status, provisioning, subscriptionStatus, product, managedBy, type, tag, needsAttention, partner };
}

export function listRequest(
  actor: Actor,
  now: Date,
  query: ParsedListQuery,
  options: { withTotal: boolean; limit?: number },
): ListRequest {
  const descending = query.sort.startsWith('-');
  const sort = query.sort.replace(/^-/, '') as CustomerSortKey;
  return {
    actor,
    now,
    filters: filtersOf(query),
    sort,
    descending,
    after: query.cursor ? decodeCursor(query.cursor, query.sort) : null,
    limit: options.limit ?? query.limit,
    withTotal: options.withTotal,
  };
}

export const positionOf = (request: ListRequest, row: CustomerEntryRow) => ({
  sort: `${request.descending ? '-' : ''}${request.sort}`,
  value: row.sort_value,
  nameKey: row.name_key,
  customerId: row.id as string,
  partnerId: row.partner_id,
});

const isoOrNull = (value: Date | string | null) => (value === null ? null : new Date(value).toISOString());

export function toCustomerRow(row: CustomerEntryRow, now: Date): CustomerRow {
  const trials = row.trials_ending.map((t) => ({
    id: t.id,
    state: t.state as TrialState,
    endsAt: new Date(t.endsAt),
    services: t.serviceIds.map((serviceId) => ({ serviceId, provisioningStatus: 'provisioned' as const })),
  }));
  return {
    id: row.id as string,
    name: row.name,
    adminEmail: row.admin_email,
    statuses: row.statuses as CustomerStatus[],
    provisioningStatus: row.provisioning_status as ProvisioningStatus | null,
    subscriptionStatuses: row.subscription_statuses as SubscriptionStatus[],
    products: row.product_ids,
    managedBy: row.relationship,
    adminLevel: row.admin_level,
    ownerPartner:
      row.owner_partner_id && row.owner_partner_name
        ? { id: row.owner_partner_id, name: row.owner_partner_name }
        : null,
    tags: row.tags,
    licences: { total: row.licences_total, assigned: row.licences_assigned, used: row.licences_used },
    nextExpiry: isoOrNull(row.next_expiry),
    nextExpiryDaysLeft:
      row.next_expiry === null ? null : wholeDaysBetween(now, new Date(row.next_expiry), row.time_zone),
    // TRI-17 by the pure rule, from the ongoing trials stored with the entry.
    trialServicesExpiring: trialServicesExpiring(trials, { now, timeZone: row.time_zone }).map((t) => ({
      serviceIds: t.serviceIds,
      daysLeft: t.daysLeft,
    })),
  };
}
