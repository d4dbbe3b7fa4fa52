import { execFile } from 'node:child_process';
import {
  closeSync,
  existsSync,
  openSync,
  readdirSync,
  readFileSync,
  readSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { promisify } from 'node:util';
import { PGlite } from '@electric-sql/pglite';
import pg from 'pg';

/**
 * REL-7: backup and restore of either database (docs/OPERATIONS.md, Backup and restore). PostgreSQL goes through
 * pg_dump/pg_restore in the custom format (compressed, restorable table by table); the embedded database through
 * PGlite's data-dir dump (a gzipped tar of the whole folder). Neither engine's file restores into the other.
 */

const run = promisify(execFile);

export type BackupTarget = { kind: 'postgres'; url: string } | { kind: 'pglite'; dataDir: string };

export interface RestoreReport {
  /** Tables there were before (replaced with --force); 0 for an empty database. */
  replacedTables: number;
  tables: number;
  rows: number;
}

export class BackupError extends Error {}

/** libpq takes the password from the environment, so it never shows in the process list. */
function libpq(url: string): { dbname: string; env: NodeJS.ProcessEnv } {
  const parsed = new URL(url);
  const password = decodeURIComponent(parsed.password);
  parsed.password = '';
  return { dbname: parsed.toString(), env: password ? { ...process.env, PGPASSWORD: password } : process.env };
}

async function majorVersionOf(tool: 'pg_dump' | 'pg_restore'): Promise<number> {
  try {
    const { stdout } = await run(tool, ['--version']);
    const major = /(\d+)(?:\.\d+)?/.exec(stdout)?.[1];
    if (major) return Number(major);
  } catch {
    // fall through: not installed
  }
  throw new BackupError(`${tool} is not installed (Debian: apt-get install postgresql-client).`);
}

async function withClient<T>(url: string, use: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await use(client);
  } finally {
    await client.end();
  }
}

/** pg_dump must be at least the server's major version (it refuses older servers' successors). */
async function checkToolVersion(tool: 'pg_dump' | 'pg_restore', client: pg.Client): Promise<void> {
  const toolMajor = await majorVersionOf(tool);
  const { rows } = await client.query<{ v: string }>('show server_version_num');
  const serverMajor = Math.floor(Number(rows[0]?.v) / 10_000);
  if (toolMajor < serverMajor) {
    throw new BackupError(
      `${tool} ${toolMajor} is older than the server (PostgreSQL ${serverMajor}); install ${tool} ${serverMajor}.`,
    );
  }
}

const userTables = `
  select quote_ident(schemaname) || '.' || quote_ident(tablename) as name from pg_tables
  where schemaname not in ('pg_catalog', 'information_schema') order by 1`;

/** Every user table of the database with its row count. */
async function contentsOf(
  query: (text: string) => Promise<{ rows: unknown[] }>,
): Promise<{ tables: number; rows: number }> {
  const tables = (await query(userTables)).rows as { name: string }[];
  let rows = 0;
  for (const { name } of tables) {
    const [row] = (await query(`select count(*)::bigint as n from ${name}`)).rows as { n: string | number }[];
    rows += Number(row?.n ?? 0);
  }
  return { tables: tables.length, rows };
}

export async function backup(target: BackupTarget, file: string): Promise<{ bytes: number }> {
  if (target.kind === 'postgres') {
    await withClient(target.url, (client) => checkToolVersion('pg_dump', client));
    const { dbname, env } = libpq(target.url);
    await run('pg_dump', ['--format=custom', '--no-owner', `--file=${file}`, `--dbname=${dbname}`], {
      env,
      maxBuffer: 16 * 1024 * 1024,
    });
  } else {
    if (!existsSync(`${target.dataDir}/PG_VERSION`)) {
      throw new BackupError(`${target.dataDir} holds no embedded database.`);
    }
    const pglite = await PGlite.create(target.dataDir);
    try {
      const dump = await pglite.dumpDataDir('gzip');
      writeFileSync(file, Buffer.from(await dump.arrayBuffer()));
    } finally {
      await pglite.close();
    }
  }
  return { bytes: statSync(file).size };
}

