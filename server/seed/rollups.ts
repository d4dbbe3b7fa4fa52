import { sql } from 'drizzle-orm';
import { rebuildUsageActivity } from '../features/insights/usage-activity.ts';
import { licenceWeeklyInsert, storeRollupStartWeek } from '../features/usage/licence-rollups.ts';
import { callRollupCtes, callRollupTables, factTables, freshnessUpsert } from '../features/usage/usage-rollups.ts';
import { type Database, rowsOf } from '../platform/db.ts';
import { isoDate, mondayUtc } from './context.ts';

/**
 * Rebuilds the usage rollups from the raw facts after a bulk load, with the same statements that ingest uses
 * to add its rows (server/features/usage/usage-rollups.ts defines each rollup), so they equal a from-scratch
 * recomputation. licence_weekly covers the weeks of `window`; its start is stored for ingest to keep.
 */
export async function rebuildUsageRollups(db: Database, window: { from: Date; to: Date }): Promise<void> {
  const fromWeek = isoDate(new Date(mondayUtc(window.from.getTime())));
  const toWeek = isoDate(new Date(mondayUtc(window.to.getTime())));
  const [middle] = rowsOf<{ id: string }>(
    await db.execute(sql`
      select id::text from organisations where kind = 'customer' order by id
      offset (select count(*) / 2 from organisations where kind = 'customer') limit 1`),
  );
  const ranges = middle
    ? [
        { from: null, to: middle.id },
        { from: middle.id, to: null },
      ]
    : [{ from: null, to: null }];
  const tables = [
    ...callRollupTables,
    'usage_freshness',
    'licence_weekly',
    'licence_customer_weekly',
    'licence_weekly_tail',
  ];
  for (const table of tables) await db.execute(sql.raw(`delete from ${table}`));
  // Queued legs are in call_legs, so in the rebuild: folding them later would count them twice.
  await db.execute(sql`delete from call_legs_pending`);
  await storeRollupStartWeek(db, fromWeek);
  // Independent statements run side by side: on PostgreSQL each takes its own pooled connection.
  await Promise.all([
    ...callRollupCtes('call_legs').map((ctes) => db.execute(sql.raw(`with ${ctes.join(',\n')} select 1`))),
    ...Object.entries(factTables).map(([kind, table]) =>
      db.execute(sql.raw(freshnessUpsert(kind as keyof typeof factTables, table))),
    ),
    rebuildUsageActivity(db),
  ]);
  // licence_weekly reads user_calls_weekly; it is the largest rollup, so it is built in customer ranges
  // side by side.
  await Promise.all(
    ranges.map((range) => db.execute(licenceWeeklyInsert({ fromWeek, toWeek }, { kind: 'range', ...range }))),
  );
}
