import { parseArgs } from 'node:util';
import { sql } from 'drizzle-orm';
import { ManualClock } from '../domain/clock.ts';
import { callingTables, subscriptionSections } from '../domain/contracts/analytics.ts';
import { buildApp } from '../server/app.ts';
import { loadConfig } from '../server/platform/config.ts';
import { openPostgres, rowsOf } from '../server/platform/db.ts';
import { demoPassword } from '../server/seed/named-accounts.ts';

/**
 * PERF-2: every analytics endpoint (KPIs plus the first page of its table) for the partner with the most
 * customers (Partner One on data sets M and L) and for the vendor's installation-wide view, against a
 * PostgreSQL data set loaded by `channel-hub generate`. Requests go through the whole server (Fastify
 * inject: routing, auth, validation, SQL, serialisation) one at a time; each figure is the median and p99
 * of --runs requests after two warm-up requests. The clock is set to the data set's latest ingest, so the
 * figures are those of the day the data was generated.
 *
 *   npm run bench:analytics -- [--database ch_analytics_m] [--runs 15]
 */

const { values: options } = parseArgs({
  options: {
    database: { type: 'string', default: 'ch_analytics_m' },
    'postgres-url': { type: 'string', default: 'postgres://postgres@127.0.0.1:5432' },
    runs: { type: 'string', default: '15' },
  },
});
const runs = Number(options.runs);

const handle = openPostgres(`${options['postgres-url']}/${options.database}`);
const [latest] = rowsOf<{ at: Date | string | null }>(
  await handle.db.execute(sql`select max(data_as_of) as at from usage_freshness`),
);
if (!latest?.at) throw new Error(`${options.database} holds no usage: load a data set with channel-hub generate`);
const clock = new ManualClock(new Date(latest.at));
const config = { ...loadConfig({ CHANNEL_HUB_DEMO: '1', LOG_LEVEL: process.env.LOG_LEVEL ?? 'silent' }) };
const app = await buildApp({ config, db: handle.db, clock });

async function signIn(email: string) {
  const response = await app.inject({
    method: 'POST',
    url: '/api/v1/auth/sign-in',
    payload: { email, password: demoPassword },
  });
  if (response.statusCode !== 200) throw new Error(`sign-in of ${email} failed: ${response.body}`);
  return response.cookies.map((c) => `${c.name}=${c.value}`).join('; ');
}

const paths = [
  ...['meetings', 'calling'].flatMap((product) => [
    `/api/v1/analytics/subscriptions?product=${product}`,
    ...subscriptionSections.map((s) => `/api/v1/analytics/subscriptions/${s}?product=${product}&pageSize=25`),
  ]),
  '/api/v1/analytics/calling',
  ...callingTables.map((t) => `/api/v1/analytics/calling/${t}?pageSize=25`),
];

const quantile = (sorted: number[], q: number) =>
  sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)] ?? 0;

console.log(`PERF-2 analytics on ${options.database}, now = ${clock.now().toISOString()}, ${runs} runs each`);
console.log('viewer      endpoint                                                          median ms   p99 ms');
for (const [viewer, email] of [
  ['partner', 'full@partner1.demo'],
  ['vendor', 'operator@vendor.demo'],
] as const) {
  const cookie = await signIn(email);
  for (const url of paths) {
    const times: number[] = [];
    for (let i = 0; i < runs + 2; i++) {
      const started = performance.now();
      const response = await app.inject({ method: 'GET', url, headers: { cookie } });
      const elapsed = performance.now() - started;
      if (response.statusCode !== 200) throw new Error(`${url}: ${response.statusCode} ${response.body}`);
      if (i >= 2) times.push(elapsed);
    }
    times.sort((a, b) => a - b);
    console.log(
      `${viewer.padEnd(11)} ${url.replace('/api/v1/analytics', '').padEnd(65)} ${quantile(times, 0.5)
        .toFixed(1)
        .padStart(9)} ${quantile(times, 0.99).toFixed(1).padStart(8)}`,
    );
  }
}
await app.close();
await handle.close();
