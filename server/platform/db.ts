import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { PGlite } from '@electric-sql/pglite';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import { migrate as migratePg } from 'drizzle-orm/node-postgres/migrator';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import pg from 'pg';
import * as schema from '../db/schema/index.ts';

type Schema = typeof schema;
/** One type for both drivers: use cases never know which database they run on. */
export type Database = PgDatabase<PgQueryResultHKT, Schema>;

export const migrationsFolder = path.join(path.dirname(fileURLToPath(import.meta.url)), '../db/migrations');

export type DatabaseHandle =
  | { kind: 'postgres'; db: Database; pool: pg.Pool; close(): Promise<void> }
  | { kind: 'pglite'; db: Database; pglite: PGlite; close(): Promise<void> };
export type PostgresHandle = Extract<DatabaseHandle, { kind: 'postgres' }>;

// node-postgres returns int8 and numeric as strings; analytics read them with .mapWith(Number).
export function openPostgres(connectionString: string, maxConnections = 20): PostgresHandle {
  // No JIT: the hub's statements are short and index-backed, yet their row estimates over CTEs cross the JIT cost
  // threshold, and compiling then took 2–3 s of a 3 s ingest batch (docs/PERFORMANCE.md).
  const pool = new pg.Pool({ connectionString, max: maxConnections, options: '-c jit=off' });
  // An idle connection can be cut (server restart, a dropped test database); unheard, that would crash the process.
  pool.on('error', (error) => console.warn(`PostgreSQL connection lost: ${error.message}`));
  const db = drizzlePg(pool, { schema }) as unknown as Database;
  return { kind: 'postgres', db, pool, close: () => pool.end() };
}

/** The embedded database in `dataDir` (created when missing), or in memory when `dataDir` is undefined. */
export async function openPglite(dataDir: string | undefined, loadDataDir?: Blob): Promise<DatabaseHandle> {
  if (dataDir) mkdirSync(dataDir, { recursive: true });
  const pglite = await PGlite.create(dataDir, loadDataDir ? { loadDataDir } : {});
  const db = drizzlePglite(pglite, { schema }) as unknown as Database;
  return { kind: 'pglite', db, pglite, close: () => pglite.close() };
}

export async function openDatabase(options: { databaseUrl?: string; dataDir: string }): Promise<DatabaseHandle> {
  return options.databaseUrl ? openPostgres(options.databaseUrl) : openPglite(options.dataDir);
}

/** Applies every pending migration with the driver's own migrator (both read the same SQL files). */
export async function migrateDatabase(handle: DatabaseHandle): Promise<void> {
  if (handle.kind === 'postgres') {
    await migratePg(handle.db as never, { migrationsFolder });
  } else {
    await migratePglite(handle.db as never, { migrationsFolder });
  }
}

/** A unique index refused the row (each driver reports PostgreSQL's 23505 in its own place). */
export const isUniqueViolation = (error: unknown): boolean =>
  (error as { code?: string })?.code === '23505' || (error as { cause?: { code?: string } })?.cause?.code === '23505';

/** Rows of a raw `db.execute(sql…)`, whichever driver answered. */
export function rowsOf<T>(result: unknown): T[] {
  return (result as { rows: T[] }).rows;
}

/** Any fixed number: the advisory lock every hub process takes while it migrates and seeds. */
const STARTUP_LOCK_KEY = 7_336_482_019;

/**
 * Runs `work` (migrations, catalogue, demo data) while holding a PostgreSQL advisory lock, so hub processes
 * started together on one database take turns: the first migrates and seeds, the next finds it done. PGlite has
 * one process only.
 */
export async function withStartupLock<T>(handle: DatabaseHandle, work: () => Promise<T>): Promise<T> {
  if (handle.kind === 'pglite') return work();
  const lockHolder = await handle.pool.connect();
  try {
    await lockHolder.query('select pg_advisory_lock($1)', [STARTUP_LOCK_KEY]);
    try {
      return await work();
    } finally {
      await lockHolder.query('select pg_advisory_unlock($1)', [STARTUP_LOCK_KEY]);
    }
  } finally {
    lockHolder.release();
  }
}
