import { type SQL, sql } from 'drizzle-orm';
import { defaultOrganisationSettings } from '../../../domain/contracts/organisations.ts';
import {
  type CustomerStatus,
  customerStatusOrder,
  expiringWithinDays,
  type ProvisioningStatus,
  provisioningStatusImportance,
  type SubscriptionStatus,
  subscriptionStatusOrder,
} from '../../../domain/customer-status.ts';

/**
 * The statuses of domain/customer-status.ts in SQL, over a row `e` of customer_list_entries and the day
 * boundaries of the CTE `b` (see `dayBoundariesCte`). The pure functions count whole calendar days in the
 * partner's time zone; every "days left ≥ k" there is "instant ≥ start of local day (today + k)" here, so each
 * rule becomes a comparison of stored instants with a few boundaries computed once per query:
 *   b.t0 = start of today; b.t31 / b.t61 = start of the day 31 / 61 days on, so CUS-4's windows are
 *   b.w_30 = [t0, t31) and b.w_60 = [t31, t61); b.t_soon = start of the day after the expiring-soon window
 *   (b.w_soon = [t0, t_soon)); b.t_quiet = start of the day `noRecentActivityDays − 1` days ago (a sign-in
 *   before it is at least that many whole days old).
 * `…_until` columns hold the instant up to which a fact holds (a live subscription: its end, or infinity when
 * it auto-renews), so "some such subscription is live today" is `…_until >= b.t0`. The property test
 * (customer-list-entries.property.test.ts) shows these equal the pure functions.
 */

/** A day boundary of the query: a column of the one-row CTE `b`, joined to every scan of the entries. */
const boundary = (name: 't0' | 't_quiet') => sql.raw(`b.${name}`);
const t0 = boundary('t0');

/** Whether a set of instants has one in a window of `b` (windows are built once per query, not per row). */
const overlaps = (column: string, window: 'w_soon' | 'w_30' | 'w_60' | 'w_after_60' | 'w_past') =>
  sql.raw(`e.${column} && b.${window}`);
const holdsToday = (column: string) => sql`${sql.raw(`e.${column}`)} >= ${t0}`;

/**
 * The boundary columns of `b` for each row of `days`, a query yielding `tz` (a time zone), `d` (a local date),
 * `soon` and `quiet` (the thresholds of CUS-2), and whatever else it selects (kept as columns of `b`).
 */
function boundariesOf(days: SQL): SQL {
  const day = (offset: string) => sql.raw(`((x.d + ${offset})::timestamp at time zone x.tz)`);
  return sql`select d.*, tstzrange(d.t0, d.t_soon) as w_soon, tstzrange(d.t0, d.t31) as w_30,
      tstzrange(d.t31, d.t61) as w_60, tstzrange(d.t61, null) as w_after_60, tstzrange(null, d.t0) as w_past,
      tstzmultirange(tstzrange(d.t0, null)) as from_today
    from (select x.*, ${day('0')} as t0, ${day(String(expiringWithinDays.near + 1))} as t31,
      ${day(String(expiringWithinDays.far + 1))} as t61, ${day('x.soon + 1')} as t_soon, ${day('1 - x.quiet')} as t_quiet
    from (${days}) x) d`;
}

/** An organisation's CUS-2 thresholds (settings of `o`, else the defaults) as the columns `soon` and `quiet`. */
const thresholdsOf = sql`coalesce((o.settings->>'expiringSoonDays')::int, ${defaultOrganisationSettings.expiringSoonDays}) as soon,
  coalesce((o.settings->>'noRecentActivityDays')::int, ${defaultOrganisationSettings.noRecentActivityDays}) as quiet`;

/**
 * Today's boundaries in the time zone and with the thresholds of organisation `organisationId` (the viewer's
 * partner organisation; X-4, CUS-2), as the one-row CTE `b`. Also yields the time zone (`b.tz`) and the
 * local date (`b.d`).
 */
