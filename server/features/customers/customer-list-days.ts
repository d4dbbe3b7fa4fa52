import { type SQL, sql } from 'drizzle-orm';
import { type Database, rowsOf } from '../../platform/db.ts';
import { recordedDayBoundaries, stampedStatusesAssignment } from './customer-list-entries.statuses.ts';

/**
 * The statuses of customer list entries, stamped for a day (db/schema/customer-list.ts, customer_list_days).
 * Invariant: every entry of a partner that has a customer_list_days row is stamped for that row's day. Changes
 * keep it by stamping the entries they wrote for the recorded day while holding the day row's lock (share),
 * and moving a partner to a new day restamps all of its entries holding the same row's lock (update), so the
 * two never interleave. The list reads the stamps only when the recorded day is the viewer's today.
 */

const uuidArray = (ids: readonly string[]) => sql`${`{${ids.join(',')}}`}::uuid[]`;

/** Stamps the entries of `customerIds` (every entry when omitted) for their partners' recorded days. */
export async function stampCustomerListEntries(db: Database, customerIds?: readonly string[]): Promise<void> {
  if (customerIds?.length === 0) return;
  const ids = customerIds ? uuidArray(customerIds) : null;
  const partners = ids
    ? sql`cld.partner_id in (select pc.partner_id from partner_customers pc where pc.customer_id = any(${ids}))`
    : sql`true`;
  // Share locks in partner order: a concurrent move to a new day waits for this transaction, or this one for it.
  await db.execute(sql`select cld.partner_id from customer_list_days cld where ${partners}
    order by cld.partner_id for share`);
  await stampEntries(db, partners, ids ? sql`e.customer_id = any(${ids})` : sql`true`);
}

/** Restamps every entry of a partner whose thresholds (CUS-2 settings) changed, for its recorded day. */
export async function restampPartnerEntries(db: Database, partnerId: string): Promise<void> {
  await db.execute(sql`select 1 from customer_list_days where partner_id = ${partnerId} for update`);
  await stampEntries(db, sql`cld.partner_id = ${partnerId}`, sql`true`);
}

function stampEntries(db: Database, partners: SQL, entries: SQL) {
  return db.execute(sql`update customer_list_entries e set ${stampedStatusesAssignment}
    from (${recordedDayBoundaries(partners)}) b
    where e.partner_id = b.partner_id and ${entries}`);
}

/**
 * Moves every partner whose recorded day is not its local today at `now` (or that has none) to today and
 * restamps its entries, one partner per transaction. Run by the customer-list-days job when time passes, and
 * after a bulk load. Returns how many partners moved.
 */
export async function advanceCustomerListDays(db: Database, now: Date): Promise<number> {
  const due = rowsOf<{ partner_id: string; today: string }>(
    await db.execute(sql`
      select o.id as partner_id, (${now.toISOString()}::timestamptz at time zone o.time_zone)::date::text as today
      from organisations o
      where exists (select 1 from customer_list_entries e where e.partner_id = o.id)
        and not exists (select 1 from customer_list_days cld where cld.partner_id = o.id
          and cld.day >= (${now.toISOString()}::timestamptz at time zone o.time_zone)::date)`),
  );
  for (const { partner_id: partnerId, today } of due) {
    await db.transaction(async (tx) => {
      // Takes the day row's lock (inserted or in conflict) until commit. The day only moves forward: a later
      // day already recorded (by a clock ahead of this one) is kept.
      await tx.execute(sql`insert into customer_list_days (partner_id, day) values (${partnerId}, ${today}::date)
        on conflict (partner_id) do update set day = excluded.day where customer_list_days.day < excluded.day`);
      await stampEntries(tx, sql`cld.partner_id = ${partnerId}`, sql`true`);
    });
  }
  return due.length;
}

/**
 * The condition under which a list query over `partnerId`'s entries may read the stamps: its recorded day is
 * the viewer's today (`b.d` of the query's day boundaries, computed in the partner's time zone).
 */
export const stampsAreToday = (partnerId: string) =>
  sql`exists (select 1 from customer_list_days cld where cld.partner_id = ${partnerId} and cld.day = b.d)`;
