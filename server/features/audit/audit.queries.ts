import { type SQL, sql } from 'drizzle-orm';
import type { AuditLogFilters } from '../../../domain/contracts/audit.ts';
import { type Actor, can, isVendorOperator } from '../../../domain/roles.ts';
import { type Database, rowsOf } from '../../platform/db.ts';
import { visibleCustomer } from '../../platform/scope.ts';

export interface AuditLogRow {
  id: string;
  at: Date | string;
  action: string;
  target_type: string;
  target_id: string;
  before: unknown;
  after: unknown;
  organisation_id: string;
  organisation_name: string | null;
  actor_user_id: string | null;
  actor_name: string | null;
  actor_email: string | null;
  actor_organisation_id: string | null;
  actor_organisation_name: string | null;
}

/**
 * The rules of audit.policy.ts as the SQL condition on `audit_log a` (with the acting organisation joined as `ao`) for the entries the actor
 * may read.
 */
export function readableAuditEntries(actor: Actor): SQL {
  if (isVendorOperator(actor)) return sql`true`;
  if (actor.organisationKind === 'customer') return sql`a.organisation_id = ${actor.organisationId}`;
  if (actor.organisationKind !== 'partner') return sql`false`;
  const targetedCustomer = sql`(case when a.target_type = 'customer' then a.target_id::uuid end)`;
  const ownEntry = can(actor, 'seeAllPartnerCustomers')
    ? sql`a.organisation_id = ${actor.organisationId}`
    : sql`(a.organisation_id = ${actor.organisationId}
        and (a.target_type <> 'customer' or ${visibleCustomer(actor, targetedCustomer)}))`;
  return sql`(${ownEntry}
    or (a.organisation_id <> ${actor.organisationId} and ${visibleCustomer(actor, sql`a.organisation_id`)}
      and (ao.kind is distinct from 'partner' or a.actor_organisation_id = ${actor.organisationId})))`;
}

/** LIKE's wildcards in a prefix taken literally. */
const likePrefix = (prefix: string) => `${prefix.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

function filterConditions(filters: AuditLogFilters): SQL[] {
  const conditions: SQL[] = [];
  if (filters.actor) conditions.push(sql`a.actor_user_id = ${filters.actor}`);
  if (filters.action) {
    conditions.push(
      filters.action.endsWith('.')
        ? sql`a.action like ${likePrefix(filters.action)}`
        : sql`a.action = ${filters.action}`,
    );
  }
  if (filters.targetType) conditions.push(sql`a.target_type = ${filters.targetType}`);
  if (filters.targetId) conditions.push(sql`a.target_id = ${filters.targetId}`);
  if (filters.from) conditions.push(sql`a.at >= ${new Date(filters.from)}`);
  if (filters.to) conditions.push(sql`a.at < ${new Date(filters.to)}`);
  return conditions;
}

/**
 * One page of the entries the actor may read that match the filters, newest first, keyset on the id (which only
 * grows), so a page costs the same however long the log is.
 */
export async function selectAuditLogPage(
  db: Database,
  actor: Actor,
  filters: AuditLogFilters,
  page: { beforeId?: string | undefined; limit: number },
): Promise<AuditLogRow[]> {
  const conditions = [readableAuditEntries(actor), ...filterConditions(filters)];
  if (page.beforeId) conditions.push(sql`a.id < ${page.beforeId}::bigint`);
  return rowsOf<AuditLogRow>(
    await db.execute(sql`
      select a.id::text as id, a.at, a.action, a.target_type, a.target_id, a.before, a.after,
        a.organisation_id, t.name as organisation_name,
        a.actor_user_id, u.name as actor_name, u.email as actor_email,
        a.actor_organisation_id, ao.name as actor_organisation_name
      from audit_log a
      left join organisations ao on ao.id = a.actor_organisation_id
      left join organisations t on t.id = a.organisation_id
      left join users u on u.id = a.actor_user_id
      where ${sql.join(conditions, sql` and `)}
      order by a.id desc
      limit ${page.limit}`),
  );
}
