import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import autocannon, { type Request } from 'autocannon';
import pg from 'pg';
import { demoPassword } from '../server/seed/demo.ts';
import {
  HubClient,
  type ProcessDatabase,
  pgliteProcessDatabase,
  postgresProcessDatabase,
  startServerProcess,
} from '../server/testing/server-process.ts';

/**
 * REL-6: a bounded soak of mixed reads and writes against the real server on loopback, as fast as this machine
 * answers. Each pass of a connection acts as one of several demo partner accounts: customer list pages with
 * filters and sorts, a customer's detail, subscriptions and activity, analytics, a tag created, put on a
 * customer, filtered by, taken off and deleted, a saved view created, listed and deleted, trial reads, and a small
 * usage batch ingested. Every answer is expected to be 2xx; anything else counts as an error. The server's
 * resident memory is sampled every 10 s.
 *
 *   npm run soak -- [--minutes 10] [--connections 16] [--database ch_soak | --data DIR]
 *
 * The PostgreSQL database is created with the demo data when missing; a data set loaded by `generate` works too.
 */

const { values: options } = parseArgs({
  options: {
    minutes: { type: 'string', default: '10' },
    connections: { type: 'string', default: '16' },
    database: { type: 'string', default: 'ch_soak' },
    'postgres-url': { type: 'string', default: 'postgres://postgres@127.0.0.1:5432' },
    data: { type: 'string' },
  },
});
const seconds = Math.round(Number(options.minutes) * 60);
const SAMPLE_MS = 10_000;
const WARM_UP_MS = 60_000;

interface Account {
  email: string;
  headers: Record<string, string>;
  customers: string[];
  trials: string[];
}

async function openDatabase(): Promise<ProcessDatabase> {
  if (options.data) return pgliteProcessDatabase(options.data);
  const admin = new pg.Client({ connectionString: `${options['postgres-url']}/postgres` });
  await admin.connect();
  try {
    const found = await admin.query('select 1 from pg_database where datname = $1', [options.database]);
    if (found.rowCount === 0) await admin.query(`create database "${options.database}"`);
  } finally {
    await admin.end();
  }
  return postgresProcessDatabase(`${options['postgres-url']}/${options.database}`);
}

async function accountOf(url: string, email: string): Promise<Account | undefined> {
  const client = await HubClient.signIn(url, email, demoPassword);
  const customers = await client.ok<{ items: { id: string }[] }>('GET', '/api/v1/customers?limit=50');
  const trials = await client.ok<{ items: { id: string }[] }>('GET', '/api/v1/trials?limit=20');
  if (customers.items.length === 0) return undefined;
  return {
    email,
    headers: client.authHeaders,
    customers: customers.items.map((c) => c.id),
    trials: trials.items.map((t) => t.id),
  };
}

const listQueries = [
  'limit=50&sort=name',
  'limit=50&sort=-status',
  'limit=50&status=expiring_soon,over_licence&sort=name',
  'limit=50&subscriptionStatus=active&sort=-subscriptionStatus',
  'limit=50&needsAttention=true',
  'limit=50&q=a&sort=name',
];

