import { parseArgs } from 'node:util';
import pg from 'pg';
import { describeIngestCrash, runIngestCrash } from '../server/features/usage/ingest-crash.scenario.ts';
import { postgresProcessDatabase } from '../server/testing/server-process.ts';

/**
 * REL-3, ingest part, as a bounded script on a PostgreSQL database of its own (recreated, demo data): the run of
 * `server/features/usage/ingest-crash.scenario.ts`, which CI runs smaller in `ingest.crash.test.ts`, with more and
 * bigger batches. Exits with code 1 when anything was lost or doubled.
 *
 *   npm run bench:ingest-crash -- [--database ch_crash_ingest] [--batches 40] [--batch-size 1000] [--senders 4]
 */

const { values: options } = parseArgs({
  options: {
    database: { type: 'string', default: 'ch_crash_ingest' },
    'postgres-url': { type: 'string', default: 'postgres://postgres@127.0.0.1:5432' },
    batches: { type: 'string', default: '40' },
    'batch-size': { type: 'string', default: '1000' },
    senders: { type: 'string', default: '4' },
  },
});

async function admin(statement: string) {
  const client = new pg.Client({ connectionString: `${options['postgres-url']}/postgres` });
  await client.connect();
  try {
    await client.query(statement);
  } finally {
    await client.end();
  }
}

await admin(`drop database if exists "${options.database}" with (force)`);
await admin(`create database "${options.database}"`);
const database = postgresProcessDatabase(`${options['postgres-url']}/${options.database}`);
try {
  const report = await runIngestCrash({
    database,
    batches: Number(options.batches),
    batchSize: Number(options['batch-size']),
    senders: Number(options.senders),
  });
  console.log(describeIngestCrash(report));
  if (!report.ok) process.exitCode = 1;
} finally {
  await database.close();
}
