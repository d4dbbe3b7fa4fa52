import { sql } from 'drizzle-orm';
import type { Database } from '../../platform/db.ts';
import { rowsOf } from '../../platform/db.ts';
import { licenceWeeklyWindow } from './licence-rollups.ts';
import { addMissingLicenceWeeks, licenceUseUpdates, lockCustomers } from './usage.queries.ts';
import { callRollupCtes, freshnessUpsert } from './usage-rollups.ts';

/**
 * Call legs in two steps (PERF-3). Ingest stores a batch's new legs in call_legs and queues them in
 * call_legs_pending, touching no rollup row: concurrent batches then never wait for one another's locks on the
 * shared (customer, week) rollup rows, nor deadlock on them. The folder, one at a time, takes the queue and
 * adds it to the rollups in one statement — a fold adds every batch that committed while the previous fold
 * ran, so its cost per leg falls as the load grows. Ingest folds after it commits, so a batch is in the
 * rollups when its answer arrives; a crash between the two leaves the legs queued for the next fold.
 */

export interface CallLegRow {
  customer_id: string;
  id: string;
  call_id: string;
  user_id: string | null;
  started_at: string;
  duration_seconds: number;
  endpoint_type: string;
  mos: number | null;
  packet_loss_pct: number | null;
  jitter_ms: number | null;
  latency_ms: number | null;
  features: string[];
  queue_id: string | null;
  queue_outcome: string | null;
  queue_wait_seconds: number | null;
}

const pendingColumns = `customer_id, user_id, started_at, duration_seconds, endpoint_type, mos, packet_loss_pct,
  jitter_ms, latency_ms, features, queue_id, queue_outcome, queue_wait_seconds, ingested_at`;

/** Stores the legs that are new (by customer and id) and queues them for the rollups; returns how many. */
export async function insertCallLegs(db: Database, rows: CallLegRow[], now: Date): Promise<number> {
  const [result] = rowsOf<{ inserted: number }>(
    await db.execute(sql`
      with input as (
        select * from json_to_recordset(${JSON.stringify(rows)}::json) as r(
          customer_id uuid, id text, call_id text, user_id uuid, started_at timestamptz, duration_seconds int,
          endpoint_type endpoint_type, mos real, packet_loss_pct real, jitter_ms real, latency_ms real,
          features text[], queue_id text, queue_outcome queue_outcome, queue_wait_seconds int)
      ),
      ins as (
        insert into call_legs (customer_id, id, call_id, user_id, started_at, duration_seconds, endpoint_type, mos,
          packet_loss_pct, jitter_ms, latency_ms, features, queue_id, queue_outcome, queue_wait_seconds, ingested_at)
        select customer_id, id, call_id, user_id, started_at, duration_seconds, endpoint_type, mos, packet_loss_pct,
          jitter_ms, latency_ms, features, queue_id, queue_outcome, queue_wait_seconds, ${now}::timestamptz
        from input
        on conflict do nothing
        returning ${sql.raw(pendingColumns)}
      ),
      queued as (insert into call_legs_pending (${sql.raw(pendingColumns)}) select * from ins)
      select count(*)::int as inserted from ins`),
  );
  return Number(result?.inserted ?? 0);
}

/** Any fixed number: the transaction-scoped advisory lock of the one folder at a time. */
const FOLD_LOCK_KEY = 4_180_337_265;

/**
 * Adds every queued call leg to the call rollups, usage freshness and licence use, and empties the queue of
 * them; returns how many legs it added. Runs alone (an advisory lock), under the legs' customers' shared locks
 * like any calls change, so a licence rebuild (exclusive) never interleaves with it.
 */
export async function foldPendingCallLegs(db: Database, now: Date): Promise<number> {
  return db.transaction(async (tx) => {
    await tx.execute(sql`select pg_advisory_xact_lock(${FOLD_LOCK_KEY})`);
    const customerIds = rowsOf<{ id: string }>(
      await tx.execute(sql`select distinct customer_id::text as id from call_legs_pending order by 1`),
    ).map((r) => r.id);
    if (customerIds.length === 0) return 0;
    await lockCustomers(tx, customerIds, 'shared');
    await addMissingLicenceWeeks(tx, await licenceWeeklyWindow(tx, now), customerIds);
    // The user-week upsert tells which user-weeks it created (xmax = 0: inserted, not updated): "first call of
    // this user this week" counts once. Legs queued meanwhile for other customers wait for the next fold.
    const rollups = sql.raw(callRollupCtes('ins').flat().join(',\n'));
    const [result] = rowsOf<{ folded: number }>(
      await tx.execute(sql`
        with ins as (
          delete from call_legs_pending where customer_id = any(${`{${customerIds.join(',')}}`}::uuid[])
          returning *
        ),
        ${rollups},
        new_user_weeks as (select customer_id, user_id, week_start from user_weeks where created),
        ${sql.raw(`fresh as (${freshnessUpsert('calls', 'ins')})`)},
        ${licenceUseUpdates('calling')}
        select count(*)::int as folded from ins`),
    );
    return Number(result?.folded ?? 0);
  });
}
