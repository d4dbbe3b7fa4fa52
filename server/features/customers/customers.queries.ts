import { createHash } from 'node:crypto';
import { and, type SQL, sql } from 'drizzle-orm';
import { PgDialect } from 'drizzle-orm/pg-core';
import pg from 'pg';
import type { CustomerSortKey } from '../../../domain/contracts/customers.ts';
import {
  attentionCustomerStatuses,
  attentionProvisioningStatuses,
  type CustomerStatus,
  type ProvisioningStatus,
  type SubscriptionStatus,
} from '../../../domain/customer-status.ts';
import { type Actor, can, isVendorOperator } from '../../../domain/roles.ts';
import { type Database, rowsOf } from '../../platform/db.ts';
import { visibleCustomer } from '../../platform/scope.ts';
import { usedSince } from './customer-detail.queries.ts';
import type { ListPosition } from './customer-list-cursor.ts';
import { stampsAreToday } from './customer-list-days.ts';
import {
  computedStatusSql,
  customerStatusesOfRow,
  dayBoundariesCte,
  nextExpirySql,
  provisioningStatusOfRow,
  stampedStatusSql,
  subscriptionStatusesOfRow,
} from './customer-list-entries.statuses.ts';

/** The SQL of the customer list, its KPI strip and its export, all over customer_list_entries (alias `e`). */

export interface CustomerListFilters {
  q?: string;
  status?: CustomerStatus[];
  provisioning?: ProvisioningStatus[];
  subscriptionStatus?: SubscriptionStatus[];
  product?: string[];
  managedBy?: ('external' | 'own')[];
  type?: ('paid' | 'trial')[];
  tag?: string[];
  needsAttention?: boolean;
  partner?: string[];
}

export interface ListRequest {
  actor: Actor;
  now: Date;
  filters: CustomerListFilters;
  sort: CustomerSortKey;
  descending: boolean;
  after: ListPosition | null;
  limit: number;
  withTotal: boolean;
}

export interface CustomerEntryRow {
  total: number | null;
  id: string | null;
  partner_id: string;
  name: string;
  name_key: string;
  admin_email: string | null;
  statuses: string[];
  provisioning_status: string | null;
  subscription_statuses: string[];
  product_ids: string[];
  relationship: 'owner' | 'external_admin';
  admin_level: 'full' | 'provisioning';
  owner_partner_id: string | null;
  owner_partner_name: string | null;
  tags: { id: string; name: string; colour: string }[];
  licences_total: number;
  licences_assigned: number;
  licences_used: number;
  next_expiry: Date | string | null;
  trials_ending: { id: string; state: string; endsAt: string; serviceIds: string[] }[];
  sort_value: string | null;
  time_zone: string;
}

const uuids = (ids: readonly string[]) => sql`${`{${ids.join(',')}}`}::uuid[]`;
const texts = (values: readonly string[]) => sql`${`{${values.map((v) => `"${v}"`).join(',')}}`}::text[]`;
const anyOf = (conditions: SQL[]) => sql`(${sql.join(conditions, sql` or `)})`;

/**
 * Which entries the actor may list (ROL-2, ROL-5): a partner's own entries (partner and sales administrators
 * only the customers they created or are assigned to, by platform/scope.ts); vendor operators every customer
 * once, through its owner's entry, or, filtered by partners, those partners' entries.
 */
function scope(actor: Actor, partners: string[] | undefined): SQL {
  if (isVendorOperator(actor)) {
    return partners?.length ? sql`e.partner_id = any(${uuids(partners)})` : sql`e.relationship = 'owner'`;
  }
  const own = sql`e.partner_id = ${actor.organisationId}`;
  return can(actor, 'seeAllPartnerCustomers') ? own : (and(own, visibleCustomer(actor, sql`e.customer_id`)) as SQL);
}

/**
 * The statuses a query filters, sorts and counts on: computed from the entries' stored instants, or the same
 * read from their stamps for the partner's day (customer-list-days.ts), valid when that day is the viewer's.
 */
type StatusForms = typeof computedStatusSql;

const needsAttentionOf = (forms: StatusForms) =>
  anyOf([
    ...attentionCustomerStatuses.map((s) => forms.customer[s]),
    ...attentionProvisioningStatuses.map((s) => forms.provisioning[s]),
  ]);