export function dayBoundariesCte(organisationId: string, now: Date): SQL {
  return sql`b as materialized (${boundariesOf(sql`
    select o.time_zone as tz, (${now.toISOString()}::timestamptz at time zone o.time_zone)::date as d, ${thresholdsOf}
    from organisations o where o.id = ${organisationId}`)})`;
}

/** The boundaries of each partner's recorded day (customer_list_days), as rows with `partner_id`. */
export function recordedDayBoundaries(partnerCondition: SQL): SQL {
  return boundariesOf(sql`
    select cld.partner_id, o.time_zone as tz, cld.day as d, ${thresholdsOf}
    from customer_list_days cld join organisations o on o.id = cld.partner_id where ${partnerCondition}`);
}

/** CUS-2: whether each customer status applies. */
export const customerStatusSql: Record<CustomerStatus, SQL> = {
  suspended: holdsToday('suspended_until'),
  over_licence: holdsToday('over_licence_until'),
  expiring_soon: overlaps('expiry_ends', 'w_soon'),
  ready_for_order_setup: holdsToday('setup_incomplete_until'),
  no_recent_activity: sql`e.last_admin_sign_in_at < ${boundary('t_quiet')}`,
  trial: holdsToday('trial_until'),
  subscription: holdsToday('active_until'),
  expired: sql`e.live_until < ${t0} and e.trial_until < ${t0}`,
};

/** CUS-4: whether some subscription or trial of the customer has each status. */
export const subscriptionStatusSql: Record<SubscriptionStatus, SQL> = {
  active: sql`(e.paid_renewing or ${overlaps('paid_ends', 'w_after_60')})`,
  suspended: holdsToday('suspended_until'),
  expiring_30: overlaps('paid_ends', 'w_30'),
  expiring_60: overlaps('paid_ends', 'w_60'),
  trial_active: sql`(e.trial_until = 'infinity' or ${overlaps('trial_ends', 'w_after_60')})`,
  trial_expiring_30: overlaps('trial_ends', 'w_30'),
  trial_expiring_60: overlaps('trial_ends', 'w_60'),
  trial_expired: sql`(e.has_expired_trial or ${overlaps('trial_ends', 'w_past')})`,
};

/** CUS-3: whether some live subscription or consented ongoing trial has each status as its own. */
export const provisioningStatusSql: Record<ProvisioningStatus, SQL> = {
  cannot_provision: holdsToday('cannot_provision_until'),
  manual_partner: holdsToday('manual_partner_until'),
  manual_vendor: holdsToday('manual_vendor_until'),
  pending_details: holdsToday('pending_details_until'),
  provisioning: holdsToday('provisioning_until'),
  provisioned: holdsToday('provisioned_until'),
};

/** A status name as an SQL constant (names are identifiers of domain/customer-status.ts, never input). */
const literal = (status: string) => sql.raw(`'${status}'`);

/** The statuses that apply, in `order`, as a text[] (for the rows of one page). */
export function appliesInOrder<S extends string>(order: readonly S[], conditions: Record<S, SQL>): SQL {
  const items = order.map((status) => sql`case when ${conditions[status]} then ${literal(status)} end`);
  return sql`array_remove(array[${sql.join(items, sql`, `)}]::text[], null)`;
}

/** 1-based position of the first status in `order` that applies; `order.length + 1` when none does. */
function firstApplyingRank<S extends string>(order: readonly S[], conditions: Record<S, SQL>): SQL {
  const whens = order.map((status, i) => sql`when ${conditions[status]} then ${sql.raw(String(i + 1))}`);
  return sql`(case ${sql.join(whens, sql` `)} else ${sql.raw(String(order.length + 1))} end)`;
}

export const customerStatusesOfRow = appliesInOrder(customerStatusOrder, customerStatusSql);
export const subscriptionStatusesOfRow = appliesInOrder(subscriptionStatusOrder, subscriptionStatusSql);
/** CUS-3 for the row: the most important status among all current services (null when none). */
export const provisioningStatusOfRow = sql`(case ${sql.join(
  provisioningStatusImportance.map((status) => sql`when ${provisioningStatusSql[status]} then ${literal(status)}`),
  sql` `,
)} end)`;