/** What a backup file holds, from its first bytes: pg_dump's custom format starts with PGDMP, PGlite's is gzip. */
function formatOf(file: string): 'postgres' | 'pglite' {
  if (!existsSync(file)) throw new BackupError(`${file} does not exist.`);
  const head = Buffer.alloc(5);
  const fd = openSync(file, 'r');
  try {
    readSync(fd, head, 0, 5, 0);
  } finally {
    closeSync(fd);
  }
  if (head.toString('latin1') === 'PGDMP') return 'postgres';
  if (head[0] === 0x1f && head[1] === 0x8b) return 'pglite';
  throw new BackupError(`${file} is neither a PostgreSQL (pg_dump custom format) nor an embedded database backup.`);
}

function assertFormatFits(file: string, target: BackupTarget): void {
  const format = formatOf(file);
  if (format === target.kind) return;
  throw new BackupError(
    format === 'postgres'
      ? `${file} is a PostgreSQL backup: restore it with --database-url (or DATABASE_URL).`
      : `${file} is an embedded database backup: restore it with --data (and DATABASE_URL unset).`,
  );
}

/**
 * Restores `file` into `target`. A database that already has tables is refused unless `force`, which first drops
 * every schema of it (PostgreSQL) or the data folder (embedded). PostgreSQL restores in one transaction: a failure
 * leaves the database empty, never half restored.
 */
export async function restore(target: BackupTarget, file: string, options: { force: boolean }): Promise<RestoreReport> {
  assertFormatFits(file, target);
  return target.kind === 'postgres'
    ? restorePostgres(target.url, file, options.force)
    : restorePglite(target.dataDir, file, options.force);
}

async function restorePostgres(url: string, file: string, force: boolean): Promise<RestoreReport> {
  const replacedTables = await withClient(url, async (client) => {
    await checkToolVersion('pg_restore', client);
    const { tables } = await contentsOf((text) => client.query(text));
    if (tables > 0 && !force) {
      throw new BackupError(
        `Refused: the database has ${tables} tables. Restore into an empty database, or pass --force to replace it.`,
      );
    }
    if (tables > 0) {
      const { rows } = await client.query<{ name: string }>(
        `select quote_ident(nspname) as name from pg_namespace
         where nspname not like 'pg\\_%' and nspname <> 'information_schema'`,
      );
      await client.query('begin');
      for (const { name } of rows) await client.query(`drop schema ${name} cascade`);
      await client.query('create schema public');
      await client.query('commit');
    }
    return tables;
  });
  const { dbname, env } = libpq(url);
  await run('pg_restore', ['--single-transaction', '--exit-on-error', '--no-owner', `--dbname=${dbname}`, file], {
    env,
    maxBuffer: 16 * 1024 * 1024,
  }).catch((error: { stderr?: string }) => {
    throw new BackupError(`pg_restore failed: ${error.stderr?.trim() || String(error)}`);
  });
  const contents = await withClient(url, (client) => contentsOf((text) => client.query(text)));
  return { replacedTables, ...contents };
}

async function restorePglite(dataDir: string, file: string, force: boolean): Promise<RestoreReport> {
  let replacedTables = 0;
  if (existsSync(dataDir) && readdirSync(dataDir).length > 0) {
    if (!existsSync(`${dataDir}/PG_VERSION`)) {
      throw new BackupError(`Refused: ${dataDir} is not empty and holds no embedded database; choose an empty folder.`);
    }
    const existing = await PGlite.create(dataDir);
    try {
      replacedTables = (await contentsOf((text) => existing.query(text))).tables;
    } finally {
      await existing.close();
    }
    if (!force) {
      throw new BackupError(
        `Refused: ${dataDir} holds a database (${replacedTables} tables). Pass --force to replace it.`,
      );
    }
    rmSync(dataDir, { recursive: true, force: true });
  }
  const pglite = await PGlite.create(dataDir, { loadDataDir: new Blob([readFileSync(file)]) });
  try {
    return { replacedTables, ...(await contentsOf((text) => pglite.query(text))) };
  } finally {
    await pglite.close();
  }
}
