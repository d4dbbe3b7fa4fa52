import type { Database } from '../../platform/db.ts';
import { licenceWeeklyWindow } from './licence-rollups.ts';
import { lockCustomers, rebuildLicenceWeeks } from './usage.queries.ts';

/**
 * After a subscription's licence quantities changed (issue #14): rebuilds those services' licence_weekly rows so
 * the analytics show the new totals at once (BEY-2), as ingest does after licence assignments change — under the
 * customers' exclusive usage locks, so a concurrent assignment batch's rebuild cannot interleave with this one.
 */
export async function refreshSubscriptionLicenceWeeks(
  tx: Database,
  now: Date,
  keys: { customerId: string; subscriptionId: string; serviceId: string }[],
): Promise<void> {
  if (keys.length === 0) return;
  await lockCustomers(tx, [...new Set(keys.map((k) => k.customerId))], 'exclusive');
  await rebuildLicenceWeeks(tx, await licenceWeeklyWindow(tx, now), keys);
}
