import { sql } from 'drizzle-orm';
import type { Database } from '../../platform/db.ts';

/**
 * Maintains insight_user_activity (server/db/schema/insights.ts): each user's latest use of a product. Usage
 * ingest calls `recordUsageActivity` in its transaction with the batch's records; a record sent twice changes
 * nothing (the latest use only moves forward). The generator rebuilds it from the facts after a load.
 */

/** The product each usage kind is activity of. */
const productOfKind = { calls: 'calling', meetings: 'meetings' } as const;

export async function recordUsageActivity(
  db: Database,
  kind: keyof typeof productOfKind,
  records: readonly { customerId: string; userId: string | null; startedAt: Date }[],
): Promise<void> {
  const latest = new Map<string, { customer_id: string; user_id: string; at: number }>();
  for (const r of records) {
    if (r.userId === null) continue;
    const key = `${r.customerId}|${r.userId}`;
    const at = r.startedAt.getTime();
    const seen = latest.get(key);
    if (!seen || seen.at < at) latest.set(key, { customer_id: r.customerId, user_id: r.userId, at });
  }
  if (latest.size === 0) return;
  const rows = [...latest.values()]
    .sort((a, b) => (a.customer_id + a.user_id < b.customer_id + b.user_id ? -1 : 1))
    .map((r) => ({ customer_id: r.customer_id, user_id: r.user_id, last_active_at: new Date(r.at).toISOString() }));
  await db.execute(sql`
    insert into insight_user_activity (customer_id, service_id, user_id, last_active_at)
    select customer_id, ${productOfKind[kind]}, user_id, last_active_at
    from json_to_recordset(${JSON.stringify(rows)}::json) as r(customer_id uuid, user_id uuid, last_active_at timestamptz)
    on conflict (customer_id, service_id, user_id) do update set last_active_at = excluded.last_active_at
      where excluded.last_active_at > insight_user_activity.last_active_at`);
}

/** Rebuilds the rollup from the stored facts (after a bulk load; the same definition as migration 0014). */
export async function rebuildUsageActivity(db: Database): Promise<void> {
  await db.execute(sql`delete from insight_user_activity`);
  await db.execute(sql`
    insert into insight_user_activity (customer_id, service_id, user_id, last_active_at)
    select customer_id, 'calling', user_id, max(started_at) from call_legs where user_id is not null group by 1, 3
    union all
    select customer_id, 'meetings', user_id, max(started_at) from meeting_usage where user_id is not null group by 1, 3`);
}
