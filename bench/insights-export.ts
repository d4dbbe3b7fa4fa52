import { parseArgs } from 'node:util';
import { sql } from 'drizzle-orm';
import { ManualClock } from '../domain/clock.ts';
import { buildApp } from '../server/app.ts';
import { loadConfig } from '../server/platform/config.ts';
import { openPostgres, rowsOf } from '../server/platform/db.ts';
import { demoPassword } from '../server/seed/named-accounts.ts';

/**
 * PERF-4: the vendor's whole-portfolio insights export (a row per customer and product, up to --rows) as CSV and
 * as XLSX, through the real HTTP server on loopback, against a PostgreSQL data set loaded by `channel-hub
 * generate` (L for the bar). Prints, per format, the median time to the last byte over --runs downloads and the
 * server's extra resident memory (peak RSS during the downloads minus RSS before). Bar: CSV ≤ 3 s, ≤ 50 MB.
 *
 *   npx tsx bench/insights-export.ts -- [--database ch_l] [--runs 3]
 */

const { values: options } = parseArgs({
  options: {
    database: { type: 'string', default: 'ch_l' },
    'postgres-url': { type: 'string', default: 'postgres://postgres@127.0.0.1:5432' },
    runs: { type: 'string', default: '3' },
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
const address = await app.listen({ host: '127.0.0.1', port: 0 });

const signIn = await fetch(`${address}/api/v1/auth/sign-in`, {
  method: 'POST',
  headers: { 'content-type': 'application/json' },
  body: JSON.stringify({ email: 'operator@vendor.demo', password: demoPassword }),
});
if (!signIn.ok) throw new Error(`sign-in failed: ${await signIn.text()}`);
const cookie = signIn.headers
  .getSetCookie()
  .map((c) => c.split(';')[0])
  .join('; ');

console.log(`PERF-4 insights export on ${options.database}, ${runs} runs each`);
for (const format of ['csv', 'xlsx'] as const) {
  const times: number[] = [];
  let peakExtra = 0;
  let bytes = 0;
  let rows = 0;
  for (let i = 0; i < runs; i++) {
    global.gc?.();
    const before = process.memoryUsage().rss;
    let peak = before;
    const sampler = setInterval(() => {
      peak = Math.max(peak, process.memoryUsage().rss);
    }, 20);
    const started = performance.now();
    const response = await fetch(`${address}/api/v1/insights.${format}`, { headers: { cookie } });
    if (!response.ok || !response.body) throw new Error(`${format}: ${response.status}`);
    bytes = 0;
    let newlines = 0;
    const reader = response.body.getReader();
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      bytes += value.byteLength;
      if (format === 'csv') for (const b of value) if (b === 10) newlines += 1;
    }
    times.push(performance.now() - started);
    clearInterval(sampler);
    peakExtra = Math.max(peakExtra, peak - before);
    rows = newlines - 1;
  }
  times.sort((a, b) => a - b);
  console.log(
    `${format.padEnd(5)} median ${(times[Math.floor(times.length / 2)] ?? 0).toFixed(0)} ms to the last byte, ` +
      `${(bytes / 1e6).toFixed(1)} MB${format === 'csv' ? `, ${rows} rows` : ''}, ` +
      `extra RSS ≤ ${(peakExtra / 1e6).toFixed(1)} MB`,
  );
}
await app.close();
await handle.close();
