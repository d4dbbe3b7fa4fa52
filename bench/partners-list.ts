/**
 * The Partners list's cost (issue #10): on PostgreSQL (`DATABASE_URL`, an empty database of your own), loads
 * `PARTNERS` partners (default 5,000) with 40 owned customers and 3 administrators each, then times the first and
 * a deep page by name, a search, a tier filter and the sort by customer count (the median of 20 runs each).
 *   DATABASE_URL=postgres://postgres@127.0.0.1:5432/me_bench npx tsx bench/partners-list.ts
 */
import { sql } from 'drizzle-orm';
import { partnerListQuery } from '../domain/contracts/partners.ts';
import type { Actor } from '../domain/roles.ts';
import { listPartners } from '../server/features/organisations/list-partners.ts';
import { migrateDatabase, openPostgres } from '../server/platform/db.ts';

const url = process.env.DATABASE_URL;
if (!url) throw new Error('Set DATABASE_URL to an empty PostgreSQL database');
const partners = Number(process.env.PARTNERS ?? 5000);
const handle = openPostgres(url, 4);
await migrateDatabase(handle);
const db = handle.db;
await db.execute(sql`
  insert into organisations (kind, name, partner_tier, country, data_region, time_zone, created_at)
  select 'partner', 'Partner ' || lpad(i::text, 6, '0'), (array['tier1','tier2','distributor'])[1 + i % 3]::partner_tier,
    'DK', 'EU', 'Europe/Copenhagen', now()
  from generate_series(1, ${partners}) i`);
await db.execute(sql`
  insert into organisations (kind, name, time_zone, created_at)
  select 'customer', 'Customer ' || i, 'UTC', now() from generate_series(1, ${partners} * 40) i`);
await db.execute(sql`
  insert into partner_customers (partner_id, customer_id, relationship, created_at)
  select p.id, c.id, 'owner', now()
  from (select id, row_number() over (order by id) - 1 as n from organisations where kind = 'partner') p
  join (select id, row_number() over (order by id) - 1 as n from organisations where kind = 'customer') c
    on c.n / 40 = p.n`);
await db.execute(sql`
  insert into users (organisation_id, email, name, created_at)
  select o.id, 'u' || k || '-' || o.id || '@bench.test', 'User', now()
  from organisations o, generate_series(1, 3) k where o.kind = 'partner'`);
await db.execute(sql`analyze`);

const actor: Actor = {
  userId: crypto.randomUUID(),
  organisationId: crypto.randomUUID(),
  organisationKind: 'vendor',
  partnerTier: null,
  roles: ['vendor_operator'],
};
const deps = { db };
async function time(label: string, raw: Record<string, string>) {
  const query = partnerListQuery.parse(raw);
  const runs: number[] = [];
  let total = 0;
  for (let i = 0; i < 20; i++) {
    const start = performance.now();
    total = (await listPartners(deps, actor, query)).total;
    runs.push(performance.now() - start);
  }
  runs.sort((a, b) => a - b);
  console.log(`${label.padEnd(40)} median ${runs[10]?.toFixed(1)} ms  (matching ${total})`);
}
let cursor: string | null = null;
for (let i = 0; i < 40; i++) {
  const page = await listPartners(deps, actor, partnerListQuery.parse({ limit: '50', ...(cursor ? { cursor } : {}) }));
  cursor = page.nextCursor;
}
console.log(`${partners} partners, ${partners * 40} customers, ${partners * 3} administrators`);
await time('first page by name (50)', { limit: '50' });
await time('page 41 by name (50)', { limit: '50', cursor: cursor ?? '' });
await time('search "00042" by name', { q: '00042' });
await time('tier = distributor', { tier: 'distributor' });
await time('sorted by customers, descending', { sort: '-customers' });
await handle.close();
