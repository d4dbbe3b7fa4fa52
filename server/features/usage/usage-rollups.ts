import { poorCallLegSql } from '../../../domain/call-quality.ts';

/**
 * The usage rollups' SQL, written once: the generator rebuilds them from all raw facts with these statements,
 * and ingest adds the deltas of the rows it just inserted with the same statements (ON CONFLICT … DO UPDATE
 * adds), so both give the same rows. The call rollups and freshness are here, the licence rollups in
 * licence-rollups.ts. Definitions (weeks are Monday 00:00 UTC):
 * - user_calls_weekly: per customer, week and user: legs (`calls`) and their minutes.
 * - call_quality_weekly: legs and poor legs (CAL-3, `poorCallLegSql`) per endpoint type.
 * - call_features_weekly: legs using each feature (a leg is one user's part of a call).
 * - call_queue_weekly (CAL-7), sums so that averages and rates can be maintained incrementally:
 *   `answered` counts legs that left the queue to an agent or to another queue (answered, moved) and
 *   `answer_wait_seconds` sums their waits; `abandoned` counts legs whose caller hung up or left a message
 *   (abandoned, voicemail) and `abandon_wait_seconds` sums their waits.
 * - licence_weekly: per subscription service of Calling and Meetings and per week the subscription overlaps
 *   from the installation's rollup start week (`rollupStartWeek`) to the current week: `total` = licences
 *   bought, `assigned` = current assignments made before the week's end, `used` = those whose holder used the
 *   product in that week (a call leg for Calling, a hosted meeting for Meetings). Trials have no rows.
 * - usage_freshness: per customer and kind (calls, meetings, licence-assignments, sign-ins): the latest
 *   ingest time.
 * Coarser rollups, so that analytics read one row per customer and week (PERF-2), kept by the statements that
 * change the rollups they summarise (data-modifying CTEs over the rows changed, RETURNING):
 * - customer_calls_weekly: user_calls_weekly per customer and week — calls, call seconds, users with a call
 *   and users per CAL-1 bucket (1–5, 6–20, > 20 calls that week).
 * - licence_customer_weekly: licence_weekly summed per customer, service and week.
 * - licence_weekly_tail: each subscription service's latest licence_weekly row (carry-forward reads, and
 *   where "missing weeks" start).
 */

export const utcWeek = (column: string) => `date_trunc('week', ${column} at time zone 'UTC')::date`;

/** A data-modifying CTE `name as (…)` of a rollup statement. */
export const cteOf = (name: string, text: string) => `${name} as (${text})`;

/**
 * Adds user-week changes to customer_calls_weekly. `changes` has one row per changed user-week: customer_id,
 * week_start, calls_before, calls_after (the user's calls that week before and after the change),
 * calls_delta and seconds_delta; a user moves between CAL-1 buckets by the difference.
 */
export function customerCallsUpsert(changes: string): string {
  const users = (range: string) =>
    `count(*) filter (where calls_after ${range}) - count(*) filter (where calls_before ${range})`;
  return `
    insert into customer_calls_weekly
      (customer_id, week_start, calls, seconds, active_users, users_1_to_5, users_6_to_20, users_over_20)
    select customer_id, week_start, sum(calls_delta), sum(seconds_delta), ${users('> 0')},
      ${users('between 1 and 5')}, ${users('between 6 and 20')}, ${users('> 20')}
    from (${changes}) c
    group by 1, 2
    order by 1, 2
    on conflict (customer_id, week_start) do update
      set calls = customer_calls_weekly.calls + excluded.calls,
        seconds = customer_calls_weekly.seconds + excluded.seconds,
        active_users = customer_calls_weekly.active_users + excluded.active_users,
        users_1_to_5 = customer_calls_weekly.users_1_to_5 + excluded.users_1_to_5,
        users_6_to_20 = customer_calls_weekly.users_6_to_20 + excluded.users_6_to_20,
        users_over_20 = customer_calls_weekly.users_over_20 + excluded.users_over_20`;
}

/**
 * The CTEs that add the call legs of relation `source` (the table, or the rows an ingest inserted), in groups
 * that can run as separate statements. `user_weeks` returns each changed user-week with `created` (the
 * user's first call that week).
 */
