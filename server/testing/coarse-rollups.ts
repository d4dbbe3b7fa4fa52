import { sql } from 'drizzle-orm';
import { licenceCustomerUpsert, licenceTailUpsert } from '../features/usage/licence-rollups.ts';
import { customerCallsUpsert } from '../features/usage/usage-rollups.ts';
import type { Database } from '../platform/db.ts';

/**
 * Derives the coarse rollups (customer_calls_weekly, licence_customer_weekly, licence_weekly_tail) from the
 * weekly rollups they summarise, with the statements that maintain them.
 */
export async function deriveCoarseRollups(db: Database): Promise<void> {
  for (const table of ['customer_calls_weekly', 'licence_customer_weekly', 'licence_weekly_tail']) {
    await db.execute(sql.raw(`delete from ${table}`));
  }
  await db.execute(
    sql.raw(
      customerCallsUpsert(`select customer_id, week_start, 0 as calls_before, calls as calls_after,
        calls as calls_delta, round(minutes * 60)::bigint as seconds_delta from user_calls_weekly`),
    ),
  );
  await db.execute(sql.raw(licenceCustomerUpsert('select * from licence_weekly')));
  await db.execute(sql.raw(licenceTailUpsert('select * from licence_weekly')));
}
