import { type ChildProcess, spawn } from 'node:child_process';
import { parseArgs } from 'node:util';
import pg from 'pg';

/**
 * REL-3, ingest part (a bounded script): the server is killed with SIGKILL while batches of call legs are in
 * flight, restarted on the same PostgreSQL database, and the sender resends every batch it has no answer for
 * — as any client would. Afterwards every record is stored exactly once and the rollups agree with the facts.
 * Exits with code 1 when anything was lost or doubled.
 *
 *   npm run bench:ingest-crash -- [--database ch_crash_ingest] [--port 3252] [--batches 40]
 */

const { values: options } = parseArgs({
  options: {
    database: { type: 'string', default: 'ch_crash_ingest' },
    'postgres-url': { type: 'string', default: 'postgres://postgres@127.0.0.1:5432' },
    port: { type: 'string', default: '3252' },
    batches: { type: 'string', default: '40' },
  },
});
const base = `http://127.0.0.1:${options.port}`;
const databaseUrl = `${options['postgres-url']}/${options.database}`;

async function admin(statement: string) {
  const client = new pg.Client({ connectionString: `${options['postgres-url']}/postgres` });
  await client.connect();
  try {
    await client.query(statement);
  } finally {
    await client.end();
  }
}

function startServer(): ChildProcess {
  return spawn('npx', ['tsx', 'server/main.ts'], {
    env: {
      ...process.env,
      DATABASE_URL: databaseUrl,
      PORT: options.port,
      HOST: '127.0.0.1',
      CHANNEL_HUB_DEMO: '1',
      LOG_LEVEL: 'warn',
    },
    stdio: 'ignore',
    detached: true,
  });
}

async function waitUntilUp() {
  for (let i = 0; i < 600; i++) {
    try {
      if ((await fetch(`${base}/api/v1/health`)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error('the server did not start');
}

async function json(path: string, init: RequestInit & { body?: string }) {
  const response = await fetch(`${base}${path}`, init);
  return { status: response.status, body: (await response.json()) as Record<string, unknown>, response };
}

async function main() {
  await admin(`drop database if exists "${options.database}" with (force)`);
  await admin(`create database "${options.database}"`);
  let server = startServer();
  await waitUntilUp();

  const signIn = await json('/api/v1/auth/sign-in', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: 'operator@vendor.demo', password: 'demo-password' }),
  });
  const cookie = (signIn.response.headers.get('set-cookie') ?? '').split(';')[0] as string;
  const created = await json('/api/v1/api-tokens', {
    method: 'POST',
    headers: { 'content-type': 'application/json', cookie, 'x-csrf-token': String(signIn.body.csrfToken) },
    body: JSON.stringify({ name: 'crash test' }),
  });
  const secret = String(created.body.secret);
  const db = new pg.Client({ connectionString: databaseUrl });
  await db.connect();
  const customers = (
    await db.query<{ id: string }>(`select id::text from organisations where kind = 'customer' order by id limit 20`)
  ).rows.map((r) => r.id);

  const batchCount = Number(options.batches);
  const batches = Array.from({ length: batchCount }, (_, b) =>
    JSON.stringify(
      Array.from({ length: 1_000 }, (_, i) => ({
        id: `crash-${b}-${i}`,
        customerId: customers[(b * 7 + i) % customers.length],
        callId: `crash-call-${b}-${i}`,
        startedAt: new Date(Date.now() - ((i * 37) % 400) * 3_600_000).toISOString(),
        durationSeconds: 30 + (i % 600),
        endpointType: ['desk_phone', 'web', 'mobile_app'][i % 3],
        mos: 2.5 + (i % 20) / 10,
      })),
    ),
  );
  const answered = new Set<number>();
  const send = async (b: number) => {
    try {
      const result = await json('/api/v1/usage/calls', {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${secret}` },
        body: batches[b] as string,
      });
      if (result.status === 200) answered.add(b);
    } catch {
      // the server died with this batch in flight: no answer
    }
  };

  // Four senders; the server is killed once a third of the batches have been answered.
  let next = 0;
  let killed = false;
  const sender = async () => {
    while (next < batchCount && !killed) {
      const b = next++;
      await send(b);
    }
  };
  const killer = (async () => {
    while (answered.size < batchCount / 3) await new Promise((resolve) => setTimeout(resolve, 5));
    killed = true;
    process.kill(-(server.pid as number), 'SIGKILL');
  })();
  await Promise.all([sender(), sender(), sender(), sender(), killer]);
  const beforeRestart = Number(
    (await db.query('select count(*)::int as n from call_legs where id like $1', ['crash-%'])).rows[0].n,
  );
  console.log(`killed with ${answered.size} of ${batchCount} batches answered; ${beforeRestart} legs committed`);

  server = startServer();
  await waitUntilUp();
  const unanswered = Array.from({ length: batchCount }, (_, b) => b).filter((b) => !answered.has(b));
  for (const b of unanswered) await send(b);
  // And one answered batch again, as a client that did not trust its answer would.
  await send(0);

  const [facts] = (
    await db.query(`
    select (select count(*)::int from call_legs where id like 'crash-%') as legs,
      (select count(distinct id)::int from call_legs where id like 'crash-%') as distinct_legs,
      (select coalesce(sum(legs), 0)::int from call_quality_weekly) as rollup_legs,
      (select count(*)::int from call_legs) as all_legs,
      (select count(*)::int from (
        select customer_id, date_trunc('week', started_at at time zone 'UTC')::date as week, endpoint_type, count(*) as n
        from call_legs group by 1, 2, 3) e
        full join call_quality_weekly q on q.customer_id = e.customer_id and q.week_start = e.week
          and q.endpoint_type = e.endpoint_type
        where q.legs is distinct from e.n::int) as mismatched_rows`)
  ).rows;
  await db.end();
  process.kill(-(server.pid as number), 'SIGTERM');
  const expected = batchCount * 1_000;
  const ok =
    facts.legs === expected &&
    facts.distinct_legs === expected &&
    facts.rollup_legs === facts.all_legs &&
    facts.mismatched_rows === 0;
  console.log(
    `after restart and resending ${unanswered.length} unanswered batches (+1 answered): ${facts.legs} legs stored ` +
      `of ${expected} sent (${facts.distinct_legs} distinct); call_quality_weekly counts ${facts.rollup_legs} legs ` +
      `for ${facts.all_legs} stored; ${facts.mismatched_rows} rollup rows differ from a recount → ${ok ? 'OK' : 'FAILED'}`,
  );
  if (!ok) process.exitCode = 1;
}

await main();
