import { sql } from 'drizzle-orm';
import { rowsOf } from '../../platform/db.ts';
import { demoPassword } from '../../seed/demo.ts';
import { HubClient, type ProcessDatabase, startServerProcess } from '../../testing/server-process.ts';

/**
 * REL-3, ingest part, shared by `ingest.crash.test.ts` (CI, both databases) and `bench/ingest-crash.ts` (a bigger
 * run on PostgreSQL): the real server is killed with SIGKILL while batches of call legs are in flight, restarted
 * on the same database, and the sender resends every batch it has no answer for — as any client would — plus one
 * answered batch, as a client that did not trust its answer would. Then the facts and the rollups are recounted.
 */

export interface IngestCrashOptions {
  /** A fresh database; the server loads the demo data into it on its first start. */
  database: ProcessDatabase;
  batches: number;
  batchSize: number;
  /** Concurrent senders, each with one batch in flight. */
  senders: number;
}

export interface IngestCrashReport {
  batches: number;
  answeredBeforeKill: number;
  /** Requests that were in flight when the server died, and got no answer. */
  interrupted: number;
  /** Legs of this run committed at the kill, answered or not. */
  committedAtKill: number;
  resent: number;
  expectedLegs: number;
  storedLegs: number;
  distinctLegs: number;
  /** Legs counted by call_quality_weekly, and all legs stored (the demo data's included). */
  rollupLegs: number;
  allLegs: number;
  /** Rollup rows that differ from a recount of the facts. */
  mismatchedRollupRows: number;
  ok: boolean;
}

const RECORD_PREFIX = 'crash-';
const KILL_WHEN_ANSWERED = 1 / 3;

type Batch = { index: number; body: string };

/** The batches: record ids and calls unique per run, spread over the customers and the last 400 hours. */
function buildBatches(options: IngestCrashOptions, customers: string[], now: number): Batch[] {
  return Array.from({ length: options.batches }, (_, b) => ({
    index: b,
    body: JSON.stringify(
      Array.from({ length: options.batchSize }, (_, i) => ({
        id: `${RECORD_PREFIX}${b}-${i}`,
        customerId: customers[(b * 7 + i) % customers.length],
        callId: `${RECORD_PREFIX}call-${b}-${i}`,
        startedAt: new Date(now - ((i * 37) % 400) * 3_600_000).toISOString(),
        durationSeconds: 30 + (i % 600),
        endpointType: ['desk_phone', 'web', 'mobile_app'][i % 3],
        mos: 2.5 + (i % 20) / 10,
      })),
    ),
  }));
}

export async function runIngestCrash(options: IngestCrashOptions): Promise<IngestCrashReport> {
  let server = await startServerProcess({ database: options.database });
  const operator = await HubClient.signIn(server.url, 'operator@vendor.demo', demoPassword);
  const { secret } = await operator.ok<{ secret: string }>('POST', '/api/v1/api-tokens', { name: 'crash test' });
  const { items } = await operator.ok<{ items: { id: string }[] }>('GET', '/api/v1/customers?limit=20');
  const batches = buildBatches(
    options,
    items.map((c) => c.id),
    Date.now(),
  );

  const answered = new Set<number>();
  let interrupted = 0;
  const send = async (client: HubClient, batch: Batch) => {
    try {
      const answer = await client.request('POST', '/api/v1/usage/calls', batch.body);
      if (answer.status !== 200) throw new Error(`batch ${batch.index} answered ${answer.status}`);
      answered.add(batch.index);
    } catch (error) {
      if (error instanceof TypeError)
        interrupted += 1; // fetch failed: the server died with this batch in flight
      else throw error;
    }
  };

  // The senders stop taking batches once the kill was ordered; the kill waits for nothing in flight.
  let client = HubClient.withToken(server.url, secret);
  let next = 0;
  let killing: Promise<void> | undefined;
  const sender = async () => {
    while (next < batches.length && !killing) {
      await send(client, batches[next++] as Batch);
      if (!killing && answered.size >= batches.length * KILL_WHEN_ANSWERED) killing = server.kill();
    }
  };
  await Promise.all(Array.from({ length: options.senders }, sender));
  await killing;
  const answeredBeforeKill = answered.size;
  const committedAtKill = await options.database.use(async ({ db }) => {
    const [row] = rowsOf<{ legs: number }>(
      await db.execute(sql`select count(*)::int as legs from call_legs where id like ${`${RECORD_PREFIX}%`}`),
    );
    return row?.legs ?? 0;
  });

  server = await startServerProcess({ database: options.database });
  client = HubClient.withToken(server.url, secret);
  const unanswered = batches.filter((b) => !answered.has(b.index));
  for (const batch of unanswered) await send(client, batch);
  await send(client, batches[0] as Batch);
  await server.stop();

  const counts = await options.database.use(async ({ db }) => {
    const [row] = rowsOf<Omit<IngestCrashReport, 'ok' | 'batches' | 'answeredBeforeKill' | 'interrupted' | 'resent'>>(
      await db.execute(sql`
        select (select count(*)::int from call_legs where id like ${`${RECORD_PREFIX}%`}) as "storedLegs",
          (select count(distinct id)::int from call_legs where id like ${`${RECORD_PREFIX}%`}) as "distinctLegs",
          (select coalesce(sum(legs), 0)::int from call_quality_weekly) as "rollupLegs",
          (select count(*)::int from call_legs) as "allLegs",
          (select count(*)::int from (
            select customer_id, date_trunc('week', started_at at time zone 'UTC')::date as week, endpoint_type,
              count(*) as n
            from call_legs group by 1, 2, 3) e
            full join call_quality_weekly q on q.customer_id = e.customer_id and q.week_start = e.week
              and q.endpoint_type = e.endpoint_type
            where q.legs is distinct from e.n::int) as "mismatchedRollupRows",
          ${committedAtKill}::int as "committedAtKill",
          ${options.batches * options.batchSize}::int as "expectedLegs"`),
    );
    if (!row) throw new Error('recount returned nothing');
    return row;
  });
  return {
    batches: options.batches,
    answeredBeforeKill,
    interrupted,
    resent: unanswered.length + 1,
    ...counts,
    ok:
      counts.storedLegs === counts.expectedLegs &&
      counts.distinctLegs === counts.expectedLegs &&
      counts.rollupLegs === counts.allLegs &&
      counts.mismatchedRollupRows === 0,
  };
}

/** One line for people: what was killed, what was resent, what the recount found. */
export function describeIngestCrash(report: IngestCrashReport): string {
  return (
    `ingest crash: killed with ${report.answeredBeforeKill} of ${report.batches} batches answered and ` +
    `${report.interrupted} in flight (${report.committedAtKill} legs committed); after restart, resent ` +
    `${report.resent} batches (the unanswered and one answered): ${report.storedLegs} legs stored of ` +
    `${report.expectedLegs} (${report.distinctLegs} distinct); call_quality_weekly counts ${report.rollupLegs} legs ` +
    `for ${report.allLegs} stored; ${report.mismatchedRollupRows} rollup rows differ from a recount → ` +
    (report.ok ? 'OK' : 'FAILED')
  );
}
