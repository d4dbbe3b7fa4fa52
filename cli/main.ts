import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { Command, InvalidArgumentError, Option } from 'commander';
import { type UsageKind, usageKinds } from '../domain/contracts/usage.ts';
import { issueSetupLink } from '../server/features/setup/issue-setup-link.ts';
import { loadSystemClock } from '../server/platform/clock.ts';
import { loadConfig } from '../server/platform/config.ts';
import { prepareDatabase } from '../server/platform/database-roles.ts';
import { type DatabaseHandle, migrateDatabase, openPglite, openPostgres } from '../server/platform/db.ts';
import { AppError } from '../server/platform/errors.ts';
import { hasOrganisations } from '../server/seed/demo.ts';
import {
  type DataSetSizeName,
  dataSetSizes,
  type GenerationProgress,
  generateDataSet,
} from '../server/seed/generate.ts';
import { auditLogEntries, HubError, hubClient, pushUsage, whoAmI } from './api.ts';
import { auditVerify } from './audit-verify.ts';
import { BackupError, type BackupTarget, backup, restore } from './backup.ts';
import { importActor, importUsageFile, reportImport } from './import-usage.ts';

/**
 * `channel-hub serve | migrate | setup | setup-database | generate | import | audit verify | backup | restore`: the
 * operator's commands; `channel-hub api whoami | audit-log | push-usage`: an integrator's, over the HTTP API (api.ts).
 */

interface DatabaseOptions {
  databaseUrl?: string;
  data?: string;
}

function addDatabaseOptions(command: Command): Command {
  return command
    .option(
      '--database-url <url>',
      'PostgreSQL connection URL (default: $DATABASE_OWNER_URL, else $DATABASE_URL, else the embedded database)',
    )
    .option('--data <dir>', 'folder of the embedded database (default: $CHANNEL_HUB_DATA or ./data)');
}

function openFromOptions(options: DatabaseOptions): Promise<DatabaseHandle> | DatabaseHandle {
  const config = loadConfig();
  // Operator commands act as the owner role when one is configured (docs/OPERATIONS.md, Database roles).
  const url = options.databaseUrl ?? config.databaseOwnerUrl ?? config.databaseUrl;
  if (url) {
    console.log(`Database: PostgreSQL ${redact(url)}`);
    return openPostgres(url, 8);
  }
  const dataDir = options.data ? path.resolve(options.data) : config.dataDir;
  console.log(`Database: embedded (PGlite) in ${dataDir}`);
  return openPglite(dataDir);
}

function redact(url: string): string {
  const parsed = new URL(url);
  if (parsed.password) parsed.password = '***';
  return parsed.toString();
}

const seconds = (from: number) => `${((performance.now() - from) / 1000).toFixed(1)} s`;

function parseSeed(value: string): number {
  const seed = Number(value);
  if (!Number.isInteger(seed) || seed < 0) throw new InvalidArgumentError('The seed must be a whole number ≥ 0.');
  return seed;
}

function parseInstant(value: string): Date {
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) throw new InvalidArgumentError('Expected an ISO 8601 date and time.');
  return date;
}

async function migrate(options: DatabaseOptions): Promise<void> {
  const started = performance.now();
  const { databaseOwnerUrl, databaseUrl } = loadConfig();
  if (!options.databaseUrl && databaseOwnerUrl && databaseUrl) {
    const { runtimeRole } = await prepareDatabase({ ownerUrl: databaseOwnerUrl, runtimeUrl: databaseUrl });
    console.log(`Migrated as ${redact(databaseOwnerUrl)}, granted to ${runtimeRole}, in ${seconds(started)}.`);
    return;
  }
  const handle = await openFromOptions(options);
  try {
    await migrateDatabase(handle);
    console.log(`Migrated in ${seconds(started)}.`);
  } finally {
    await handle.close();
  }
}