const customerStatusRank = firstApplyingRank(customerStatusOrder, customerStatusSql);
const subscriptionStatusRank = firstApplyingRank(subscriptionStatusOrder, subscriptionStatusSql);
const provisioningStatusRank = firstApplyingRank(provisioningStatusImportance, provisioningStatusSql);

/**
 * The nearest end of a live non-renewing subscription or an ongoing trial: the first stored end not before
 * today. Usually the first end of all (a cheap scalar); only when some end has passed is the set cut at today.
 */
export const nextExpirySql = sql`(case when lower(e.expiry_ends) >= ${t0} then lower(e.expiry_ends)
  else lower(e.expiry_ends * b.from_today) end)`;

/** "Paid" (a live subscription) and "trial" (an ongoing trial), CUS-5's subscription type. */
export const subscriptionTypeSql = { paid: holdsToday('live_until'), trial: holdsToday('trial_until') } as const;

/** The subscription types as an order, so they are bits like the statuses. */
const subscriptionTypeOrder = ['paid', 'trial'] as const;

/** A bit set of the statuses that apply: bit i for `order[i]`. */
function bitsOf<S extends string>(order: readonly S[], conditions: Record<S, SQL>): SQL {
  const terms = order.map(
    (status, i) => sql`(case when ${conditions[status]} then ${sql.raw(String(1 << i))} else 0 end)`,
  );
  return sql`(${sql.join(terms, sql` + `)})`;
}

/**
 * The SET list of an UPDATE of `customer_list_entries e … from <boundaries> b` that stamps each entry's
 * statuses for the day of `b` (customer_list_days): the computed conditions above, stored.
 */
export const stampedStatusesAssignment = sql`status_day = b.d,
  customer_status_bits = ${bitsOf(customerStatusOrder, customerStatusSql)},
  subscription_status_bits = ${bitsOf(subscriptionStatusOrder, subscriptionStatusSql)},
  provisioning_status_bits = ${bitsOf(provisioningStatusImportance, provisioningStatusSql)},
  type_bits = ${bitsOf(subscriptionTypeOrder, subscriptionTypeSql)},
  customer_status_rank = ${customerStatusRank},
  subscription_status_rank = ${subscriptionStatusRank},
  provisioning_status_rank = ${provisioningStatusRank},
  next_expiry_key = coalesce(${nextExpirySql}, 'infinity'::timestamptz)`;

/** Whether bit `i` of a stamped column is set. */
const bitSet = (column: string, i: number) => sql.raw(`(e.${column} & ${1 << i}) <> 0`);
const stampedConditions = <S extends string>(order: readonly S[], column: string) =>
  Object.fromEntries(order.map((status, i) => [status, bitSet(column, i)])) as Record<S, SQL>;

/**
 * The same conditions and sort values over the stamped columns; equal to the computed ones while the entries'
 * `status_day` is the viewer's today (the property test shows both).
 */
export const stampedStatusSql = {
  customer: stampedConditions(customerStatusOrder, 'customer_status_bits'),
  subscription: stampedConditions(subscriptionStatusOrder, 'subscription_status_bits'),
  provisioning: stampedConditions(provisioningStatusImportance, 'provisioning_status_bits'),
  type: stampedConditions(subscriptionTypeOrder, 'type_bits'),
  customerRank: sql`e.customer_status_rank`,
  subscriptionRank: sql`e.subscription_status_rank`,
  provisioningRank: sql`e.provisioning_status_rank`,
  nextExpiryKey: sql`e.next_expiry_key`,
};

/** The computed forms, in the shape of `stampedStatusSql`. */
export const computedStatusSql: typeof stampedStatusSql = {
  customer: customerStatusSql,
  subscription: subscriptionStatusSql,
  provisioning: provisioningStatusSql,
  type: subscriptionTypeSql,
  customerRank: customerStatusRank,
  subscriptionRank: subscriptionStatusRank,
  provisioningRank: provisioningStatusRank,
  nextExpiryKey: sql`coalesce(${nextExpirySql}, 'infinity'::timestamptz)`,
};
