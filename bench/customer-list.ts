import { parseArgs } from 'node:util';
import autocannon from 'autocannon';
import { sql } from 'drizzle-orm';
import { ManualClock } from '../domain/clock.ts';
import { customerListQuery } from '../domain/contracts/customers.ts';
import { buildApp } from '../server/app.ts';
import { advanceCustomerListDays } from '../server/features/customers/customer-list-days.ts';
import { customerPageSql, executePrepared } from '../server/features/customers/customers.queries.ts';
import { listRequest } from '../server/features/customers/list-customers.ts';
import { rebuildCustomerListEntries } from '../server/features/customers/refresh-customer-list.ts';
import { loadActorProfile } from '../server/platform/access.ts';
import { loadConfig } from '../server/platform/config.ts';
import { type DatabaseHandle, migrateDatabase, openPglite, openPostgres, rowsOf } from '../server/platform/db.ts';
import { type BenchCase, benchCases } from './customer-list-cases.ts';

/**
 * PERF-1 / PERF-5: the customer list API for the partner with the most customers, against PostgreSQL data
 * sets (M, L) and the embedded database (M). Per filter/sort/search combination: HTTP latency on loopback
 * (autocannon, one connection) and the same SQL run directly through the same driver (their ratio), then
 * requests/s with 32 connections (PostgreSQL only: the embedded database has one connection). The server runs
 * in this process; autocannon runs in a worker thread. Every run is bounded by --seconds per measurement.
 *
 *   npm run bench:customers -- [--postgres ch_bench_m,ch_bench_l] [--pglite DIR] [--seconds 3]
 */

const { values: options } = parseArgs({
  options: {
    postgres: { type: 'string', default: 'ch_bench_m,ch_bench_l' },
    'postgres-url': { type: 'string', default: 'postgres://postgres@127.0.0.1:5432' },
    pglite: { type: 'string' },
    seconds: { type: 'string', default: '3' },
  },
});
const seconds = Number(options.seconds);

interface Figures {
  target: string;
  case: string;
  total: number;
  httpP50: number;
  httpP99: number;
  loopP50: number;
  sqlP50: number;
  sqlP99: number;
  rps32: number | null;
  p99at32: number | null;
}

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] ?? NaN;

/** Runs `once` back to back for `seconds` (after a warm-up) and returns the sorted durations in ms. */
async function timeLoop(once: () => Promise<unknown>): Promise<number[]> {
  for (let i = 0; i < 20; i++) await once();
  const times: number[] = [];
  const until = performance.now() + seconds * 1000;
  while (performance.now() < until) {
    const start = performance.now();
    await once();
    times.push(performance.now() - start);
  }
  return times.sort((a, b) => a - b);
}

async function prepare(label: string, handle: DatabaseHandle) {
  await migrateDatabase(handle);
  const db = handle.db;
  const [{ entries } = { entries: 0 }] = rowsOf<{ entries: number }>(
    await db.execute(sql`select count(*)::int as entries from customer_list_entries`),
  );
  const [partner] = rowsOf<{ id: string; customers: number; user_id: string; email: string; now: Date | null }>(
    await db.execute(sql`
      select pc.partner_id as id, count(*)::int as customers,
        (select u.id from users u join role_assignments r on r.user_id = u.id and r.role = 'partner_full_admin'
          where u.organisation_id = pc.partner_id order by u.email limit 1) as user_id,
        (select u.email from users u join role_assignments r on r.user_id = u.id and r.role = 'partner_full_admin'
          where u.organisation_id = pc.partner_id order by u.email limit 1) as email,
        (select max(ingested_at) from admin_sign_ins) as now
      from partner_customers pc group by pc.partner_id order by count(*) desc limit 1`),
  );
  if (!partner) throw new Error(`${label}: no data`);
  const now = partner.now ? new Date(partner.now) : new Date();
  const start = performance.now();
  if (entries === 0) {
    await rebuildCustomerListEntries(db, now);
    console.log(`${label}: built customer_list_entries in ${((performance.now() - start) / 1000).toFixed(1)} s`);
  } else {
    // What the customer-list-days job does when the server runs: stamp the statuses for the benchmark's day.
    const moved = await advanceCustomerListDays(db, now);
    if (moved > 0)
      console.log(`${label}: stamped ${moved} partners' days in ${((performance.now() - start) / 1000).toFixed(1)} s`);
  }
  return { partner, now };
}