async function generate(options: DatabaseOptions & { size: DataSetSizeName; seed: number; now?: Date }): Promise<void> {
  const started = performance.now();
  const handle = await openFromOptions(options);
  try {
    await migrateDatabase(handle);
    if (await hasOrganisations(handle.db)) {
      console.error('Refused: this database already has organisations. Generate into an empty database.');
      process.exitCode = 1;
      return;
    }
    // The time base comes from the clock (the demo clock's offset included); --now makes a run reproducible.
    const now = options.now ?? (await loadSystemClock(handle.db, true)).now();
    const size = dataSetSizes[options.size];
    console.log(`Generating data set ${size.name} (seed ${options.seed}, now ${now.toISOString()})…`);
    let lastPercent = -1;
    const report = await generateDataSet(handle.db, {
      size,
      seed: options.seed,
      now,
      onProgress: (progress: GenerationProgress) => {
        const percent = Math.floor((100 * progress.done) / Math.max(1, progress.total));
        if (progress.phase === 'customers' && percent === lastPercent) return;
        lastPercent = progress.phase === 'customers' ? percent : -1;
        const detail = progress.phase === 'customers' ? ` ${progress.done}/${progress.total} (${percent} %)` : '';
        console.log(`  ${progress.phase}${detail} — ${seconds(started)}`);
      },
    });
    console.log('Rows written:');
    for (const [table, rows] of Object.entries(report.rows)) console.log(`  ${table.padEnd(28)} ${rows}`);
    const s = report.seconds;
    console.log(
      `Done in ${seconds(started)} (rows ${s.rows.toFixed(1)} s, rollups ${s.rollups.toFixed(1)} s, analyze ${s.analyze.toFixed(1)} s).`,
    );
  } finally {
    await handle.close();
  }
}

async function importUsage(
  options: DatabaseOptions & { kind: UsageKind; file: string; format?: 'ndjson' | 'csv'; as?: string },
): Promise<void> {
  const format = options.format ?? (options.file.toLowerCase().endsWith('.csv') ? 'csv' : 'ndjson');
  const handle = await openFromOptions(options);
  try {
    await migrateDatabase(handle);
    const clock = await loadSystemClock(handle.db, loadConfig().demoMode);
    const actor = await importActor(handle.db, options.as);
    const totals = await importUsageFile(
      { db: handle.db, clock },
      { kind: options.kind, file: options.file, format, actor },
      (line) => process.stderr.write(`\r\x1b[2K${line}`),
    );
    process.stderr.write('\n');
    reportImport(totals, (line) => console.log(line));
    if (totals.rejected > 0) process.exitCode = 1;
  } finally {
    await handle.close();
  }
}

function backupTargetOf(options: DatabaseOptions): BackupTarget {
  const config = loadConfig();
  const url = options.databaseUrl ?? config.databaseUrl;
  if (url) {
    console.log(`Database: PostgreSQL ${redact(url)}`);
    return { kind: 'postgres', url };
  }
  const dataDir = options.data ? path.resolve(options.data) : config.dataDir;
  console.log(`Database: embedded (PGlite) in ${dataDir}`);
  return { kind: 'pglite', dataDir };
}

/** A refusal or a failed tool is a message and exit code 1, not a stack trace. */
async function reportingBackupErrors(work: () => Promise<void>): Promise<void> {
  try {
    await work();
  } catch (error) {
    if (!(error instanceof BackupError)) throw error;
    console.error(error.message);
    process.exitCode = 1;
  }
}

function backupCommand(options: DatabaseOptions & { out: string }): Promise<void> {
  return reportingBackupErrors(async () => {
    const started = performance.now();
    const out = path.resolve(options.out);
    const { bytes } = await backup(backupTargetOf(options), out);
    console.log(`Backed up to ${out} (${(bytes / 1024 / 1024).toFixed(1)} MB) in ${seconds(started)}.`);
  });
}

function restoreCommand(file: string, options: DatabaseOptions & { force?: boolean }): Promise<void> {
  return reportingBackupErrors(async () => {
    const started = performance.now();
    const report = await restore(backupTargetOf(options), path.resolve(file), { force: options.force === true });
    if (report.replacedTables > 0) console.log(`Replaced the existing database (${report.replacedTables} tables).`);
    console.log(
      `Restored ${file}: ${report.tables} tables, ${report.rows} rows, in ${seconds(started)}. Start the hub to apply any newer migrations.`,
    );
  });
}

/**
 * Issue #10, the first run: prints a one-time link (24 hours) on which the first vendor operator creates the
 * vendor organisation and chooses a password. Refused, exit code 1, once a vendor operator exists.
 */
