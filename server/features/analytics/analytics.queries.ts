import { type SQL, sql } from 'drizzle-orm';
import { isoDay } from '../../../domain/analytics.ts';
import { type Actor, isVendorOperator } from '../../../domain/roles.ts';
import { type Database, rowsOf } from '../../platform/db.ts';
import { visibleCustomer } from '../../platform/scope.ts';

/**
 * The SQL analytics share; licences.queries.ts (ANA) and calling.queries.ts (CAL) hold the rest. Everything is
 * read from the weekly rollups (server/db/schema/usage.ts) and the subscription, trial and licence tables —
 * never from raw call legs. Each statement starts from the customers the actor may see (`scoped`), so
 * figures of a foreign tenant cannot appear.
 */

export interface Scope {
  actor: Actor;
  /** Only this partner's customers (vendor operators; for a partner, its own id). */
  partnerId?: string | undefined;
}

/** The customers whose figures the actor may see, as a CTE body `select customer_id …`. */
function scopedCustomers({ actor, partnerId }: Scope): SQL {
  if (isVendorOperator(actor)) {
    return partnerId
      ? sql`select customer_id from partner_customers where partner_id = ${partnerId}::uuid`
      : sql`select id as customer_id from organisations where kind = 'customer'`;
  }
  return sql`select pc.customer_id from partner_customers pc
    where pc.partner_id = ${actor.organisationId}::uuid and ${visibleCustomer(actor, sql`pc.customer_id`)}`;
}

const ts = (d: Date) => sql`${d.toISOString()}::timestamptz`;
const day = (d: Date) => sql`${isoDay(d)}::date`;

export interface Paging {
  sort: string;
  descending: boolean;
  limit: number;
  offset: number;
}

/** A sort key's SQL expression; `invert` for those whose natural order runs against the column's. */
export type SortExpressions = Record<string, { expression: string; invert?: boolean }>;

/** Only keys of `expressions` (checked by the contracts and the use cases) reach `sql.raw`. */
function orderBy(expressions: SortExpressions, paging: Paging, tieBreakers: string): SQL {
  const key = expressions[paging.sort];
  if (!key) throw new Error(`unknown sort ${paging.sort}`);
  const descending = paging.descending !== Boolean(key.invert);
  return sql.raw(`order by ${key.expression} ${descending ? 'desc' : 'asc'} nulls last, ${tieBreakers}`);
}

/** BEY-2: the latest ingest of the given kinds of usage among the scoped customers. */
export async function selectDataAsOf(db: Database, scope: Scope, kinds: readonly string[]): Promise<string | null> {
  const [row] = rowsOf<{ as_of: Date | string | null }>(
    await db.execute(sql`
      select max(data_as_of) as as_of from usage_freshness
      where kind in (${sql.join(
        kinds.map((k) => sql`${k}`),
        sql`, `,
      )}) and customer_id in (${scopedCustomers(scope)})`),
  );
  return row?.as_of ? new Date(row.as_of).toISOString() : null;
}

/** The partner exists and is a partner (for the vendor's filter). */
export async function partnerExists(db: Database, partnerId: string): Promise<boolean> {
  const rows = rowsOf(
    await db.execute(sql`select 1 from organisations where id = ${partnerId}::uuid and kind = 'partner'`),
  );
  return rows.length > 0;
}

export async function selectTimeZone(db: Database, organisationId: string): Promise<string> {
  const [row] = rowsOf<{ time_zone: string }>(
    await db.execute(sql`select time_zone from organisations where id = ${organisationId}::uuid`),
  );
  return row?.time_zone ?? 'UTC';
}

export { day as daySql, orderBy as orderByOf, scopedCustomers, ts as timestampSql };
