import { parseArgs } from 'node:util';
import { sql } from 'drizzle-orm';
import pg from 'pg';
import { endpointTypes } from '../domain/call-quality.ts';
import { ManualClock } from '../domain/clock.ts';
import { buildApp } from '../server/app.ts';
import { createApiToken } from '../server/features/api-tokens/manage-api-tokens.ts';
import { loadActorProfile } from '../server/platform/access.ts';
import { loadConfig } from '../server/platform/config.ts';
import { migrateDatabase, openPostgres, rowsOf } from '../server/platform/db.ts';
import { dataSetSizes, generateDataSet } from '../server/seed/generate.ts';
import { Random } from '../server/seed/random.ts';

/**
 * PERF-3, BEY-2: call legs per second through `POST /api/v1/usage/calls` in batches of 1,000 from several
 * concurrent senders (Bearer API token, loopback HTTP, server in this process), sustained for --seconds;
 * then how long until the analytics rollups show a batch (the time from sending it until call_quality_weekly
 * and usage_freshness have it), and that a batch sent again changes nothing. Targets: ≥ 50,000 legs/s,
 * visible within 5 s.
 *
 *   npm run bench:ingest -- [--database ch_bench_ingest_m] [--size M] [--seconds 5] [--senders 4] [--batch 1000]
 *
 * The database is created and loaded with the generated data set (--size) when missing or empty.
 */

const { values: options } = parseArgs({
  options: {
    database: { type: 'string', default: 'ch_bench_ingest_m' },
    'postgres-url': { type: 'string', default: 'postgres://postgres@127.0.0.1:5432' },
    size: { type: 'string', default: 'M' },
    seconds: { type: 'string', default: '5' },
    senders: { type: 'string', default: '4' },
    batch: { type: 'string', default: '1000' },
  },
});
const seconds = Number(options.seconds);
const senders = Number(options.senders);
const batchSize = Number(options.batch);

async function ensureDatabase(): Promise<string> {
  const admin = new pg.Client({ connectionString: `${options['postgres-url']}/postgres` });
  await admin.connect();
  try {
    const exists = await admin.query('select 1 from pg_database where datname = $1', [options.database]);
    if (exists.rowCount === 0) await admin.query(`create database "${options.database}"`);
  } finally {
    await admin.end();
  }
  return `${options['postgres-url']}/${options.database}`;
}

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] ?? Number.NaN;

interface Holder {
  customerId: string;
  userId: string;
}

