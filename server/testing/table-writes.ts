import { sql } from 'drizzle-orm';
import { type Database, rowsOf } from '../platform/db.ts';

/**
 * REL-2's "no change to stored data", counted as it happens: a row trigger on every table adds each inserted,
 * updated or deleted row to its table's count, so comparing two counts costs one small query where an md5 over
 * every table's rows cost ~120 ms (twice per operation in the access matrix and the bad-input sweep). Stricter than
 * comparing contents: a write of the same values counts too. Left out: sessions (every signed-in request slides its
 * idle expiry forward) and the attempt counters of sign-in and customer look-ups (REL-5), which count every
 * attempt, refused or not, by design.
 */
export async function countTableWrites(db: Database, except: readonly string[] = ['sessions', 'sign_in_throttle']) {
  await db.execute(sql`create table test_table_writes (table_name text primary key, writes bigint not null)`);
  await db.execute(sql`create function test_count_table_write() returns trigger language plpgsql as $$
    begin
      insert into test_table_writes values (tg_table_name, 1)
        on conflict (table_name) do update set writes = test_table_writes.writes + 1;
      return null;
    end $$`);
  const tables = rowsOf<{ name: string }>(
    await db.execute(sql`select table_name as name from information_schema.tables
      where table_schema = 'public' and table_type = 'BASE TABLE' and table_name <> 'test_table_writes'`),
  ).filter((t) => !except.includes(t.name));
  for (const { name } of tables) {
    await db.execute(sql`create trigger test_count_table_write after insert or update or delete on
      ${sql.identifier(name)} for each row execute function test_count_table_write()`);
  }
}

/** The rows written so far, by table; `countTableWrites` must have run on the database. */
export async function tableWrites(db: Database): Promise<Record<string, number>> {
  const rows = rowsOf<{ table_name: string; writes: string | number }>(
    await db.execute(sql`select table_name, writes from test_table_writes`),
  );
  return Object.fromEntries(rows.map((r) => [r.table_name, Number(r.writes)]));
}

/** The tables written between two counts. */
export const tablesWritten = (before: Record<string, number>, after: Record<string, number>): string[] =>
  Object.keys(after).filter((table) => after[table] !== before[table]);