async function benchTarget(label: string, handle: DatabaseHandle, withLoad: boolean): Promise<Figures[]> {
  const { partner, now } = await prepare(label, handle);
  const clock = new ManualClock(now);
  const config = { ...loadConfig({ LOG_LEVEL: 'silent', CHANNEL_HUB_DEMO: '0' }) };
  const app = await buildApp({ config, db: handle.db, clock });
  await app.listen({ host: '127.0.0.1', port: 0 });
  const address = app.server.address();
  const base = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  try {
    const signIn = await fetch(`${base}/api/v1/auth/sign-in`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: partner.email, password: 'demo-password' }),
    });
    if (!signIn.ok) throw new Error(`${label}: sign-in of ${partner.email} failed`);
    const cookie = (signIn.headers.get('set-cookie') ?? '').split(';')[0] as string;
    const profile = await loadActorProfile(handle.db, partner.user_id);
    if (!profile) throw new Error('no actor');
    const cases = await benchCases(handle.db, partner.id);
    cases.push(await deepPage(base, cookie, Math.floor(partner.customers / 2)));
    console.log(`${label}: partner ${partner.id} with ${partner.customers} customers, clock ${now.toISOString()}`);

    const figures: Figures[] = [];
    for (const benchCase of cases) {
      const url = `${base}/api/v1/customers?${new URLSearchParams(benchCase.query)}`;
      const headers = { cookie };
      const first = (await (await fetch(url, { headers })).json()) as { total: number };
      const request = () =>
        listRequest(profile.actor, now, customerListQuery.parse(benchCase.query), { withTotal: true });
      // The statement the endpoint runs: the stamped statuses, which are today's after prepare().
      const direct = () => executePrepared(handle.db, customerPageSql(request(), 'stamped'));
      if ((await direct()).length === 0) throw new Error(`${label}: the stamped statuses are not today's`);
      const sqlTimes = await timeLoop(direct);
      const loopTimes = await timeLoop(async () => (await fetch(url, { headers })).arrayBuffer());
      const single = await autocannon({ url, headers, connections: 1, duration: seconds, workers: 1 });
      const load = withLoad ? await autocannon({ url, headers, connections: 32, duration: seconds, workers: 1 }) : null;
      if (single.non2xx || load?.non2xx) throw new Error(`${label} ${benchCase.name}: non-2xx responses`);
      figures.push({
        target: label,
        case: benchCase.name,
        total: first.total,
        httpP50: single.latency.p50,
        httpP99: single.latency.p99,
        loopP50: percentile(loopTimes, 0.5),
        sqlP50: percentile(sqlTimes, 0.5),
        sqlP99: percentile(sqlTimes, 0.99),
        rps32: load ? load.requests.average : null,
        p99at32: load ? load.latency.p99 : null,
      });
      printRow(figures.at(-1) as Figures);
    }
    return figures;
  } finally {
    await app.close();
  }
}

/** A page `depth` rows into the list (sorted by name), reached by following cursors as a client would. */
async function deepPage(base: string, cookie: string, depth: number): Promise<BenchCase> {
  let cursor: string | null = null;
  for (let row = 0; row < depth; row += 200) {
    const query: string = `limit=200${cursor ? `&cursor=${cursor}` : ''}`;
    const page = (await (await fetch(`${base}/api/v1/customers?${query}`, { headers: { cookie } })).json()) as {
      nextCursor: string | null;
    };
    if (!page.nextCursor) break;
    cursor = page.nextCursor;
  }
  return { name: `deep page (row ~${depth}), by name`, query: cursor ? { cursor } : {} };
}

const fixed = (n: number | null, digits = 2) => (n === null ? '—' : n.toFixed(digits));
const header =
  'target        case                                        total  http p50  http p99  loop p50  sql p50  sql p99  http/sql  req/s@32  p99@32';
function printRow(f: Figures) {
  console.log(
    [
      f.target.padEnd(13),
      f.case.slice(0, 42).padEnd(43),
      String(f.total).padStart(6),
      fixed(f.httpP50, 0).padStart(9),
      fixed(f.httpP99, 0).padStart(9),
      fixed(f.loopP50).padStart(9),
      fixed(f.sqlP50).padStart(8),
      fixed(f.sqlP99).padStart(8),
      fixed(f.loopP50 / f.sqlP50).padStart(9),
      fixed(f.rps32, 0).padStart(9),
      fixed(f.p99at32, 0).padStart(7),
    ].join(' '),
  );
}

const all: Figures[] = [];
console.log(`${header}\n(latencies in ms; http = autocannon, 1 connection; loop = sequential fetch, µs-precise)`);
for (const name of (options.postgres ?? '').split(',').filter(Boolean)) {
  const handle = openPostgres(`${options['postgres-url']}/${name}`);
  try {
    all.push(...(await benchTarget(`pg ${name.replace('ch_bench_', '')}`, handle, true)));
  } finally {
    await handle.close();
  }
}
if (options.pglite) {
  const handle = await openPglite(options.pglite);
  try {
    all.push(...(await benchTarget('pglite M', handle, false)));
  } finally {
    await handle.close();
  }
}

console.log(`\nSummary\n${header}`);
for (const f of all) printRow(f);
const targets = [...new Set(all.map((f) => f.target))];
if (targets.length >= 2) {
  const [m, l] = targets as [string, string];
  console.log(`\n${l} / ${m} (http loop p50) per case:`);
  for (const f of all.filter((x) => x.target === l)) {
    const other = all.find((x) => x.target === m && x.case.replace(/\d+/g, '') === f.case.replace(/\d+/g, ''));
    if (other) console.log(`  ${f.case.padEnd(43)} ${(f.loopP50 / other.loopP50).toFixed(2)}`);
  }
}
process.exit(0);
