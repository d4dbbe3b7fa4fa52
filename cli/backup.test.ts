import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadDemoDataSet } from '../server/seed/demo.ts';
import { createEmptyPostgresDatabase, createProcessDatabase } from '../server/testing/database.ts';
import type { ProcessDatabase } from '../server/testing/server-process.ts';
import { BackupError, type BackupTarget, backup, restore } from './backup.ts';

/**
 * REL-7 round trip on the engine under test: the demo data set is backed up, restored into an empty database, and
 * every table's checksum (its rows as text, sorted, hashed) is the same after as before; a non-empty database is
 * refused unless --force, which replaces it.
 */

type Query = (text: string) => Promise<{ rows: unknown[] }>;
const scratch = mkdtempSync(path.join(os.tmpdir(), 'channel-hub-backup-'));
const file = path.join(scratch, 'hub.backup');
let source: ProcessDatabase;
let sourceTarget: BackupTarget;
let restored: BackupTarget;
let dropRestored = async () => {};
let before: Map<string, string>;

async function withQuery<T>(target: BackupTarget, use: (query: Query) => Promise<T>): Promise<T> {
  if (target.kind === 'postgres') {
    const client = new pg.Client({ connectionString: target.url });
    await client.connect();
    try {
      return await use((text) => client.query(text));
    } finally {
      await client.end();
    }
  }
  const pglite = await PGlite.create(target.dataDir);
  try {
    return await use((text) => pglite.query(text));
  } finally {
    await pglite.close();
  }
}

function checksums(target: BackupTarget): Promise<Map<string, string>> {
  return withQuery(target, async (query) => {
    const tables = (
      await query(`select quote_ident(schemaname) || '.' || quote_ident(tablename) as name from pg_tables
                   where schemaname not in ('pg_catalog', 'information_schema') order by 1`)
    ).rows as { name: string }[];
    const sums = new Map<string, string>();
    for (const { name } of tables) {
      const [row] = (
        await query(`select count(*) || ':' || md5(coalesce(string_agg(t::text, E'\\n' order by t::text), '')) as sum
                     from ${name} t`)
      ).rows as { sum: string }[];
      sums.set(name, row?.sum ?? '');
    }
    return sums;
  });
}

beforeAll(async () => {
  source = await createProcessDatabase();
  const url = source.env.DATABASE_URL;
  sourceTarget = url ? { kind: 'postgres', url } : { kind: 'pglite', dataDir: String(source.env.CHANNEL_HUB_DATA) };
  await source.use((handle) => loadDemoDataSet(handle.db, new Date('2026-11-21T09:00:00Z')));
  before = await checksums(sourceTarget);
  if (url) {
    const empty = await createEmptyPostgresDatabase();
    restored = { kind: 'postgres', url: empty.url };
    dropRestored = empty.drop;
  } else {
    restored = { kind: 'pglite', dataDir: path.join(scratch, 'restored') };
  }
}, 180_000);
afterAll(async () => {
  await source.close();
  await dropRestored();
  rmSync(scratch, { recursive: true, force: true });
});

describe(`backup and restore (${process.env.DATABASE_URL ? 'PostgreSQL, pg_dump custom format' : 'embedded, data-dir dump'})`, () => {
  it('restores into an empty database with every table equal to the original', async () => {
    const { bytes } = await backup(sourceTarget, file);
    expect(bytes).toBeGreaterThan(0);
    const report = await restore(restored, file, { force: false });
    expect(report).toMatchObject({ replacedTables: 0, tables: before.size });
    expect(report.rows).toBeGreaterThan(1000);
    const after = await checksums(restored);
    expect([...after.entries()]).toEqual([...before.entries()]);
  }, 180_000);

  it('refuses a database that has tables, leaving it as it was', async () => {
    const error = await restore(restored, file, { force: false }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(BackupError);
    expect((error as Error).message).toMatch(/^Refused: .*--force/);
    expect([...(await checksums(restored)).entries()]).toEqual([...before.entries()]);
  }, 60_000);

  it('with --force replaces a changed database with the backup', async () => {
    await withQuery(restored, (query) => query('delete from customer_tags'));
    expect((await checksums(restored)).get('public.customer_tags')).not.toEqual(before.get('public.customer_tags'));
    const report = await restore(restored, file, { force: true });
    expect(report.replacedTables).toBe(before.size);
    expect([...(await checksums(restored)).entries()]).toEqual([...before.entries()]);
  }, 180_000);

  it('says which engine a backup belongs to when given to the other one', async () => {
    const other: BackupTarget =
      restored.kind === 'postgres'
        ? { kind: 'pglite', dataDir: path.join(scratch, 'other') }
        : { kind: 'postgres', url: 'postgres://postgres@127.0.0.1:1/none' };
    await expect(restore(other, file, { force: false })).rejects.toThrow(
      restored.kind === 'postgres' ? /is a PostgreSQL backup/ : /is an embedded database backup/,
    );
  });
});
