import { sql } from 'drizzle-orm';
import { type Database, rowsOf } from '../server/platform/db.ts';

/** The filter, sort and search combinations the customer-list benchmark measures (PERF-1: "any"). */
export interface BenchCase {
  name: string;
  query: Record<string, string>;
}

/** Values picked from the data set itself: a tag of the partner and search words of two selectivities. */
export async function benchCases(db: Database, partnerId: string): Promise<BenchCase[]> {
  const [tag] = rowsOf<{ id: string }>(
    await db.execute(sql`select tag_id as id from customer_tags where partner_id = ${partnerId}
      group by tag_id order by count(*) desc limit 1`),
  );
  const [word] = rowsOf<{ word: string }>(
    await db.execute(sql`select lower(split_part(name, ' ', 1)) as word from customer_list_entries
      where partner_id = ${partnerId} group by 1 order by count(*) asc, 1 limit 1`),
  );
  const cases: BenchCase[] = [
    { name: 'first page, by name', query: {} },
    { name: 'by next expiry, latest first', query: { sort: '-nextExpiry' } },
    { name: 'status expiring soon', query: { status: 'expiring_soon' } },
    { name: 'no recent activity, by licences', query: { status: 'no_recent_activity', sort: '-licences' } },
    {
      name: 'expiring 30 (sub or trial), by expiry',
      query: { subscriptionStatus: 'expiring_30,trial_expiring_30', sort: 'nextExpiry' },
    },
    {
      name: 'provisioning problems, by status',
      query: { provisioning: 'cannot_provision,manual_partner', sort: '-status' },
    },
    { name: 'search "an" (broad)', query: { q: 'an' } },
    { name: `search "${word?.word ?? 'x'}" (narrow), by products`, query: { q: word?.word ?? 'x', sort: 'products' } },
    {
      name: 'calling, paid, own, by tags',
      query: { product: 'calling', type: 'paid', managedBy: 'own', sort: 'tags' },
    },
    { name: 'subscription status sort', query: { sort: 'subscriptionStatus' } },
  ];
  if (tag) cases.push({ name: 'tag, by status', query: { tag: tag.id, sort: 'status' } });
  return cases;
}