/** The requests of one pass; each pass draws its account, and keeps the ids it created in `context`. */
function requestCycle(accounts: Account[], ingestToken: string, customersForIngest: string[]): Request[] {
  let pass = 0;
  let sequence = 0;
  // Names stay unique across runs on one database (a run cut mid-pass leaves its last tag and view behind).
  const run = Date.now().toString(36);
  const pick = <T>(items: T[]) => items[Math.floor(Math.random() * items.length)] as T;
  type Context = { account: Account; customerId: string; tagId?: string; viewId?: string };
  const as = (context: Context, request: Request, changes: Partial<Request>): Request => ({
    ...request,
    ...changes,
    headers: { ...context.account.headers, ...(changes.body ? { 'content-type': 'application/json' } : {}) },
  });
  const idFrom = (key: 'tagId' | 'viewId') => (status: number, body: string, context: Context) => {
    if (status === 201) context[key] = (JSON.parse(body) as { id: string }).id;
  };
  const step = (
    name: string,
    setup: (context: Context) => Partial<Request>,
    onResponse?: (status: number, body: string, context: Context) => void,
  ): Request => ({
    title: name,
    setupRequest: (request: Request, context: Context) => as(context, request, setup(context)),
    onResponse,
  });
  return [
    {
      title: 'customer list',
      setupRequest: (request: Request, context: Context) => {
        context.account = accounts[pass++ % accounts.length] as Account;
        context.customerId = pick(context.account.customers);
        return as(context, request, { method: 'GET', path: `/api/v1/customers?${pick(listQueries)}` });
      },
    },
    step('customer list, filtered', () => ({ method: 'GET', path: `/api/v1/customers?${pick(listQueries)}` })),
    step('customers summary', () => ({ method: 'GET', path: '/api/v1/customers/summary' })),
    step('customer detail', (c) => ({ method: 'GET', path: `/api/v1/customers/${c.customerId}` })),
    step('customer subscriptions', (c) => ({ method: 'GET', path: `/api/v1/customers/${c.customerId}/subscriptions` })),
    step('customer activity', (c) => ({ method: 'GET', path: `/api/v1/customers/${c.customerId}/activity` })),
    step('analytics subscriptions', () => ({ method: 'GET', path: '/api/v1/analytics/subscriptions' })),
    step('analytics section', () => ({ method: 'GET', path: '/api/v1/analytics/subscriptions/expiring' })),
    step('analytics calling', () => ({ method: 'GET', path: '/api/v1/analytics/calling' })),
    step('analytics calling table', () => ({ method: 'GET', path: '/api/v1/analytics/calling/usage' })),
    step(
      'tag create',
      () => ({ method: 'POST', path: '/api/v1/tags', body: JSON.stringify({ name: `soak ${run} ${++sequence}` }) }),
      idFrom('tagId'),
    ),
    step('tag assign', (c) => ({ method: 'PUT', path: `/api/v1/customers/${c.customerId}/tags/${c.tagId}` })),
    step('customer list by tag', (c) => ({ method: 'GET', path: `/api/v1/customers?limit=50&tag=${c.tagId}` })),
    step('tag unassign', (c) => ({ method: 'DELETE', path: `/api/v1/customers/${c.customerId}/tags/${c.tagId}` })),
    step('tag delete', (c) => ({ method: 'DELETE', path: `/api/v1/tags/${c.tagId}` })),
    step('tags', () => ({ method: 'GET', path: '/api/v1/tags' })),
    step(
      'view create',
      () => ({
        method: 'POST',
        path: '/api/v1/views',
        body: JSON.stringify({ name: `soak view ${run} ${++sequence}`, query: pick(listQueries) }),
      }),
      idFrom('viewId'),
    ),
    step('views', () => ({ method: 'GET', path: '/api/v1/views' })),
    step('view delete', (c) => ({ method: 'DELETE', path: `/api/v1/views/${c.viewId}` })),
    step('trials', () => ({ method: 'GET', path: '/api/v1/trials?limit=50' })),
    step('trial detail', (c) =>
      c.account.trials.length > 0
        ? { method: 'GET', path: `/api/v1/trials/${pick(c.account.trials)}` }
        : { method: 'GET', path: '/api/v1/trials?limit=10' },
    ),
    {
      title: 'ingest 10 calls',
      setupRequest: (request: Request) => {
        const batch = ++sequence;
        const body = Array.from({ length: 10 }, (_, i) => ({
          id: `soak-${process.pid}-${batch}-${i}`,
          customerId: pick(customersForIngest),
          callId: `soak-call-${process.pid}-${batch}-${i}`,
          startedAt: new Date(Date.now() - i * 60_000).toISOString(),
          durationSeconds: 60 + i,
          endpointType: 'web',
          mos: 4.1,
        }));
        return {
          ...request,
          method: 'POST',
          path: '/api/v1/usage/calls',
          headers: { authorization: `Bearer ${ingestToken}`, 'content-type': 'application/json' },
          body: JSON.stringify(body),
        };
      },
    },
  ];
}

function residentMegabytes(pid: number): number {
  const line = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
  return Math.round(Number(line?.[1] ?? 0) / 1024);
}

/** Least-squares slope of resident memory after the warm-up, in MB per minute. */
function slopePerMinute(samples: { atMs: number; mb: number }[]): number {
  const n = samples.length;
  if (n < 2) return 0;
  const meanX = samples.reduce((s, p) => s + p.atMs, 0) / n;
  const meanY = samples.reduce((s, p) => s + p.mb, 0) / n;
  const num = samples.reduce((s, p) => s + (p.atMs - meanX) * (p.mb - meanY), 0);
  const den = samples.reduce((s, p) => s + (p.atMs - meanX) ** 2, 0);
  return (num / den) * 60_000;
}