async function setup(options: DatabaseOptions & { email: string; name: string }): Promise<void> {
  const handle = await openFromOptions(options);
  try {
    // No demo catalogue: like the server outside demo mode, a real installation starts with an empty one, which
    // its operators fill on the Catalogue page.
    await migrateDatabase(handle);
    const config = loadConfig();
    const clock = await loadSystemClock(handle.db, config.demoMode);
    const link = await issueSetupLink(
      { db: handle.db, clock, publicUrl: config.publicUrl },
      { email: options.email, name: options.name },
    );
    console.log(
      `Open this link to set up Channel Hub as ${options.email} (it works once, until ${link.expiresAt.toISOString()}):`,
    );
    console.log(`  ${link.url}`);
    console.log('The address comes from CHANNEL_HUB_PUBLIC_URL; set it to the address users open.');
  } catch (error) {
    if (!(error instanceof AppError && error.code === 'already_set_up')) throw error;
    console.error(`Refused: ${error.message}`);
    process.exitCode = 1;
  } finally {
    await handle.close();
  }
}

function parseEmail(value: string): string {
  const email = value.trim().toLowerCase();
  if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email)) throw new InvalidArgumentError('Expected an e-mail address.');
  return email;
}

async function setupDatabase(options: { ownerUrl?: string; runtimeUrl?: string }): Promise<void> {
  const config = loadConfig();
  const ownerUrl = options.ownerUrl ?? config.databaseOwnerUrl;
  const runtimeUrl = options.runtimeUrl ?? config.databaseUrl;
  if (!ownerUrl || !runtimeUrl) {
    console.error(
      'Refused: needs the owner URL (--owner-url or DATABASE_OWNER_URL) and the runtime URL (--runtime-url or ' +
        'DATABASE_URL). The embedded database has a single user and needs no setup.',
    );
    process.exitCode = 1;
    return;
  }
  const { runtimeRole, created } = await prepareDatabase({ ownerUrl, runtimeUrl, createRole: true });
  console.log(`Migrated as ${redact(ownerUrl)}; runtime role ${runtimeRole} ${created ? 'created' : 'updated'}.`);
  console.log(
    'Serve with DATABASE_URL set to the runtime URL (docs/OPERATIONS.md, "Database roles and the audit log").',
  );
}

async function verifyAudit(options: DatabaseOptions): Promise<void> {
  const handle = await openFromOptions(options);
  try {
    if (!(await auditVerify(handle.db, (line) => console.log(line)))) process.exitCode = 1;
  } finally {
    await handle.close();
  }
}

interface ApiOptions {
  url?: string;
  token?: string;
}

function addApiOptions(command: Command): Command {
  return command
    .option('--url <url>', 'the hub’s address (default: $CHANNEL_HUB_URL, else $CHANNEL_HUB_PUBLIC_URL)')
    .option('--token <token>', 'an API token (default: $CHANNEL_HUB_TOKEN; prefer the variable: argv is visible)');
}

/** Runs an API command with its client; a refusal of the hub is its message and exit code 1. */
async function withHub(options: ApiOptions, work: (client: ReturnType<typeof hubClient>) => Promise<void>) {
  const url = options.url ?? process.env.CHANNEL_HUB_URL ?? process.env.CHANNEL_HUB_PUBLIC_URL;
  const token = options.token ?? process.env.CHANNEL_HUB_TOKEN;
  if (!url || !token) {
    console.error('Refused: needs the hub’s address (--url or CHANNEL_HUB_URL) and a token (CHANNEL_HUB_TOKEN).');
    process.exitCode = 1;
    return;
  }
  try {
    await work(hubClient({ url, token }));
  } catch (error) {
    if (!(error instanceof HubError)) throw error;
    console.error(error.message);
    process.exitCode = 1;
  }
}

function parseCount(value: string): number {
  const count = Number(value);
  if (!Number.isInteger(count) || count < 1) throw new InvalidArgumentError('Expected a whole number ≥ 1.');
  return count;
}

const program = new Command('channel-hub').description('Channel Hub: partner hub for a reseller channel');

program
  .command('serve')
  .description('start the hub (configured by the environment variables of README.md)')
  .action(async () => {
    await import('../server/main.ts');
  });

addDatabaseOptions(program.command('migrate').description('apply every pending database migration')).action(migrate);

addDatabaseOptions(
  program
    .command('setup')
    .description('first run: print a one-time link on which the first vendor operator sets up the installation')
    .requiredOption('--email <address>', 'the first operator’s e-mail address', parseEmail)
    .requiredOption('--name <name>', 'the first operator’s name'),
).action(setup);

program
  .command('setup-database')
  .description('as the owner: migrate, install the job queue, create the runtime role and grant it its rights')
  .option('--owner-url <url>', 'the owner role (default: $DATABASE_OWNER_URL)')
  .option('--runtime-url <url>', 'the role the server connects as, with its password (default: $DATABASE_URL)')
  .action(setupDatabase);