/** CUS-5: each filter is multi-select (any of its values), filters combine with AND. */
function conditions(actor: Actor, f: CustomerListFilters, forms: StatusForms): SQL {
  const where: SQL[] = [scope(actor, f.partner)];
  // A substring match on stored lower-case text, within the partner's entries that the query reads anyway. A
  // trigram index (pg_trgm) would need the extension loaded into the embedded database at start.
  if (f.q) {
    const pattern = `%${f.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    where.push(sql`e.search_text like lower(${pattern})`);
  }
  if (f.status?.length) where.push(anyOf(f.status.map((s) => forms.customer[s])));
  if (f.provisioning?.length) where.push(anyOf(f.provisioning.map((s) => forms.provisioning[s])));
  if (f.subscriptionStatus?.length) where.push(anyOf(f.subscriptionStatus.map((s) => forms.subscription[s])));
  if (f.type?.length) where.push(anyOf(f.type.map((t) => forms.type[t])));
  if (f.product?.length) where.push(sql`e.product_ids && ${texts(f.product)}`);
  if (f.tag?.length) where.push(sql`e.tag_ids && ${uuids(f.tag)}`);
  if (f.needsAttention) where.push(needsAttentionOf(forms));
  if (f.managedBy?.length) {
    const kinds = f.managedBy.map((m) => (m === 'own' ? 'owner' : 'external_admin'));
    where.push(sql`e.relationship::text = any(${texts(kinds)})`);
  }
  return and(...where) as SQL;
}

/** Each sort column's value (null: the name itself) and its SQL type, to read a cursor's value back. */
const sortValues = (forms: StatusForms): Record<CustomerSortKey, { value: SQL; type: string } | null> => ({
  name: null,
  status: { value: forms.customerRank, type: 'int' },
  provisioning: { value: forms.provisioningRank, type: 'int' },
  subscriptionStatus: { value: forms.subscriptionRank, type: 'int' },
  products: { value: sql`e.products_key`, type: 'text' },
  managedBy: { value: sql`e.relationship`, type: 'relationship_kind' },
  tags: { value: sql`e.tags_key`, type: 'text' },
  licences: { value: sql`e.licences_total`, type: 'int' },
  nextExpiry: { value: forms.nextExpiryKey, type: 'timestamptz' },
});

/** ORDER BY and the keyset condition "after this position": sort value, then name, then ids (stable). */
function ordering(request: ListRequest, forms: StatusForms) {
  const sorted = sortValues(forms)[request.sort];
  const vendor = isVendorOperator(request.actor);
  const keys = [
    ...(sorted ? [sorted.value] : []),
    sql`e.name_key`,
    sql`e.customer_id`,
    ...(vendor ? [sql`e.partner_id`] : []),
  ];
  const direction = sql.raw(request.descending ? 'desc' : 'asc');
  const orderBy = sql.join(
    keys.map((k) => sql`${k} ${direction}`),
    sql`, `,
  );
  const outerOrderBy = sql.join(
    [...(sorted ? ['p.sort_key'] : []), 'p.name_key', 'p.customer_id', ...(vendor ? ['p.partner_id'] : [])].map(
      (k) => sql`${sql.raw(k)} ${direction}`,
    ),
    sql`, `,
  );
  const after = request.after;
  let keyset = sql`true`;
  if (after) {
    const values = [
      ...(sorted ? [sql`${after.value}::${sql.raw(sorted.type)}`] : []),
      sql`${after.nameKey}::text`,
      sql`${after.customerId}::uuid`,
      ...(vendor ? [sql`${after.partnerId}::uuid`] : []),
    ];
    keyset = sql`(${sql.join(keys, sql`, `)}) ${sql.raw(request.descending ? '<' : '>')} (${sql.join(values, sql`, `)})`;
  }
  const sortValue = sorted ? sql`${sorted.value}` : sql`null::text`;
  return { orderBy, outerOrderBy, keyset, sortValue };
}

/**
 * One page of entries (limit + 1 rows, to tell whether more follow) and, when asked, the number of entries
 * matching the filters (without the cursor's condition), in one statement whose display values (statuses,
 * licences used, owner name) are computed for the page's rows only. A stored sort walks its index to the
 * page; a computed one (statuses, next expiry) keeps the top rows of the partner's entries in one pass. The
 * count reads only the primary key index when nothing is filtered. (A window count in the page's pass was
 * measured slower than the second pass: it materialises every matching row.)
 */
export async function selectCustomerPage(db: Database, request: ListRequest): Promise<CustomerEntryRow[]> {
  if (readsStamps(request.actor)) {
    // No row at all: the stamps are not today's (the day has just turned), so compute the statuses instead.
    const rows = await executePrepared<CustomerEntryRow>(db, customerPageSql(request, 'stamped'));
    if (rows.length > 0) return rows;
  }
  return executePrepared<CustomerEntryRow>(db, customerPageSql(request, 'computed'));
}

/**
 * A partner's own list may read the stamps (they are for its own day and time zone). A vendor operator's list
 * spans partners whose days differ from the operator's, so it computes.
 */
const readsStamps = (actor: Actor) => !isVendorOperator(actor);
const formsOf = { stamped: stampedStatusSql, computed: computedStatusSql } as const;

const dialect = new PgDialect();

/**
 * Runs `query` on PostgreSQL as a named prepared statement, one per shape of filters and sort, so a pooled
 * connection parses each shape once. Each execution is still planned for its parameters (custom plans): a
 * generic plan guesses a partner's share of the entries from the average partner (≈50 rows on data set L)
 * and then reads a 10,000-customer partner through the wrong index. PGlite runs the statement as it is.
 */
export async function executePrepared<T>(db: Database, query: SQL): Promise<T[]> {
  const pool = (db as unknown as { $client?: unknown }).$client;
  if (!(pool instanceof pg.Pool)) return rowsOf<T>(await db.execute(query));
  const { sql: text, params } = dialect.sqlToQuery(query);
  const name = `customer-list-${createHash('sha1').update(text).digest('hex').slice(0, 20)}`;
  const client = await pool.connect();
  try {
    if (!customPlanned.has(client)) {
      // Affects named statements only: every other query of the app is unnamed, hence custom-planned anyway.
      await client.query('set plan_cache_mode = force_custom_plan');
      customPlanned.add(client);
    }
    const result = await client.query({ name, text, values: params as unknown[] });
    return result.rows as T[];
  } finally {
    client.release();
  }
}
const customPlanned = new WeakSet<pg.PoolClient>();

/**
 * The statement of `selectCustomerPage` (the benchmark runs it directly, too). Reading the stamps, it returns no
 * row unless they are for the viewer's today.
 */
export function customerPageSql(request: ListRequest, statuses: keyof typeof formsOf): SQL {
  const forms = formsOf[statuses];
  const where = conditions(request.actor, request.filters, forms);
  const { orderBy, outerOrderBy, keyset, sortValue } = ordering(request, forms);
  const fresh = statuses === 'stamped' ? stampsAreToday(request.actor.organisationId) : sql`true`;
  // "Used" as on the customer detail page (DET-2): assigned and used within its window.
  const since = usedSince(request.now).toISOString();
  const total = request.withTotal
    ? sql`select count(*)::int as total from customer_list_entries e cross join b where ${where}`
    : sql`select null::int as total`;
  return sql`
    with ${dayBoundariesCte(request.actor.organisationId, request.now)}
    select t.total, e.customer_id as id, e.partner_id, e.name,
      e.name_key, e.admin_email, ${customerStatusesOfRow} as statuses,
      ${provisioningStatusOfRow} as provisioning_status, ${subscriptionStatusesOfRow} as subscription_statuses,
      e.product_ids, e.relationship, e.admin_level, e.owner_partner_id, op.name as owner_partner_name, e.tags,
      e.licences_total, e.licences_assigned,
      (select count(*)::int from licence_assignments la
        join subscriptions s on s.customer_id = la.customer_id and s.id = la.subscription_id
        where la.customer_id = e.customer_id and s.state in ('active', 'suspended')
          and la.last_used_at >= ${since}::timestamptz) as licences_used,
      ${nextExpirySql} as next_expiry, e.trials_ending, p.sort_key::text as sort_value, b.tz as time_zone
    from b cross join (${total}) t
    left join lateral (
      select e.partner_id, e.customer_id, e.name_key, ${sortValue} as sort_key
      from customer_list_entries e cross join b
      where ${where} and ${keyset}
      order by ${orderBy}
      limit ${request.limit + 1}
    ) p on true
    left join customer_list_entries e on e.partner_id = p.partner_id and e.customer_id = p.customer_id
    left join organisations op on op.id = e.owner_partner_id
    where ${fresh}
    order by ${outerOrderBy}`;
}

export interface SummaryRow {
  customers: number;
  trials: number;
  expiring_in_30_days: number;
  over_licence: number;
  needs_attention: number;
}

/**
 * The KPI strip over the entries matching the filters. "Needs attention" as the filter of that name
 * (domain/customer-status.ts). "Expiring in 30 days": a live
 * non-renewing subscription or an ongoing trial ends within 30 days (CUS-4's fixed window).
 */
export async function selectCustomerSummary(
  db: Database,
  actor: Actor,
  now: Date,
  filters: CustomerListFilters,
): Promise<SummaryRow> {
  const summarise = async (statuses: keyof typeof formsOf) => {
    const forms = formsOf[statuses];
    const fresh = statuses === 'stamped' ? stampsAreToday(actor.organisationId) : sql`true`;
    const [row] = await executePrepared<SummaryRow & { fresh: boolean }>(
      db,
      sql`
        with ${dayBoundariesCte(actor.organisationId, now)}
        select count(*)::int as customers,
          count(*) filter (where ${forms.customer.trial})::int as trials,
          count(*) filter (where e.expiry_ends && b.w_30)::int as expiring_in_30_days,
          count(*) filter (where ${forms.customer.over_licence})::int as over_licence,
          count(*) filter (where ${needsAttentionOf(forms)})::int as needs_attention,
          (select ${fresh} from b) as fresh
        from customer_list_entries e cross join b where ${conditions(actor, filters, forms)}`,
    );
    return row;
  };
  const stamped = readsStamps(actor) ? await summarise('stamped') : undefined;
  const { fresh: _, ...row } = (stamped?.fresh ? stamped : await summarise('computed')) ?? {
    customers: 0,
    trials: 0,
    expiring_in_30_days: 0,
    over_licence: 0,
    needs_attention: 0,
    fresh: true,
  };
  return row;
}