const database = await openDatabase();
const server = await startServerProcess({ database, env: { CHANNEL_HUB_DEMO: '1' } });
const stopOnSignal = () => server.stop().then(() => process.exit(130));
process.once('SIGINT', stopOnSignal);
try {
  const emails = ['full@partner1.demo', 'admin@partner1.demo', 'full@partner2.demo', 'full@partner-t2.demo'];
  const accounts = (await Promise.all(emails.map((email) => accountOf(server.url, email)))).filter(
    (a): a is Account => a !== undefined,
  );
  const operator = await HubClient.signIn(server.url, 'operator@vendor.demo', demoPassword);
  const { secret } = await operator.ok<{ secret: string }>('POST', '/api/v1/api-tokens', {
    name: `soak ${Date.now()}`,
  });
  const customersForIngest = accounts.flatMap((a) => a.customers);

  const started = Date.now();
  const samples: { atMs: number; mb: number }[] = [{ atMs: 0, mb: residentMegabytes(server.pid) }];
  const sampler = setInterval(() => {
    const sample = { atMs: Date.now() - started, mb: residentMegabytes(server.pid) };
    samples.push(sample);
    console.log(`  ${Math.round(sample.atMs / 1000)} s: server resident memory ${sample.mb} MB`);
  }, SAMPLE_MS);
  const failures = new Map<string, number>();
  // Per step: answers and their summed time from setup to answer (a connection has one request in flight).
  const stepTimes = new Map<string, { count: number; totalMs: number }>();
  const requests = requestCycle(accounts, secret, customersForIngest).map((request) => ({
    ...request,
    setupRequest: (raw: Request, context: { sentAt?: number }) => {
      const prepared = request.setupRequest ? request.setupRequest(raw, context) : raw;
      context.sentAt = performance.now();
      return prepared;
    },
    onResponse: (status: number, body: string, context: { sentAt?: number }) => {
      if (status < 200 || status > 299) {
        const key = `${request.title} → ${status} ${body.slice(0, 120)}`;
        failures.set(key, (failures.get(key) ?? 0) + 1);
      }
      const time = stepTimes.get(request.title ?? '') ?? { count: 0, totalMs: 0 };
      time.count += 1;
      time.totalMs += performance.now() - (context.sentAt ?? performance.now());
      stepTimes.set(request.title ?? '', time);
      request.onResponse?.(status, body, context);
    },
  }));
  console.log(
    `Soak: ${seconds} s, ${options.connections} connections, accounts ${accounts.map((a) => a.email).join(', ')}, ` +
      `${requests.length} requests a pass, server pid ${server.pid} at ${server.url}`,
  );
  const result = await autocannon({
    url: server.url,
    connections: Number(options.connections),
    duration: seconds,
    timeout: 30,
    requests,
  });
  clearInterval(sampler);
  samples.push({ atMs: Date.now() - started, mb: residentMegabytes(server.pid) });

  const steady = samples.filter((s) => s.atMs >= WARM_UP_MS);
  const half = Math.floor(steady.length / 2);
  const firstHalfMax = Math.max(...steady.slice(0, half).map((s) => s.mb));
  const secondHalfMax = Math.max(...steady.slice(half).map((s) => s.mb));
  // Too short a run to judge (under a few samples after the warm-up) is reported as such, not as flat.
  const judged = steady.length >= 4;
  const flat = judged && secondHalfMax <= firstHalfMax * 1.1;
  const errors = result.non2xx + result.errors + result.timeouts;
  console.log(`\nrequests: ${result.requests.total} in ${seconds} s → ${result.requests.average.toFixed(0)} req/s`);
  console.log(`latency: p50 ${result.latency.p50} ms, p99 ${result.latency.p99} ms, max ${result.latency.max} ms`);
  console.log(
    `errors: ${errors} (non-2xx ${result.non2xx}, connection errors ${result.errors}, timeouts ${result.timeouts})`,
  );
  for (const [what, count] of failures) console.log(`  ${count} × ${what}`);
  const slowest = [...stepTimes].sort(([, a], [, b]) => b.totalMs / b.count - a.totalMs / a.count).slice(0, 6);
  console.log(
    `slowest steps (mean): ${slowest.map(([t, v]) => `${t} ${(v.totalMs / v.count).toFixed(0)} ms`).join(', ')}`,
  );
  console.log(
    `server resident memory: ${samples.map((s) => s.mb).join(' ')} MB; after the first minute ` +
      `${slopePerMinute(steady).toFixed(2)} MB/min, peak ${firstHalfMax} MB in the first half and ${secondHalfMax} MB ` +
      `in the second → ${judged ? (flat ? 'flat' : 'GROWING') : 'too short to judge'}`,
  );
  if (errors > 0 || (judged && !flat)) process.exitCode = 1;
} finally {
  process.removeListener('SIGINT', stopOnSignal);
  await server.stop();
  await database.close();
}