addDatabaseOptions(
  program
    .command('audit')
    .command('verify')
    .description('check the audit log’s hash chains; exit code 1 names the first edited, inserted or missing row'),
).action(verifyAudit);

addDatabaseOptions(
  program
    .command('generate')
    .description('migrate, then load a generated data set into an empty database (SPEC §16)')
    .addOption(
      new Option('--size <size>', 'small (the demo data), M or L')
        .choices(Object.keys(dataSetSizes))
        .makeOptionMandatory(),
    )
    .option('--seed <n>', 'seed of the generator: the same seed and --now give the same data', parseSeed, 1)
    .option('--now <iso>', 'time base of the data (default: the current time)', parseInstant),
).action(generate);

addDatabaseOptions(
  program
    .command('import')
    .description('import usage (CAL-8) from an NDJSON or CSV file, in batches of 1,000, idempotently by record id')
    .addOption(new Option('--kind <kind>', 'what the file holds').choices(usageKinds).makeOptionMandatory())
    .requiredOption('--file <path>', 'the file to import')
    .addOption(new Option('--format <format>', 'default: csv for *.csv, else ndjson').choices(['ndjson', 'csv']))
    .option('--as <email>', 'the user the import acts as (default: the first vendor operator)'),
).action(importUsage);

addDatabaseOptions(
  program
    .command('backup')
    .description('back the database up into one file (PostgreSQL: pg_dump custom format; embedded: data-dir dump)')
    .requiredOption('--out <file>', 'the backup file to write'),
).action(backupCommand);

addDatabaseOptions(
  program
    .command('restore')
    .description('restore a backup; refuses a database that has tables unless --force')
    .argument('<file>', 'a file written by `channel-hub backup`')
    .option('--force', 'replace a database that is not empty (drops everything in it first)'),
).action(restoreCommand);

const api = program.command('api').description('an integrator’s commands against a running hub, with an API token');

addApiOptions(api.command('whoami').description('who the token acts as')).action((options: ApiOptions) =>
  withHub(options, async (client) => {
    const me = await whoAmI(client);
    console.log(`${me.name} <${me.email}> of ${me.organisation}: ${me.roles.join(', ')}`);
  }),
);

addApiOptions(
  api
    .command('audit-log')
    .description('the audit log the token may read (NOT-4), newest first, one JSON entry a line')
    .option('--actor <userId>', 'only entries by this user')
    .option('--action <action>', 'an action, or a prefix ending in a dot (`trial.`)')
    .option('--target-type <type>', 'only entries about this kind of object')
    .option('--target-id <id>', 'only entries about this object')
    .option('--from <iso>', 'from this instant (inclusive)')
    .option('--to <iso>', 'up to this instant (exclusive)')
    .option('--max <n>', 'at most this many entries', parseCount, 1000),
).action(
  (
    options: ApiOptions & {
      actor?: string;
      action?: string;
      targetType?: string;
      targetId?: string;
      from?: string;
      to?: string;
      max: number;
    },
  ) =>
    withHub(options, async (client) => {
      const { url: _url, token: _token, ...filters } = options;
      for await (const entry of auditLogEntries(client, filters)) console.log(JSON.stringify(entry));
    }),
);

addApiOptions(
  api
    .command('push-usage')
    .description('send usage (CAL-8) from an NDJSON or CSV file to the hub in batches, each with an Idempotency-Key')
    .addOption(new Option('--kind <kind>', 'what the file holds').choices(usageKinds).makeOptionMandatory())
    .requiredOption('--file <path>', 'the file to send')
    .addOption(new Option('--format <format>', 'default: csv for *.csv, else ndjson').choices(['ndjson', 'csv'])),
).action((options: ApiOptions & { kind: UsageKind; file: string; format?: 'ndjson' | 'csv' }) =>
  withHub(options, async (client) => {
    const format = options.format ?? (options.file.toLowerCase().endsWith('.csv') ? 'csv' : 'ndjson');
    const totals = await pushUsage(client, { kind: options.kind, file: options.file, format }, (line) =>
      process.stderr.write(`\r\x1b[2K${line}`),
    );
    process.stderr.write('\n');
    reportImport(totals, (line) => console.log(line));
    if (totals.rejected > 0) process.exitCode = 1;
  }),
);

await program.parseAsync(process.argv);