export function callRollupCtes(source: string): string[][] {
  return [
    [
      cteOf(
        'user_call_deltas',
        `select customer_id, ${utcWeek('started_at')} as week_start, user_id, count(*)::int as calls,
          sum(duration_seconds) as seconds
        from ${source} where user_id is not null
        group by 1, 2, 3`,
      ),
      cteOf(
        'user_weeks',
        `insert into user_calls_weekly (customer_id, week_start, user_id, calls, minutes)
        select customer_id, week_start, user_id, calls, seconds / 60.0 from user_call_deltas
        order by 1, 2, 3
        on conflict (customer_id, week_start, user_id) do update
          set calls = user_calls_weekly.calls + excluded.calls, minutes = user_calls_weekly.minutes + excluded.minutes
        returning customer_id, week_start, user_id, calls, (xmax = 0) as created`,
      ),
      cteOf(
        'customer_weeks',
        customerCallsUpsert(`
          select u.customer_id, u.week_start, u.calls - d.calls as calls_before, u.calls as calls_after,
            d.calls as calls_delta, d.seconds as seconds_delta
          from user_weeks u
          join user_call_deltas d on d.customer_id = u.customer_id and d.week_start = u.week_start
            and d.user_id = u.user_id`),
      ),
    ],
    [
      cteOf(
        'quality_weeks',
        `insert into call_quality_weekly (customer_id, week_start, endpoint_type, legs, poor_legs)
        select customer_id, ${utcWeek('started_at')}, endpoint_type, count(*),
          count(*) filter (where ${poorCallLegSql()})
        from ${source}
        group by 1, 2, 3
        order by 1, 2, 3
        on conflict (customer_id, week_start, endpoint_type) do update
          set legs = call_quality_weekly.legs + excluded.legs,
            poor_legs = call_quality_weekly.poor_legs + excluded.poor_legs`,
      ),
    ],
    [
      cteOf(
        'feature_weeks',
        `insert into call_features_weekly (customer_id, week_start, feature, calls)
        select l.customer_id, ${utcWeek('l.started_at')}, f.feature, count(*)
        from ${source} l cross join lateral unnest(l.features) as f(feature)
        group by 1, 2, 3
        order by 1, 2, 3
        on conflict (customer_id, week_start, feature) do update
          set calls = call_features_weekly.calls + excluded.calls`,
      ),
    ],
    [
      cteOf(
        'queue_weeks',
        `insert into call_queue_weekly
          (customer_id, week_start, calls, answered, answer_wait_seconds, abandoned, abandon_wait_seconds)
        select customer_id, ${utcWeek('started_at')}, count(*),
          count(*) filter (where queue_outcome in ('answered', 'moved')),
          coalesce(sum(queue_wait_seconds) filter (where queue_outcome in ('answered', 'moved')), 0),
          count(*) filter (where queue_outcome in ('abandoned', 'voicemail')),
          coalesce(sum(queue_wait_seconds) filter (where queue_outcome in ('abandoned', 'voicemail')), 0)
        from ${source} where queue_id is not null
        group by 1, 2
        order by 1, 2
        on conflict (customer_id, week_start) do update
          set calls = call_queue_weekly.calls + excluded.calls,
            answered = call_queue_weekly.answered + excluded.answered,
            answer_wait_seconds = call_queue_weekly.answer_wait_seconds + excluded.answer_wait_seconds,
            abandoned = call_queue_weekly.abandoned + excluded.abandoned,
            abandon_wait_seconds = call_queue_weekly.abandon_wait_seconds + excluded.abandon_wait_seconds`,
      ),
    ],
  ];
}

/** The call rollup tables, fed by `callRollupCtes`. */
export const callRollupTables = [
  'user_calls_weekly',
  'customer_calls_weekly',
  'call_quality_weekly',
  'call_features_weekly',
  'call_queue_weekly',
] as const;

/** The facts table of each usage kind, for usage_freshness. */
export const factTables = {
  calls: 'call_legs',
  meetings: 'meeting_usage',
  'licence-assignments': 'licence_assignment_events',
  'sign-ins': 'admin_sign_ins',
} as const;

/** Moves "data as of" of `kind` forward to the latest ingest time among the rows of `source`. */
export function freshnessUpsert(kind: keyof typeof factTables, source: string): string {
  return `
    insert into usage_freshness (customer_id, kind, data_as_of)
    select customer_id, '${kind}', max(ingested_at) from ${source} group by 1 order by 1
    on conflict (customer_id, kind) do update
      set data_as_of = greatest(usage_freshness.data_as_of, excluded.data_as_of)`;
}