async function main() {
  const url = await ensureDatabase();
  const handle = openPostgres(url, 24);
  const db = handle.db;
  await migrateDatabase(handle);
  const [loaded] = rowsOf<{ found: boolean }>(
    await db.execute(sql`select exists (select 1 from organisations) as found`),
  );
  if (!loaded?.found) {
    const size = dataSetSizes[options.size as keyof typeof dataSetSizes];
    if (!size) throw new Error(`unknown size ${options.size}`);
    const started = performance.now();
    await generateDataSet(db, { size, seed: 1, now: new Date('2026-11-20T12:00:00Z') });
    console.log(`loaded data set ${size.name} in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  }
  const [facts] = rowsOf<{ now: string; operator: string; legs: number }>(
    await db.execute(sql`select (select max(ingested_at) from call_legs)::text as now,
      (select user_id::text from role_assignments where role = 'vendor_operator' order by created_at limit 1) as operator,
      (select count(*)::int from call_legs) as legs`),
  );
  if (!facts?.operator) throw new Error('no vendor operator');
  const clock = new ManualClock(new Date(facts.now));
  const holders = rowsOf<Holder>(
    await db.execute(sql`select customer_id::text as "customerId", user_id::text as "userId"
      from licence_assignments where service_id = 'calling' and subscription_id is not null`),
  );
  const profile = await loadActorProfile(db, facts.operator);
  if (!profile) throw new Error('operator has no profile');
  const { secret } = await createApiToken({ db, clock }, profile.actor, { name: `bench ${Date.now()}` });

  const app = await buildApp({ config: loadConfig({ LOG_LEVEL: 'silent', CHANNEL_HUB_DEMO: '0' }), db, clock });
  await app.listen({ host: '127.0.0.1', port: 0 });
  const address = app.server.address();
  const endpoint = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}/api/v1/usage/calls`;
  const headers = { authorization: `Bearer ${secret}`, 'content-type': 'application/json' };
  console.log(
    `PostgreSQL ${options.database}: ${facts.legs.toLocaleString('en')} call legs stored, ${holders.length} calling licence holders; ` +
      `${senders} senders × batches of ${batchSize} for ${seconds} s`,
  );

  const rng = new Random('bench-ingest', Date.now());
  const weekStartMs = clock.now().getTime() - 6 * 86_400_000;
  let sequence = 0;
  const runId = Date.now().toString(36);
  const batchBody = (): string => {
    const legs = [];
    for (let i = 0; i < batchSize; i++) {
      const holder = rng.pick(holders);
      const n = sequence++;
      legs.push({
        id: `bench-${runId}-${n}`,
        customerId: holder.customerId,
        callId: `bench-call-${runId}-${n}`,
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
      });
    }
    return JSON.stringify(legs);
  };
  const send = async (body: string) => {
    const started = performance.now();
    const response = await fetch(endpoint, { method: 'POST', headers, body });
    const result = (await response.json()) as { accepted: number; duplicates: number; rejected: number };
    if (response.status !== 200 || result.rejected > 0) throw new Error(`ingest failed: ${JSON.stringify(result)}`);
    return { ...result, ms: performance.now() - started };
  };

  try {
    // Warm-up: connections, prepared plans, JIT of the server's code.
    for (let i = 0; i < 3; i++) await send(batchBody());

    let accepted = 0;
    const latencies: number[] = [];
    const startedAt = performance.now();
    const until = startedAt + seconds * 1000;
    await Promise.all(
      Array.from({ length: senders }, async () => {
        while (performance.now() < until) {
          const result = await send(batchBody());
          accepted += result.accepted;
          latencies.push(result.ms);
        }
      }),
    );
    const elapsed = (performance.now() - startedAt) / 1000;
    latencies.sort((a, b) => a - b);

    // Visibility: one more batch, timed from sending until the rollups an analytics page reads have it.
    const before = rowsOf<{ legs: number }>(
      await db.execute(sql`select coalesce(sum(legs), 0)::int as legs from call_quality_weekly`),
    )[0]?.legs as number;
    const probe = batchBody();
    const probeStarted = performance.now();
    await send(probe);
    let visibleMs = Number.NaN;
    for (;;) {
      const [now] = rowsOf<{ legs: number }>(
        await db.execute(sql`select coalesce(sum(legs), 0)::int as legs from call_quality_weekly`),
      );
      if ((now?.legs ?? 0) >= before + batchSize) {
        visibleMs = performance.now() - probeStarted;
        break;
      }
      if (performance.now() - probeStarted > 30_000) break;
    }
    const again = await send(probe);

    console.log('\nFigures (PERF-3, BEY-2):');
    console.log(`  legs accepted            ${accepted.toLocaleString('en')} in ${elapsed.toFixed(1)} s`);
    console.log(
      `  throughput               ${Math.round(accepted / elapsed).toLocaleString('en')} legs/s (target ≥ 50,000)`,
    );
    console.log(
      `  batch latency            p50 ${percentile(latencies, 0.5).toFixed(0)} ms · p99 ${percentile(latencies, 0.99).toFixed(0)} ms (${latencies.length} batches)`,
    );
    console.log(`  visible in rollups after ${visibleMs.toFixed(0)} ms (target ≤ 5,000 ms)`);
    console.log(`  same batch sent again    accepted ${again.accepted}, duplicates ${again.duplicates} (idempotent)`);
  } finally {
    await app.close();
    await handle.close();
  }
}

await main();
