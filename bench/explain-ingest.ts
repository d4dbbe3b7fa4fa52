import { parseArgs } from 'node:util';
import { sql } from 'drizzle-orm';
import { drizzle } from 'drizzle-orm/node-postgres';
import pg from 'pg';
import { endpointTypes } from '../domain/call-quality.ts';
import { ManualClock } from '../domain/clock.ts';
import * as schema from '../server/db/schema/index.ts';
import { ingestUsage } from '../server/features/usage/ingest-usage.ts';
import { loadActorProfile } from '../server/platform/access.ts';
import { type Database, migrateDatabase, openPostgres, rowsOf } from '../server/platform/db.ts';
import { Random } from '../server/seed/random.ts';

/**
 * PERF-3: `EXPLAIN (ANALYZE, BUFFERS)` of every statement one calls batch runs (ingest and its fold), on a
 * loaded database (it commits the batch: use a copy). PostgreSQL's auto_explain logs each plan, and the
 * session receives the logs as notices. Prints Markdown for docs/PERFORMANCE.md.
 *
 *   npx tsx bench/explain-ingest.ts --database h_perf_m_copy [--batch 1000]
 */

const { values: options } = parseArgs({
  options: {
    database: { type: 'string' },
    'postgres-url': { type: 'string', default: 'postgres://postgres@127.0.0.1:5432' },
    batch: { type: 'string', default: '1000' },
  },
});
if (!options.database) throw new Error('--database is required (a copy of a loaded data set)');

const url = `${options['postgres-url']}/${options.database}`;
const migrating = openPostgres(url, 1);
await migrateDatabase(migrating);
await migrating.close();
const client = new pg.Client({ connectionString: url, options: '-c jit=off' });
await client.connect();
const plans: string[] = [];
client.on('notice', (notice) => {
  if (notice.message?.includes('plan:')) plans.push(notice.message);
});
const db = drizzle(client, { schema }) as unknown as Database;

const [facts] = rowsOf<{ now: string; operator: string; legs: number }>(
  await db.execute(sql`select (select max(ingested_at) from call_legs)::text as now,
    (select user_id::text from role_assignments where role = 'vendor_operator' order by created_at limit 1) as operator,
    (select count(*)::int from call_legs) as legs`),
);
if (!facts?.operator) throw new Error('no vendor operator');
const holders = rowsOf<{ customerId: string; userId: string }>(
  await db.execute(sql`select customer_id::text as "customerId", user_id::text as "userId"
    from licence_assignments where service_id = 'calling' and subscription_id is not null`),
);
const profile = await loadActorProfile(db, facts.operator);
if (!profile) throw new Error('operator has no profile');
const clock = new ManualClock(new Date(facts.now));
const rng = new Random('explain-ingest', Date.now());
const runId = Date.now().toString(36);
const weekStartMs = clock.now().getTime() - 6 * 86_400_000;
const records = Array.from({ length: Number(options.batch) }, (_, n) => {
  const holder = rng.pick(holders);
  return {
    id: `explain-${runId}-${n}`,
    customerId: holder.customerId,
    callId: `explain-call-${runId}-${n}`,
    userId: holder.userId,
    startedAt: new Date(weekStartMs + rng.int(0, 6 * 86_400_000)).toISOString(),
    durationSeconds: rng.int(5, 1800),
    endpointType: rng.pick(endpointTypes),
    mos: Math.round(rng.real(2.5, 4.6) * 100) / 100,
    packetLossPct: Math.round(rng.real(0, 6) * 100) / 100,
    jitterMs: rng.int(1, 40),
    latencyMs: rng.int(20, 350),
    features: rng.chance(0.2) ? ['hold'] : [],
    queue: rng.chance(0.1) ? { id: 'q1', outcome: 'answered', waitSeconds: rng.int(1, 90) } : null,
  };
});

// A warm-up batch first, so the plans show a running server's cache, not a cold start.
await ingestUsage({ db, clock }, profile.actor, 'calls', records.slice(0, 100));
for (const setting of [
  "load 'auto_explain'",
  'set auto_explain.log_min_duration = 0',
  'set auto_explain.log_analyze = on',
  'set auto_explain.log_buffers = on',
  'set client_min_messages = log',
]) {
  await client.query(setting);
}
const started = performance.now();
const result = await ingestUsage({ db, clock }, profile.actor, 'calls', records.slice(100));
const elapsed = performance.now() - started;
await client.query('set client_min_messages = notice');
await client.end();

console.log(
  `### One batch of ${records.length - 100} call legs on ${options.database} (${facts.legs.toLocaleString('en')} legs stored): ` +
    `${elapsed.toFixed(0)} ms, accepted ${result.accepted}\n`,
);
for (const plan of plans) {
  const [head = '', ...rest] = plan.split('\n');
  const text = rest.join('\n');
  const planStart = text.search(/\n[A-Z][A-Za-z ]+ {2}\(cost=/);
  const query = (planStart > 0 ? text.slice(0, planStart) : text).replace(/^Query Text:\s*/, '').trim();
  console.log(
    `#### ${head.replace(/^duration: /, '').replace(/\s+plan:$/, '')} — ${query.split('\n')[0]?.slice(0, 100)}`,
  );
  console.log('```');
  console.log(planStart > 0 ? text.slice(planStart + 1) : text);
  console.log('```\n');
}
