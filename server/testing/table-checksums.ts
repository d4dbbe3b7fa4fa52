import { sql } from 'drizzle-orm';
import { type Database, rowsOf } from '../platform/db.ts';

/**
 * An md5 over each table's rows (REL-2: "no change to stored data"). Left out: sessions (every signed-in request
 * slides its idle expiry forward) and the attempt counters of sign-in and customer look-ups (REL-5), which count
 * every attempt, refused or not, by design.
 */
export async function tableChecksums(db: Database, except: readonly string[] = ['sessions', 'sign_in_throttle']) {
  const tables = rowsOf<{ name: string }>(
    await db.execute(sql`select table_name as name from information_schema.tables
      where table_schema = 'public' and table_type = 'BASE TABLE' order by table_name`),
  ).filter((t) => !except.includes(t.name));
  const parts = tables.map(
    (t) =>
      sql`select ${t.name}::text as name, md5(coalesce(string_agg(r::text, '|' order by r::text), '')) as sum
        from ${sql.identifier(t.name)} r`,
  );
  const rows = rowsOf<{ name: string; sum: string }>(await db.execute(sql.join(parts, sql` union all `)));
  return Object.fromEntries(rows.map((r) => [r.name, r.sum]));
}
